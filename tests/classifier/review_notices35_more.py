"""The thirty-fifth review, continued: the MASS-HARM shape itself (one notice listing several prospects,
all refused for the sender's reason: cPanel's hourly limit over a whole campaign batch, Postfix's
reject_unlisted_sender and reject_unknown_sender_domain answering every RCPT of one message, a relay's
domain quota per recipient), and sender refusals in the layouts of the MTAs the other modules did not
use: qmail-send's bounce of qmail-remote's "Connected to <ip> but sender was rejected." (qmail-remote.c)
with qmail-smtpd's own refusals (err_bmf "your envelope sender is in my badmailfrom list", the mfcheck
patch's err_hmf "your envelope sender domain must exist", err_bhelo "your HELO host name has been
denied"), Courier's sender-domain check (courier/submit.C: "517 Invalid domain", "417 DNS lookup
failure: <s>.  Try again later."), Exchange 2007's own NDR, OpenSMTPD's bounce and Symantec Email
Security.cloud's own notice, each quoting a refusal of the sender. Controls: the same layouts with the
recipient's missing mailbox stay hard. Expectations from the words and shared/classifier/taxonomy.md,
written before the classifier ran. All HAND-MADE; test_review_notices35.py runs them."""

from __future__ import annotations

from tests.classifier.notices import messagelabs_own
from tests.classifier.review_notices14_layouts import SELLER, qmail
from tests.classifier.review_notices25_layouts import courier, exchange2007, opensmtpd
from tests.classifier.review_notices35_layouts import (BLOCK, CPANEL_MAX, MAILHOSTBOX, PF_UNKNOWN_DOMAIN, PF_UNLISTED,
                                                       RATE, REJ, S, SM_DNSBL, UNKNOWN, exim_remote, exo_remote,
                                                       exim_batch, gm_remote, hard, pf, pf14, pf_batch, qmail_mail,
                                                       soft)

LEADS = ("anna.lead@example.org", "bob.buyer@partner.example", "chen.cto@prospect.example")
SENDER_REJ = REJ + ("blocked", "policyviolation", "securityerror")
QMAIL_REMOTE = "qmail qmail-remote.c ('Connected to %s but sender was rejected.' then 'Remote host said: %s')"
QMAIL_SMTPD = ("qmail-smtpd.c err_bmf ('553 sorry, your envelope sender is in my badmailfrom list (#5.7.1)'); the "
               "mfcheck patch's err_hmf ('553 sorry, your envelope sender domain must exist (#5.7.1)') and err_bhelo "
               "('553 sorry, your HELO host name has been denied (#5.7.1)'), as patched qmail-smtpd.c sources carry them")
COURIER = ("Courier courier/submit.C sender domain check ('517-Domain does not exist: %s.', '517 Invalid domain, see "
           "<URL:ftp://ftp.isi.edu/in-notes/rfc1035.txt>', '417 DNS lookup failure: %s.  Try again later.')")
EX2007 = "Exchange 2007/2010's own NDR layout (review 25's builder) quoting a remote refusal"
OPENSMTPD = "OpenSMTPD smtpd/bounce.c layout (review 25's builder) quoting a remote refusal"
ML = "Broadcom KB 162445 (Email Security.cloud's own notice quoting the recipient server's refusal)"


def _all(reasons: tuple, delay: bool = False) -> list[tuple]:
    return [(a, False, reasons, S, delay) for a in LEADS]


def _exim(name: str, text: str) -> bytes:
    return exim_batch(name, text, LEADS)


def _pf(name: str, reply_of, status: str) -> bytes:
    return pf_batch(name, reply_of, status, LEADS)


def _qm(name: str, reply: str) -> bytes:
    return qmail_mail(name, reply, LEADS[0])


