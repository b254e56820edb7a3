"""Audit 63: an adversarial first-run MEASUREMENT of the mends merged on 2026-12-07 (relay63, states63, formats63),
aimed at the FALSE HARDS (a live prospect read hard) and LOST HARDS (a dead address read soft or lost) they could
cause, with controls. This half: relay63's said_of_others._LISTS_OWN_TEXT (a DNS block list's own text after its
verdict set aside to the end of the text: could it swallow a REAL missing-user reply that follows, two recipients'
replies in one notice, a qmail or Exim bounce listing both?), route_words' "not registered under / in your" (no
hostunknown), states63's "blocked / locked / disabled / suspended for inactivity" (suspend: could a hard "deleted" or
"no longer exists" beside it turn soft, or OUR account's lock become the recipient's?) and Exchange's
SubmissionQuotaExceeded (our sending quota, speeding) beside the recipient's own QuotaExceeded. The other half
(formats63's dsn / unnamed_blocks / named mends): review_audit63_names.py.

Expected rows (address, hard, reasons, scope, delay) written from the servers' words and shared/classifier/
taxonomy.md BEFORE the classifier ran on them (committed first). Names "a63-<mend>-<what>"."""

from __future__ import annotations

from tests.classifier.review_formats57_layouts import PER_MESSAGE, PF_TEXT, rcpt, report
from tests.classifier.review_holdout50 import ANY, OURIP, R, S, ex_remote, exo_remote, g_remote, pf_remote
from tests.classifier.review_holdout50_layouts import (EXIM_SRC, EXO_SRC, GMAIL_SRC, POSTFIX_SRC, QMAIL_SRC,
                                                       SELLER, exo, qmail)

LEAD = "lead@partner.example"
OTHER = "m.berg@northfield-tools.example"
MX, MX2 = "mx.partner.example", "mx1.northfield-tools.example"
UU, HU, FULL, SUSP = ("userunknown",), ("hostunknown",), ("mailboxfull",), ("suspend",)
BLOCK = ("blocked", "badreputation")


def hard(a: str = LEAD, reasons: tuple = UU) -> list[tuple]:
    return [(a, True, reasons, R, False)]


def soft(a: str = LEAD, reasons: tuple = (), scope: str | None = R) -> list[tuple]:
    return [(a, False, reasons, scope, False)]


def ours(a: str = LEAD, reasons: tuple = BLOCK) -> list[tuple]:
    return [(a, False, reasons, S, False)]


SPAMHAUS_PF = ("Postfix src/smtpd/smtpd_check.c reject_rbl_client / rbl_reply_maps default "
               "('$rbl_code Service unavailable; $rbl_class [$rbl_what] blocked using $rbl_domain${rbl_reason?; "
               "$rbl_reason}', postconf(5) default_rbl_reply), the TXT a list publishes as $rbl_reason")
PFU = "Postfix smtpd_check.c reject_unlisted_recipient ('Recipient address rejected: User unknown in virtual mailbox table')"
EXIM_DNSL = ("Exim spec 'dnslists' ACL condition: its default message 'rejected because $sender_host_address is in a "
             "black list at $dnslist_domain\\n$dnslist_text'; Exim deliver.c lists each failed address with its own "
             "'SMTP error from remote mail server after RCPT TO:' lines")
QMAIL_REM = ("qmail-remote.c ('Remote host said: ', 'Giving up on <ip>.', '... does not like recipient.') under "
             "qmail-send's bounce, one '<address>:' paragraph per failed recipient")
CPANEL_RBL = "cPanel Exim ACL 'JunkMail rejected - <host> [<ip>]:<port> is in an RBL on <list>' (cPanel docs 'RBLs')"
OUTLOOK_SH = ("Outlook.com / EOP 5.7.1 block list reply ('Service unavailable, Client host [<ip>] blocked using Spamhaus. "
              "To request removal from this list see https://www.spamhaus.org/query/ip/<ip>'; learn.microsoft.com "
              "'Email non-delivery reports and SMTP errors in Exchange Online')")

LIST_REPLY = (f"554 5.7.1 Service unavailable; Client host [{OURIP}] blocked using zen.spamhaus.org; "
              f"https://www.spamhaus.org/query/ip/{OURIP}")