MASS = [
    ("mass-cpanel-max-emails-three", CPANEL_MAX + " (one campaign message to three prospects)",
     _exim("mass-max", "Domain example.com has exceeded the max emails per hour (501/500 (100%)) allowed.  "
                 "Message discarded."), _all(RATE)),
    ("mass-cpanel-max-defers-three", CPANEL_MAX + " (the defers-and-failures limit, three prospects)",
     _exim("mass-defers", "Domain example.com has exceeded the max defers and failures per hour (5/5 (100%)) "
                 "allowed. Message discarded."), _all(RATE)),
    ("mass-pf-unlisted-sender-three", PF_UNLISTED + " (every RCPT of one message answered so)",
     _pf("mass-unlisted", lambda a: f"550 5.1.0 <{SELLER}>: Sender address rejected: User unknown in local "
               "recipient table", "5.1.0"), _all(SENDER_REJ)),
    ("mass-pf-unknown-sender-domain-three", PF_UNKNOWN_DOMAIN + " (every RCPT)",
     _pf("mass-nodomain", lambda a: f"550 5.1.8 <{SELLER}>: Sender address rejected: Domain not found",
               "5.1.8"), _all(SENDER_REJ)),
    ("mass-mailhostbox-quota-three", MAILHOSTBOX + " (each recipient named in its own refusal)",
     _pf("mass-quota", lambda a: f"550 5.4.5 <{a}>: Recipient address rejected: Domain Sending Quota Exceeded",
               "5.4.5"), _all(("speeding",))),
    ("mass-sendmail-dnsbl-three", SM_DNSBL + " (every RCPT, our relay's report)",
     _pf("mass-dnsbl", lambda a: "550 5.7.1 Rejected: 192.0.2.7 listed at zen.spamhaus.org", "5.7.1"),
     _all(BLOCK)),
    ("mass-control-user-unknown-three", PF_UNLISTED + " (control: the recipients themselves unknown, 5.1.1)",
     _pf("mass-rcpt", lambda a: f"550 5.1.1 <{a}>: Recipient address rejected: User unknown in local "
               "recipient table", "5.1.1"), [(a, True, UNKNOWN, "recipient", False) for a in LEADS]),
]

A = LEADS[0]
BADMAILFROM = "553 sorry, your envelope sender is in my badmailfrom list (#5.7.1)"
MUST_EXIST = "553 sorry, your envelope sender domain must exist (#5.7.1)"
OTHER_MTAS = [
    ("qmail-sender-rejected-badmailfrom", QMAIL_REMOTE + "; " + QMAIL_SMTPD, _qm("bmf", BADMAILFROM),
     soft(SENDER_REJ, address=A)),
    ("qmail-sender-rejected-domain-must-exist", QMAIL_REMOTE + "; " + QMAIL_SMTPD,
     _qm("hmf", MUST_EXIST), soft(SENDER_REJ, address=A)),
    ("qmail-sender-rejected-domain-must-exist-bracketed", QMAIL_REMOTE + "; " + QMAIL_SMTPD + " (a host's tag in "
     "brackets, as a mail.log a forum quotes shows it: 552 ... [mail188])",
     _qm("hmf2", "552 sorry, your envelope sender domain must exist [mail188] (#5.7.1)"),
     soft(SENDER_REJ, address=A)),
    ("qmail-helo-denied", QMAIL_SMTPD + " (err_bhelo, at MAIL: our HELO name)",
     _qm("bhelo", "553 sorry, your HELO host name has been denied (#5.7.1)"),
     soft(SENDER_REJ, address=A)),
    ("qmail-control-no-mailbox", "qmail qmail-remote.c / qmail-local ('Sorry, no mailbox here by that name. "
     "(#5.1.1)'; control)",
     qmail("nombx", [(A, "Remote host said: 550 sorry, no mailbox here by that name. (#5.1.1)")], to=A),
     hard(address=A)),
    ("courier-sender-domain-does-not-exist", COURIER + " (at MAIL FROM, quoted by our Courier relay's DSN: the "
     "transcript's '>>> ' command and '<<< ' reply)",
     courier("c-nodom", A, "mx.example.org [192.0.2.25]:\n>>> MAIL FROM:<seller@nosuch-sender.example>\n<<< 517-Domain "
             "does not exist: nosuch-sender.example.\n<<< 517 Invalid domain, see <URL:ftp://ftp.isi.edu/in-notes/"
             "rfc1035.txt>"),
     soft(SENDER_REJ, address=A)),
    ("courier-sender-domain-dns-failure", COURIER + " (the temporary form; given up)",
     courier("c-dns", A, "mx.example.org [192.0.2.25]:\n>>> MAIL FROM:<seller@nosuch-sender.example>\n<<< 417 DNS "
             "lookup failure: nosuch-sender.example.  Try again later."),
     soft(SENDER_REJ + ("networkerror", "expired"), address=A)),
    ("ex2007-sender-address-rejected-unlisted", EX2007 + "; " + PF_UNLISTED,
     exchange2007("ex-unl", "en", A, f"550 5.1.0 <{SELLER}>: Sender address rejected: User unknown in local "
                  "recipient table"), soft(SENDER_REJ, address=A)),
    ("ex2007-domain-of-sender-does-not-exist", EX2007 + " (Sendmail's check_mail reply)",
     exchange2007("ex-sm", "en", A, "553 5.1.8 <seller@nosuch-sender.example>... Domain of sender address "
                  "seller@nosuch-sender.example does not exist"), soft(SENDER_REJ, address=A)),
    ("ex2007-fr-badmailfrom", EX2007 + " (its French edition); " + QMAIL_SMTPD,
     exchange2007("ex-fr", "fr", A, BADMAILFROM), soft(SENDER_REJ, address=A)),
    ("ex2007-control-user-unknown", EX2007 + " (control)",
     exchange2007("ex-ctl", "en", A, f"550 5.1.1 <{A}>: Recipient address rejected: User unknown in local recipient "
                  "table"), hard(address=A)),
    ("opensmtpd-sender-domain-not-found", OPENSMTPD + "; " + PF_UNKNOWN_DOMAIN,
     opensmtpd("o-nodom", A, f"550 5.1.8 <{SELLER}>: Sender address rejected: Domain not found"),
     soft(SENDER_REJ, address=A)),
    ("opensmtpd-sender-must-exist", OPENSMTPD + "; " + QMAIL_SMTPD, opensmtpd("o-hmf", A, MUST_EXIST),
     soft(SENDER_REJ, address=A)),
    ("opensmtpd-control-no-mailbox", OPENSMTPD + " (control)",
     opensmtpd("o-ctl", A, f"550 5.1.1 <{A}>: Recipient address rejected: User unknown in virtual mailbox table"),
     hard(address=A)),
    ("messagelabs-own-unlisted-sender", ML + "; " + PF_UNLISTED,
     messagelabs_own(f"550 5.1.0 <{SELLER}>: Sender address rejected: User unknown in local recipient table",
                     status="5.1.0", address=A), soft(SENDER_REJ, address=A)),
    ("messagelabs-own-badmailfrom", ML + "; " + QMAIL_SMTPD,
     messagelabs_own(BADMAILFROM, status="5.7.1", address=A), soft(SENDER_REJ, address=A)),
]

# ---- refusals worded as the recipient's, or naming a missing user, that blame the sender -------------
POLICYD_WEIGHT = ("policyd-weight's defaults ($REJECTMSG '550 Mail appeared to be SPAM or forged. Ask your Mail/DNS-"
                  "Administrator to correct HELO and DNS MX settings or to get removed from DNSBLs', through Postfix's "
                  "check_policy_service as '<rcpt>: Recipient address rejected: ...'; its DNS check 'No DNS entries for "
                  "your MTA, HELO and Domain')")
CALLOUT = "Exim specification 'Callout verification' / src/acl.c (a failed sender callout's reply lines)"
G_DMARC = ("Google Workspace Admin Help 3726730 (550 5.7.26 'Unauthenticated email from %s is not accepted due to "
           "domain's DMARC policy')")