UU_REPLY = f"550 5.1.1 <{OTHER}>: Recipient address rejected: User unknown in virtual mailbox table"


def pf_two(rid: str, first: tuple[str, str, str], second: tuple[str, str, str]) -> bytes:
    """Postfix bounce(8)'s report for two recipients at two domains (one message, two MXs): each (address, reply,
    status) with its human paragraph and its per-recipient block."""
    text = PF_TEXT + "".join(f"<{a}>: host {mx} said: {reply} (in reply to RCPT TO\n    command)\n\n"
                             for (a, reply, _s), mx in ((first, MX), (second, MX2)))
    blocks = "\n".join(rcpt(a, "failed", s, reply, remote=mx) for (a, reply, s), mx in ((first, MX), (second, MX2)))
    return report(f"a63-{rid}", text, PER_MESSAGE + blocks, to=f"Lena Lead <{LEAD}>, Mats Berg <{OTHER}>")


def qmail_two(rid: str, first: str, second: str) -> bytes:
    """qmail-send's bounce naming LEAD (refused by `first`) and OTHER (refused by `second`)."""
    detail = (f"203.0.113.25 does not like recipient.\nRemote host said: {first}\nGiving up on 203.0.113.25.\n\n"
              f"<{OTHER}>:\n203.0.113.40 does not like recipient.\nRemote host said: {second}\n"
              "Giving up on 203.0.113.40.")
    return qmail(rid, LEAD, detail=detail)


def exim_two(rid: str, first: str, second: str) -> bytes:
    """Exim's bounce listing two failed addresses, each with its host and reply (deliver.c's layout)."""
    host = "mx1.example-hosting.net"
    body = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            f"  {LEAD}\n    host {MX} [203.0.113.25]\n    SMTP error from remote mail server after RCPT TO:<{LEAD}>:\n"
            f"    {first}\n  {OTHER}\n    host {MX2} [203.0.113.40]\n"
            f"    SMTP error from remote mail server after RCPT TO:<{OTHER}>:\n    {second}\n\n"
            "------ This is a copy of the message, including all the headers. ------\n\n"
            f"Return-path: <{SELLER}>\nFrom: Sam Seller <{SELLER}>\nTo: {LEAD}, {OTHER}\nSubject: Quick question\n"
            f"Message-ID: <a63-{rid}@example.com>\n\nHello.\n")
    return (f"Return-path: <>\nFrom: Mail Delivery System <Mailer-Daemon@{host}>\nTo: {SELLER}\n"
            f"X-Failed-Recipients: {LEAD}, {OTHER}\nSubject: Mail delivery failed: returning message to sender\n"
            f"Auto-Submitted: auto-replied\nMessage-Id: <E1v8Xz{rid}@{host}>\nDate: Mon, 7 Dec 2026 10:00:00 +0000\n\n"
            + body).encode()


EXIM_LIST = (f"550 5.7.1 rejected because {OURIP} is in a black list at bl.example-dnsbl.net\n    "
             "Listed for mail to unknown users (directory harvest). See http://bl.example-dnsbl.net/lookup")
QMAIL_LIST = f"553 5.7.1 Client host [{OURIP}] blocked using bl.spamcop.net; Blocked - see https://www.spamcop.net/bl.shtml?{OURIP}"
QMAIL_UU = f"550 5.1.1 <{OTHER}>... User unknown"