WEIGHT = (f"550 5.7.1 <{A}>: Recipient address rejected: Mail appeared to be SPAM or forged. Ask your Mail/DNS-"
          "Administrator to correct HELO and DNS MX settings or to get removed from DNSBLs; MTA helo: [192.0.2.7], MTA "
          "hostname: unknown[192.0.2.7] (helo/hostname mismatch)")
WEIGHT_NODNS = (f"450 4.7.1 <{A}>: Client host rejected: No DNS entries for your MTA, HELO and Domain. Contact YOUR "
                "administrator")
CALLOUT_TEXT = (f"550-Verification failed for <{SELLER}> 550-Called: 192.0.2.8 550-Sent: RCPT TO:<{SELLER}> "
                f"550-Response: 550 5.1.1 <{SELLER}>: Recipient address rejected: User unknown in virtual mailbox table "
                "550 Sender verify failed")
DMARC = ("550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy. Please "
         "contact the administrator of example.com domain if this was a legitimate mail. To learn about the DMARC "
         "initiative, go to https://support.google.com/mail/?p=DmarcRejection a1si2.3 - gsmtp")
SPAM_WORDS = ("blocked", "badreputation", "spamdetected", "requireptr", "policyviolation", "rejected")
WORDED = [
    ("policyd-weight-spam-or-forged-qmail", POLICYD_WEIGHT,
     qmail("pw1", [(A, f"Remote host said: {WEIGHT}\nGiving up on 192.0.2.25.")], to=A), soft(SPAM_WORDS, address=A)),
    ("policyd-weight-spam-or-forged-ex2007", POLICYD_WEIGHT, exchange2007("pw2", "en", A, WEIGHT),
     soft(SPAM_WORDS, address=A)),
    ("policyd-weight-spam-or-forged-opensmtpd", POLICYD_WEIGHT, opensmtpd("pw3", A, WEIGHT),
     soft(SPAM_WORDS, address=A)),
    ("policyd-weight-no-dns-entries", POLICYD_WEIGHT + " (temporary; given up in qmail-send's bounce)",
     qmail("pw4", [(A, f"Remote host said: {WEIGHT_NODNS}\nGiving up on 192.0.2.25.")], to=A),
     soft(("requireptr", "blocked", "networkerror", "expired"), address=A)),
    ("exim-callout-sender-qmail", CALLOUT + " (qmail-send's bounce; the sender's mailbox is the unknown one)",
     _qm("callout", CALLOUT_TEXT), soft(SENDER_REJ, address=A)),
    ("exim-callout-sender-ex2007", CALLOUT + " (Exchange 2007's NDR, no SMTP stage)",
     exchange2007("callout2", "en", A, CALLOUT_TEXT), soft(SENDER_REJ, address=A)),
    ("exim-callout-sender-opensmtpd", CALLOUT + " (OpenSMTPD's bounce, no SMTP stage)",
     opensmtpd("callout3", A, CALLOUT_TEXT), soft(SENDER_REJ, address=A)),
    ("exim-callout-sender-messagelabs", CALLOUT + " (Email Security.cloud's own notice)",
     messagelabs_own(CALLOUT_TEXT, status="5.0.0", address=A), soft(SENDER_REJ, address=A)),
    ("gmail-dmarc-5726-qmail", G_DMARC + " (qmail-send's bounce, after DATA)",
     qmail("dmarc1", [(A, f"Remote host said: {DMARC}")], to=A), soft(("authfailure",), address=A)),
    ("gmail-dmarc-5726-ex2007", G_DMARC + " (Exchange 2007's NDR)", exchange2007("dmarc2", "en", A, DMARC),
     soft(("authfailure",), address=A)),
    ("gmail-dmarc-5726-opensmtpd", G_DMARC + " (OpenSMTPD's bounce)", opensmtpd("dmarc3", A, DMARC),
     soft(("authfailure",), address=A)),
]