LIST_ROWS = [
    ("a63-list-pf-two-list-then-unknown", f"{POSTFIX_SRC}; {SPAMHAUS_PF}; {PFU}: two recipients at two domains, the "
     "list's refusal first, a missing user after it",
     pf_two("l1", (LEAD, LIST_REPLY, "5.7.1"), (OTHER, UU_REPLY, "5.1.1")), ours() + hard(OTHER)),
    ("a63-list-pf-two-unknown-then-list", f"{POSTFIX_SRC}; {SPAMHAUS_PF}; {PFU}: the same, the missing user first",
     pf_two("l2", (OTHER, UU_REPLY, "5.1.1"), (LEAD, LIST_REPLY, "5.7.1")), hard(OTHER) + ours()),
    ("a63-list-qmail-two-list-then-unknown", f"{QMAIL_SRC}; {QMAIL_REM}; {SPAMHAUS_PF} (SpamCop's TXT)",
     qmail_two("l3", QMAIL_LIST, QMAIL_UU), ours() + hard(OTHER)),
    ("a63-list-exim-two-list-then-unknown", f"{EXIM_SRC}; {EXIM_DNSL}; {PFU}",
     exim_two("l4", EXIM_LIST, UU_REPLY), ours() + hard(OTHER)),
    ("a63-list-exim-two-rbl-then-unknown", f"{EXIM_SRC}; {CPANEL_RBL}; {PFU}",
     exim_two("l5", f"550 JunkMail rejected - relay.example.com [{OURIP}]:25 is in an RBL on zen.spamhaus.org, see "
              f"https://www.spamhaus.org/query/ip/{OURIP}", UU_REPLY), ours() + hard(OTHER)),
    ("a63-list-qmail-two-unknown-words-in-both", f"{QMAIL_SRC}; {QMAIL_REM}; a list TXT speaking of unknown users, "
     "then a real missing user",
     qmail_two("l6", f"553 5.7.1 Client host [{OURIP}] blocked using bl.example-dnsbl.net; listed for mail to "
               "unknown users", QMAIL_UU), ours() + hard(OTHER)),
    # Controls: one recipient each.
    ("a63-list-ctl-exo-outlook-spamhaus", f"{EXO_SRC}; {OUTLOOK_SH}",
     exo_remote("l7", LEAD, f"550 5.7.1 Service unavailable, Client host [{OURIP}] blocked using Spamhaus. To request "
                f"removal from this list see https://www.spamhaus.org/query/ip/{OURIP} (AS3130). "
                "[BN1NAM02FT014.eop-nam02.prod.protection.outlook.com]", "5.7.1",
                "partner-example.mail.protection.outlook.com"), ours()),
    ("a63-list-ctl-pf-unknown-alone", f"{POSTFIX_SRC}; {PFU}: a list's word ('see the list of valid recipients') "
     "beside a missing user, no list verdict",
     pf_remote("l8", LEAD, f"550 5.1.1 <{LEAD}>: Recipient address rejected: User unknown in virtual mailbox table",
               "5.1.1", MX), hard()),
    ("a63-list-ctl-gmail-spamhaus-dbl", f"{GMAIL_SRC}; {SPAMHAUS_PF} (reject_rhsbl_sender: our sending domain)",
     g_remote("l9", LEAD, "554 5.7.1 <seller@example.com>: Sender address rejected: example.com blocked using "
              "dbl.spamhaus.org; https://www.spamhaus.org/query/domain/example.com", "5.7.1", MX,
              heading="Message blocked", lead="Your message to {a} has been blocked. See technical details below for "
              "more information."), ours(reasons=BLOCK + ("rejected",))),
]

GWS = ("Google Workspace SMTP relay service (support.google.com/a/answer/6140680, 'Invalid credentials for relay "
       "... relay mail from a domain that isn't registered under your Google Workspace account')")
ROUTE_DOC = ("classifier/route_words.py's HOSTUNKNOWN shapes after the servers it cites ('domain ... does not appear to "
             "be registered', Postfix's 'Host or domain name not found')")
ROUTE_ROWS = [
    ("a63-route-gws-registered-in-your", f"{GWS}: the same refusal, 'not registered in your Google Workspace account'",
     pf_remote("r1", LEAD, f"550-5.7.1 Invalid credentials for relay [{OURIP}]. The IP address you've registered in "
               "your Google Workspace SMTP Relay service doesn't match domain of the account this email is being sent "
               "from. If you are trying to relay mail from a domain that is not registered in your Google Workspace "
               "account or has empty envelope-from, you must configure your mail server", "5.7.1",
               "smtp-relay.gmail.com"), ours(reasons=("norelaying", "rejected", "authfailure", "blocked"))),
    ("a63-route-ctl-domain-not-registered", f"{POSTFIX_SRC}; {ROUTE_DOC}: the recipient's domain itself, no account",
     pf_remote("r2", "lead@partner-old.example", "550 5.1.2 <lead@partner-old.example>: Recipient address rejected: "
               "the domain partner-old.example does not appear to be registered", "5.1.2", "mx.partner-old.example"),
     hard("lead@partner-old.example", HU)),
    ("a63-route-ctl-registered-with-your-registrar", f"{POSTFIX_SRC}; {ROUTE_DOC}: 'is not registered with' already "
     "set aside before relay63 (a registrar's account): soft",
     pf_remote("r3", LEAD, "550 5.7.1 Sender domain example.com is not registered with your provider", "5.7.1", MX),
     soft(scope=ANY)),
]

EXO_SUB = ("Exchange Online store driver's exceptions ('STOREDRV.Submission.Exception:SubmissionQuotaExceededException' "
           "of the sender's mailbox, learn.microsoft.com 'ErrorSubmissionQuotaExceeded exception' KB 4486353: the "
           "mailbox passed Exchange Online's sending limits; 'STOREDRV.Deliver.Exception:QuotaExceededException."
           "MapiExceptionShutoffQuotaExceeded' of a full recipient mailbox, learn.microsoft.com 'NDR 5.2.2')")
SNOW = ("ServiceNow KB0751248 quoting Exchange Online: '554 4.3.2 mailbox busy; STOREDRV.Submission.Exception:"
        "QuotaExceededException.MapiExceptionMessagePerFolderCountQuotaExceeded' (the SENDER's folder count quota)")
_FIX = "How to Fix It\nContact your email admin."


def exo_own(rid: str, diag: str, status: str) -> bytes:
    """Exchange Online's NDR written by our own tenant (no remote server): the store driver refused the submission."""
    return exo(rid, LEAD, why="Your message couldn't be delivered.", fix=_FIX, diag=diag, status=status)


QUOTA_ROWS = [
    ("a63-quota-exo-submission-quota", f"{EXO_SRC}; {EXO_SUB}",
     exo_own("q1", "554 5.2.2 mailbox full; STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to "
             "process message due to a permanent exception with message Cannot submit message.", "5.2.2"),
     ours(reasons=("speeding",))),
    ("a63-quota-ctl-exo-recipient-shutoff", f"{EXO_SRC}; {EXO_SUB}: the recipient's mailbox, its own exception",
     exo_remote("q2", LEAD, "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException."
                "MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with "
                "message Cannot open mailbox.", "5.2.2", "partner-example.mail.protection.outlook.com"), soft(reasons=FULL)),
    ("a63-quota-ctl-exo-recipient-plain", f"{EXO_SRC}; {EXO_SUB}: 'QuotaExceededException' alone",
     exo_remote("q3", LEAD, "552 5.2.2 STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionQuotaExceeded; "
                "Failed to process message due to a permanent exception", "5.2.2",
                "partner-example.mail.protection.outlook.com"), soft(reasons=FULL)),
    ("a63-quota-exo-submission-folder-count", f"{EXO_SRC}; {SNOW}: our Sent Items' count quota (any soft reading)",
     exo_own("q4", "554 4.3.2 mailbox busy; STOREDRV.Submission.Exception:QuotaExceededException."
             "MapiExceptionMessagePerFolderCountQuotaExceeded; Failed to process message due to a permanent exception "
             "with message Cannot submit message.", "4.3.2"), soft(scope=ANY)),
]

INBOX_EU = ("Inbox.eu help 'Inactive user' (help.inbox.eu question 10147: a mailbox unused for 9 months is blocked, "
            "'554 5.7.1 rejected: Inactive user', undone by logging in)")
DISABLED = ("RFC 3463 X.2.1 'Mailbox disabled, not accepting messages'; providers suspending for inactivity or "
            "non-payment (Gmail's '550 5.2.1 The email account that you tried to reach is disabled', support.google."
            "com/a/answer/3726730); the account later deleted or gone: X.1.1 'Bad destination mailbox address'")
SPAMEXPERTS = ("SpamExperts / antispamcloud outgoing filter refusing the SENDING account after DATA ('550 Your account has "
               "been locked. Please contact your administrator.', a bounce from an Exim host quoting "
               "5016.smtp.antispamcloud.com, pastebin 43f2bBys)")
PF_SASL = ("Postfix src/smtp/smtp_sasl_glue.c ('SASL authentication failed; server %s said: %s') with "
           "smtp_sasl_auth_soft_bounce=yes: a delay notice from OUR relay; Dovecot / Cyrus SASL backends refusing a "
           "disabled login (RFC 4954 535 5.7.8)")