# ---- "unknown recipients" and "recipient ... rejected" words that count OUR sending ------------------
YAHOO_VS = ("help.yahoo.com SLN3444 'Email sent to Yahoo Mail addresses is rejected' ('451 VS1-IP Excessive unknown "
            "recipients - possible Open Relay (#4.1.8)', '451 VS1-MF ... (#4.4.5)': the sending server deprioritized; "
            "'553 VS99-IP1 deferred': the SMTP connection rejected)")
POSTFWD = ("postfwd rate limits as a mail system's README quotes its messages (git.oopen.de install/mailsystem "
           "DOC/postfwd/README.default-rate-limits; weak: 'Number messages per hour exceeded', 'Number recipients per "
           "hour exceeded', 'only 5 recipients per 5 minutes allowed'), through Postfix's check_policy_service")
Y = "reader@yahoo.com"
YMX = "mta5.am0.yahoodns.net"
VS1_IP = "451 VS1-IP Excessive unknown recipients - possible Open Relay (#4.1.8)"
VS1_MF = "451 VS1-MF Excessive unknown recipients - possible Open Relay (#4.4.5)"
YAHOO_DEPRIORITIZED = ("blocked", "badreputation", "speeding", "toomanyconn", "rejected", "norelaying", "spamdetected")
COUNTED = [
    ("yahoo-vs1-ip-delayed", YAHOO_VS, pf(VS1_IP, "4.1.8", "RCPT", YMX, Y), soft(YAHOO_DEPRIORITIZED, delay=True,
                                                                             address=Y)),
    ("yahoo-vs1-ip-given-up", YAHOO_VS + " (given up after the retries: Action failed)",
     pf(VS1_IP, "4.1.8", "RCPT", YMX, Y, action="failed"), soft(YAHOO_DEPRIORITIZED, address=Y)),
    ("yahoo-vs1-mf-given-up-qmail", YAHOO_VS + " (qmail-send's bounce after its queue lifetime)",
     qmail("vs1mf", [(Y, f"Remote host said: {VS1_MF}\nI'm not going to try again; this message has been in the queue "
                         "too long.")], to=Y), soft(YAHOO_DEPRIORITIZED + ("expired",), address=Y)),
    ("yahoo-vs1-mf-given-up-exim", YAHOO_VS + " (Exim's bounce after its retry timeout)",
     exim_remote("vs1mf", f"{VS1_MF}: retry timeout exceeded", "RCPT", f"{YMX} [67.195.228.106]", Y),
     soft(YAHOO_DEPRIORITIZED + ("expired",), address=Y)),
    ("yahoo-vs99-ip1-deferred", YAHOO_VS, pf("553 VS99-IP1 deferred - see related help topic", "5.0.0", "CONN", YMX, Y),
     soft(YAHOO_DEPRIORITIZED, address=Y)),
    ("postfwd-recipients-per-hour", POSTFWD + " (our own relay's policy, temporary)",
     pf(f"450 4.7.1 <{A}>: Recipient address rejected: Number recipients per hour exceeded", "4.7.1", "RCPT",
        "smtp.example.com", A), soft(RATE, delay=True, address=A)),
    ("postfwd-messages-per-hour-given-up", POSTFWD + " (the same, given up)",
     pf(f"450 4.7.1 <{A}>: Recipient address rejected: Number messages per hour exceeded", "4.7.1", "RCPT",
        "smtp.example.com", A, action="failed"), soft(RATE, address=A)),
    ("postfwd-recipients-per-5-minutes", POSTFWD,
     pf(f"554 5.7.1 <{A}>: Recipient address rejected: only 5 recipients per 5 minutes allowed", "5.7.1", "RCPT",
        "smtp.example.com", A), soft(RATE + ("exceedlimit", "policyviolation"), address=A)),
]

# ---- sender verification and sender-domain refusals as public logs and bounces show them --------------
PP_SENDER = ("Proofpoint (pphosted.com) as a public Postfix bounce quotes it, pastebin.com/ZZzdk8Vg ('553 5.1.8 Domain "
             "of sender address does not exist (in reply to MAIL FROM command)')")