STATE_ROWS = [
    # The account gone after inactivity: hard, whatever the "inactivity" beside it.
    ("a63-inact-deleted-for-inactivity", f"{POSTFIX_SRC}; {DISABLED}",
     pf_remote("s1", LEAD, f"550 5.1.1 <{LEAD}>: Recipient address rejected: mailbox deleted for inactivity", "5.1.1",
               MX), hard()),
    ("a63-inact-disabled-then-no-longer-exists", f"{POSTFIX_SRC}; {DISABLED}: disabled for inactivity, then deleted",
     pf_remote("s2", LEAD, f"550 5.1.1 <{LEAD}>: This account was disabled for inactivity and no longer exists",
               "5.1.1", MX), hard()),
    ("a63-inact-exim-suspended-then-removed", f"{EXIM_SRC}; {DISABLED}: 'suspended for inactivity and has been "
     "removed; no such user'",
     ex_remote("s3", LEAD, f"550 5.1.1 <{LEAD}>: account suspended for inactivity and removed: no such user", MX),
     hard()),
    ("a63-inact-gmail-locked-then-user-unknown", f"{GMAIL_SRC}; {DISABLED}: 'user unknown (account locked for "
     "inactivity, then deleted)'",
     g_remote("s4", LEAD, f"550 5.1.1 <{LEAD}>: user unknown (account locked for inactivity, then deleted)", "5.1.1",
              MX), hard()),
    # Suspended, disabled, locked and not gone: soft, the recipient's.
    ("a63-inact-ctl-disabled-for-inactivity", f"{POSTFIX_SRC}; {DISABLED}",
     pf_remote("s5", LEAD, f"550 5.2.1 <{LEAD}>: Mailbox disabled for inactivity", "5.2.1", MX), soft(reasons=SUSP)),
    ("a63-inact-ctl-locked-for-inactivity", f"{EXIM_SRC}; {DISABLED}",
     ex_remote("s6", LEAD, "550 5.2.1 The user account is locked for inactivity", MX), soft(reasons=SUSP)),
    ("a63-inact-ctl-inbox-eu", f"{POSTFIX_SRC}; {INBOX_EU}",
     pf_remote("s7", LEAD, "554 5.7.1 rejected: Inactive user", "5.7.1", "mx.inbox.eu"), soft()),
    ("a63-inact-ctl-suspended-for-inactivity-5-1-1", f"{POSTFIX_SRC}; {DISABLED}: a 5.1.1 code, the words 'suspended "
     "... will be deleted': not yet gone",
     pf_remote("s8", LEAD, f"550 5.1.1 <{LEAD}>: mailbox suspended for inactivity, it will be deleted in 30 days",
               "5.1.1", MX), soft(reasons=SUSP)),
    # OUR account locked or suspended for inactivity: ours, never the recipient's state.
    ("a63-inact-ours-spamexperts-locked", f"{EXIM_SRC}; {SPAMEXPERTS}: '... locked for inactivity' after DATA",
     ex_remote("s9", LEAD, "550 Your account has been locked for inactivity. Please contact your administrator.",
               "5016.smtp.antispamcloud.com", command="end of data"), soft(scope=S)),
    ("a63-inact-ours-spamexperts-locked-plain", f"{EXIM_SRC}; {SPAMEXPERTS}, as quoted",
     ex_remote("s10", LEAD, "550 Your account has been locked. Please contact your administrator.",
               "5016.smtp.antispamcloud.com", command="end of data"), soft(scope=S)),
    ("a63-inact-ours-sasl-suspended", f"{POSTFIX_SRC}; {PF_SASL}",
     pf_remote("s11", LEAD, "535 5.7.8 Error: authentication failed: account suspended for inactivity", "4.7.0",
               "smtp.relay.example.com", action="delayed", command="AUTH"), [(LEAD, False, (), S, True)]),
    ("a63-inact-ours-mail-from-disabled", f"{POSTFIX_SRC}; {DISABLED}: our envelope sender's account at our own "
     "provider, refused at MAIL FROM",
     pf_remote("s12", LEAD, f"550 5.7.1 <{SELLER}>: Sender address rejected: your account is disabled for "
               "inactivity", "5.7.1", "smtp.relay.example.com", command="MAIL FROM"), soft(scope=S)),
]

ROWS = LIST_ROWS + ROUTE_ROWS + QUOTA_ROWS + STATE_ROWS