MC_VERIFY = ("MailChannels' relay bounce as pastebin.com/q0gd1hGA copies it ('550-Verification failed for <sender> "
             "550-No Such User Here 550 Sender verify failed (in reply to RCPT TO command)')")
SE_CALLOUT = ("an Exim smarthost's cached callout refusal as pastebin.com/bH6rep1b logs it ('550-Verification failed for "
              "<s>\\n550-Previous (cached) callout verification failure\\n550 Invalid sender <s>' after MAIL FROM)")
EXIM_WIKI = ("Exim wiki 'Verification' (github.com/Exim/exim/wiki/Verification: 'REJECTED - Sender Verify Failed - error "
             "code \"$sender_verify_failure\"' ... 'The return address you are using for this email message "
             "<$sender_address> does not seem to be a working account.')")
NO_SUCH_USER_HERE = f"550-Verification failed for <{SELLER}> 550-No Such User Here 550 Sender verify failed"
CACHED = (f"550-Verification failed for <{SELLER}> 550-Previous (cached) callout verification failure 550 Invalid "
          f"sender <{SELLER}>")
WIKI_TEXT = ('550-REJECTED - Sender Verify Failed - error code "recipient" 550- 550-The return address you are using '
             f"for this email message <{SELLER}> 550 does not seem to be a working account.")
VERIFIED = [
    ("proofpoint-domain-of-sender-does-not-exist", PP_SENDER,
     pf14("pp-nodom", "553 5.1.8 Domain of sender address does not exist", "5.1.8", "MAIL",
          "mxb-00070601.gslb.pphosted.com[67.231.151.6]", A), soft(SENDER_REJ, address=A)),
    ("proofpoint-domain-of-sender-does-not-exist-gmail", PP_SENDER + " (Gmail's DSN; no SMTP stage)",
     gm_remote("553 5.1.8 Domain of sender address does not exist", "5.1.8", "mxb-00070601.gslb.pphosted.com"),
     soft(SENDER_REJ)),
    ("mailchannels-no-such-user-here", MC_VERIFY,
     pf14("mc-verify", NO_SUCH_USER_HERE, "5.0.0", "RCPT", "mail.partner.example[67.20.64.70]", A),
     soft(SENDER_REJ, address=A)),
    ("mailchannels-no-such-user-here-exo", MC_VERIFY + " (Exchange Online's NDR)",
     exo_remote(NO_SUCH_USER_HERE, "5.0.0", "mail.partner.example"), soft(SENDER_REJ)),
    ("mailchannels-no-such-user-here-opensmtpd", MC_VERIFY + " (OpenSMTPD's bounce, no SMTP stage)",
     opensmtpd("mc-verify2", A, NO_SUCH_USER_HERE), soft(SENDER_REJ, address=A)),
    ("exim-cached-callout-invalid-sender", SE_CALLOUT,
     exim_remote("cached", CACHED, "MAIL", "outbound.flk.host-h.net [188.40.1.167]", A), soft(SENDER_REJ, address=A)),
    ("exim-cached-callout-invalid-sender-gmail", SE_CALLOUT + " (Gmail's DSN)",
     gm_remote(CACHED, "5.0.0", "outbound.flk.host-h.net"), soft(SENDER_REJ)),
    ("exim-wiki-error-code-recipient", EXIM_WIKI + " (the callout's failure kind is 'recipient': the SENDER's address "
     "was refused as a recipient by its own server)",
     exim_remote("wiki", WIKI_TEXT, "RCPT", "mx.partner.example [192.0.2.26]", A), soft(SENDER_REJ, address=A)),
    ("exim-wiki-error-code-recipient-exo", EXIM_WIKI + " (Exchange Online's NDR)",
     exo_remote(WIKI_TEXT, "5.0.0", "mx.partner.example"), soft(SENDER_REJ)),
]

ROWS = MASS + OTHER_MTAS + WORDED + COUNTED + VERIFIED
