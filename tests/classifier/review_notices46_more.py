"""The forty-sixth review, continued (review_notices46.py holds the open-source servers' replies):
the groupware and appliance servers' replies as the RECEIVING server (CommuniGate Pro, MDaemon,
Kerio Connect, IceWarp, Axigen, MailEnable, Apache James) and Mailcow's Postfix/rspamd/Dovecot
settings' refusals; each product's own notice as the SENDING server (Haraka outbound and its
older plain template, chasquid's DSN, MDaemon's DSN with its transcript, CommuniGate Pro's
notice, SmarterMail's, Apache James's DSNBounce and Bounce mailets, MailEnable's); and the
controls: the same hard words said of the seller's own address (Exim's sender callout,
Postfix's reject_unverified_sender), a success report and a person's and an auto-responder's
mail quoting them. Expectations from the words and the taxonomy, written before the run.
All HAND-MADE."""

from __future__ import annotations

from tests.classifier.notices import LEAD, relayed
from tests.classifier.review_notices2_gateways import smartermail
from tests.classifier.review_notices26_layouts import A as A26, plain
from tests.classifier.review_notices3 import james_bounce, james_dsn
from tests.classifier.review_notices32 import CALLOUT, UNVERIFIED, _callout, _unverified
from tests.classifier.review_notices34_layouts import mail, responder
from tests.classifier.review_notices44 import WHO, _away_body, _original_body, _reply_body
from tests.classifier.review_notices44_layouts import success
from tests.classifier.review_notices46 import BLOCK, RELAY, SIZE, UU, receiver
from tests.classifier.review_notices46_layouts import chasquid, communigate, haraka_classic, haraka_outbound, mdaemon

SELLER = "seller@example.com"
HOSTU = ("hostunknown",)
NOMAIL = ("notaccept", "hostunknown")
FULL = ("mailboxfull",)
SPAM = ("spamdetected",)
SOFT_R = [(LEAD, False, (), "", False)]

# ---- Groupware and appliances as the receiving server ------------------------------------------
CGP = ("CommuniGate Pro replies '550 unknown user account', '550 account is disabled' (test_server_wordings.py's "
       "groupware table), 'mail receiving disabled' (PHPMailer-BMH rule 0194, review 27)")
MDAEMON = ("MDaemon replies '550 <a> is an unknown user', '552 Message for <a> would exceed mailbox quota', "
           "'551 5.7.1 Relay denied' (test_server_wordings.py's groupware table); its Backscatter Protection, "
           "'550 5.7.1 Backscatter protection detected an invalid or expired email address' (review 24)")
KERIO = ("GFI Kerio Connect 'Outbound Email Delivery Troubleshooting' ('550 5.7.1 Relaying is denied'); its "
         "'550 5.1.1 <a> Recipient unknown', '550 5.7.1 Relaying to <a> denied' (test_server_wordings.py)")
ICEWARP = "IceWarp docs 'Interpretation of 5xx Errors in Icewarp SMTP' (docs.icewarp.com)"
AXIGEN = "Axigen 'Blacklisting / Whitelisting / Greylisting' (axigen.com/documentation p1410030)"
MAILENABLE = ("MailEnable's relay refusal '530 5.7.0 This mail server requires authentication when attempting to "
              "send to a non-local e-mail address.' (review 24's table; weak: a vendor KB quoted there)")
JAMES = ("apache/james-project protocols/smtp fastfail/AbstractValidRcptHandler.java ('5.1.1 Unknown user: x'), "
         "MaxRcptHandler.java ('452 4.5.3 Requested action not taken: max recipients reached'), "
         "DNSRBLHandler.java ('5.7.1 Rejected: unauthenticated e-mail from <ip> is restricted.  Contact the "
         "postmaster for details.')")
GROUPWARE = (
    receiver("cgp-unknown-user-account", "550 unknown user account", None, "RCPT", True, UU, CGP, layouts="xg")
    + receiver("cgp-account-disabled", "550 account is disabled", None, "RCPT", False, ("suspend",), CGP,
               layouts="xg")
    + receiver("cgp-receiving-disabled", "550 mail receiving disabled", None, "RCPT", False, ("suspend",), CGP,
               layouts="px")
    + receiver("mdaemon-unknown-user", f"550 <{LEAD}> is an unknown user", None, "RCPT", True, UU, MDAEMON,
               layouts="xg")
    + receiver("mdaemon-quota", f"552 Message for <{LEAD}> would exceed mailbox quota", None, "DATA", False, FULL,
               MDAEMON, layouts="xg")
    + receiver("mdaemon-relay-denied", "551 5.7.1 Relay denied", "5.7.1", "RCPT", False, RELAY, MDAEMON,
               layouts="xg")
    + receiver("mdaemon-backscatter", "550 5.7.1 Backscatter protection detected an invalid or expired email address",
               "5.7.1", "RCPT", False, (), MDAEMON, layouts="xg")
    + receiver("kerio-recipient-unknown", f"550 5.1.1 <{LEAD}> Recipient unknown", "5.1.1", "RCPT", True, UU, KERIO,
               layouts="xg")
    + receiver("kerio-relaying-to-denied", f"550 5.7.1 Relaying to <{LEAD}> denied", "5.7.1", "RCPT", False, RELAY,
               KERIO, layouts="xg")
    + receiver("kerio-relaying-denied", "550 5.7.1 Relaying is denied", "5.7.1", "RCPT", False, RELAY, KERIO,
               layouts="g")
    + receiver("icewarp-too-long", "501 5.7.1 Message is too long", "5.7.1", "DATA", False, SIZE, ICEWARP,
               layouts="xg")
    + receiver("icewarp-permission-denied", "501 5.7.1 Permission denied", "5.7.1", "MAIL", False, (), ICEWARP,
               layouts="xg")
    + receiver("axigen-greylisting", "451 Temporary rejected by greylisting", None, "RCPT", False, (), AXIGEN)
    + receiver("mailenable-auth-required", "530 5.7.0 This mail server requires authentication when attempting to "
               "send to a non-local e-mail address.", "5.7.0", "RCPT", False, (), MAILENABLE, layouts="xg")
    + receiver("james-unknown-user", f"550 5.1.1 Unknown user: {LEAD}", "5.1.1", "RCPT", True, UU, JAMES,
               layouts="xg")
    + receiver("james-max-recipients", "452 4.5.3 Requested action not taken: max recipients reached", "4.5.3",
               "RCPT", False, (), JAMES)
    + receiver("james-dnsrbl", "554 5.7.1 Rejected: unauthenticated e-mail from 192.0.2.60 is restricted.  Contact "
               "the postmaster for details.", "5.7.1", "RCPT", False, BLOCK, JAMES, layouts="xg")
)

# ---- Mailcow's settings (its Postfix main.cf, rspamd, Dovecot) --------------------------------
MC = "mailcow/mailcow-dockerized data/conf/postfix/main.cf ({}); the reply text Postfix's smtpd_check.c writes for it"
RSPAMD = ("mailcow/mailcow-dockerized data/conf/rspamd/override.d/worker-proxy.inc (milter = true, the reject message "
          "left at rspamd's default, mailcow docs 'Custom reject messages'); rspamd's milter reply '554 5.7.1 Spam "
          "message rejected' (rspamd issue #5343), its ratelimit module's 'Ratelimit exceeded' and greylist's 'Try "
          "again later' as 451 4.7.1 soft rejects")
DOVECOT = ("mailcow/mailcow-dockerized data/conf/dovecot/conf.d/50-quota.conf (Dovecot's default quota_exceeded_message "
           "'Quota exceeded (mailbox for user is full)'); virtual_transport = lmtp:inet:dovecot:24, so mailcow's own "
           "Postfix reports Dovecot's LMTP answer after it accepted the message")
MAILCOW = (
    receiver("mailcow-virtual-user-unknown", f"550 5.1.1 <{LEAD}>: Recipient address rejected: User unknown in "
             "virtual mailbox table", "5.1.1", "RCPT", True, UU, MC.format("virtual_mailbox_maps"), layouts="xg")
    + receiver("mailcow-defer-unauth-destination", f"454 4.7.1 <{LEAD}>: Relay access denied", "4.7.1", "RCPT",
               False, (), MC.format("smtpd_relay_restrictions ... defer_unauth_destination"))
    + receiver("mailcow-reverse-hostname", "450 4.7.25 Client host rejected: cannot find your reverse hostname, "
               "[192.0.2.7]", "4.7.25", "RCPT", False, (), MC.format("reject_unknown_reverse_client_hostname"))
    + receiver("mailcow-unlisted-sender", f"550 5.1.0 <{SELLER}>: Sender address rejected: User unknown in virtual "
               "mailbox table", "5.1.0", "MAIL", False, (), MC.format("smtpd_sender_restrictions reject_unlisted_sender"))
    + receiver("mailcow-unknown-sender-domain", f"450 4.1.8 <{SELLER}>: Sender address rejected: Domain not found",
               "4.1.8", "MAIL", False, (), MC.format("reject_unknown_sender_domain, unknown_address_reject_code 450"))
    + receiver("mailcow-plaintext-session", "550 5.7.1 Session encryption is required", "5.7.1", "RCPT", False,
               ("securityerror",), MC.format("check_recipient_access mysql_tls_enforce_in_policy.cf -> "
                                             "reject_plaintext_session, plaintext_reject_code = 550"), layouts="px")
    + receiver("mailcow-size", "552 5.3.4 Message size exceeds fixed limit", "5.3.4", "DATA", False, SIZE,
               MC.format("message_size_limit = 104857600"), layouts="xg")
    + receiver("mailcow-rspamd-spam", "554 5.7.1 Spam message rejected", "5.7.1", "DATA", False, SPAM, RSPAMD,
               layouts="xg")
    + receiver("mailcow-rspamd-ratelimit", "451 4.7.1 Ratelimit exceeded", "4.7.1", "DATA", False, (), RSPAMD)
    + receiver("mailcow-rspamd-greylist", "451 4.7.1 Try again later", "4.7.1", "DATA", False, (), RSPAMD)
    + [("mailcow-lmtp-quota", DOVECOT + "; Postfix bounce(8) report (lmtp: 'host %s said: %s (in reply to end of DATA "
        "command)')", relayed(f"552 5.2.2 <{LEAD}> Quota exceeded (mailbox for user is full)", status="5.2.2",
                              command="DATA", remote="dovecot"), [(LEAD, False, FULL, "", False)]),
       ("mailcow-lmtp-no-user", DOVECOT + "; Dovecot LMTP's '550 5.1.1 <a> User doesn't exist: a' at RCPT",
        relayed(f"550 5.1.1 <{LEAD}> User doesn't exist: {LEAD}", status="5.1.1", command="RCPT", remote="dovecot"),
        [(LEAD, True, UU, "", False)])]
)

# ---- Each product's own notice as the SENDING server --------------------------------------------
HK_OUT = ("haraka/Haraka outbound/hmail.js (found_mx: 'No Such Domain: %s', 'Domain %s sends and receives no email "
          "(NULL MX)', DSN.addr_bad_dest_system 5.1.2; a remote reply kept as Remote-MTA + Diagnostic-Code; the "
          "notice as fixtures/real/haraka-outbound-*.eml show it)")
HK_CLASSIC = "haraka/Haraka config/outbound.bounce_message (its older plain template)"
CQ_DSN = ("albertito/chasquid internal/queue/dsn.go (the template) and internal/courier/smtp.go ('MAIL+RCPT %v', "
          "'DATA %v', 'all MXs returned transient failures (last: %v)', 'Could not dial: %v'), as chasquid 1.11's "
          "fixtures/real/chasquid-*.eml lay it out")
MD_DSN = ("MDaemon's DSN text as gitlab.com/stavros/Spamnesty issue 100 quotes it ('The attached message had PERMANENT "
          "fatal delivery errors.', 'Failed address:'); MDaemon 14.5 help 'DSN Options' (session transcripts in DSNs) "
          "(weak: a quoted notice and the option's help)")
CG_OWN = "CommuniGate Pro's notice 'Failed to deliver to' / 'module(...) reports:' (weak: this repository's fixtures)"
SM_OWN = ("SmarterMail 'Common email delivery errors' (kb.indsoft.net a70, support.rackteam.com a136: 'Failed four "
          "Attempts to connect to recipients mail server')")
JAMES_OWN = ("apache/james-project DSNBounce.java / Bounce mailet (review 3's layouts), the remote reply as its "
             "error message")
ME_OWN = ("MailEnable's notice 'Message could not be delivered to some recipients.' / 'Recipient: [SMTP:a]' / "
          "'Reason:' (flufl.bounce simplematch.py as review 26 quotes it)")
PF_SENDER = "the reply: Postfix smtpd_check.c reject_unlisted_sender ('Sender address rejected: User unknown in ...')"
UNKNOWN_REPLY = f"550 5.1.1 <{LEAD}>: Recipient address rejected: User unknown in virtual mailbox table"
SENDER_REPLY = f"550 5.1.0 <{SELLER}>: Sender address rejected: User unknown in virtual mailbox table"
BLOCKED_REPLY = "554 5.7.1 Service unavailable; Client host [192.0.2.60] blocked using zen.spamhaus.org"
OWN = [
    ("haraka-out-no-such-domain", HK_OUT,
     haraka_outbound("ho1", [("lead@nosuch.example", "5.1.2 (550 No Such Domain: nosuch.example)", None)]),
     [("lead@nosuch.example", True, HOSTU, "", False)]),
    ("haraka-out-null-mx", HK_OUT, haraka_outbound("ho2", [(
        "lead@parked.example", "5.1.2 (550 Domain parked.example sends and receives no email (NULL MX))", None)]),
     [("lead@parked.example", True, NOMAIL, "", False)]),
    ("haraka-out-remote-user-unknown", HK_OUT + "; " + PF_SENDER[:11] + " virtual_mailbox_maps's reply",
     haraka_outbound("ho3", [(LEAD, None, UNKNOWN_REPLY)]), [(LEAD, True, UU, "", False)]),
    ("haraka-out-remote-mailbox-full", HK_OUT, haraka_outbound("ho4", [(LEAD, None, "552 5.2.2 Mailbox full")]),
     [(LEAD, False, FULL, "", False)]),
    ("haraka-out-remote-sender-unknown", HK_OUT + "; " + PF_SENDER, haraka_outbound("ho5", [(LEAD, None, SENDER_REPLY)]),
     SOFT_R),
    ("haraka-out-two-recipients", HK_OUT, haraka_outbound("ho6", [
        ("anna@partner.example", None, UNKNOWN_REPLY.replace(LEAD, "anna@partner.example")),
        ("bob@partner.example", None, "554 5.7.1 Spam message rejected")]),
     [("anna@partner.example", True, UU, "", False), ("bob@partner.example", False, SPAM, "", False)]),
    ("haraka-classic-user-unknown", HK_CLASSIC, haraka_classic("hc1", LEAD, UNKNOWN_REPLY), [(LEAD, True, UU, "", False)]),
    ("haraka-classic-sender-unknown", HK_CLASSIC + "; " + PF_SENDER, haraka_classic("hc2", LEAD, SENDER_REPLY), SOFT_R),
    ("chasquid-gave-up-connection-refused", CQ_DSN, chasquid("cq1", [(LEAD, "all MXs returned transient failures "
                                                                     "(last: Could not dial: dial tcp 192.0.2.25:25: "
                                                                     "connect: connection refused)")]),
     [(LEAD, False, ("networkerror", "expired"), "", False)]),
    ("chasquid-remote-mailbox-full", CQ_DSN, chasquid("cq2", [(LEAD, "MAIL+RCPT 552 5.2.2 Mailbox full")]),
     [(LEAD, False, FULL, "", False)]),
    ("chasquid-remote-sender-unknown", CQ_DSN + "; " + PF_SENDER, chasquid("cq3", [(LEAD, "MAIL+RCPT " + SENDER_REPLY)]),
     SOFT_R),
    ("chasquid-remote-spam", CQ_DSN + "; rspamd's milter reply", chasquid("cq4", [(
        LEAD, "DATA 554 5.7.1 Spam message rejected")]), [(LEAD, False, SPAM, "", False)]),
    ("chasquid-remote-blocked", CQ_DSN + "; Postfix reject_rbl_client's reply",
     chasquid("cq5", [(LEAD, "MAIL+RCPT " + BLOCKED_REPLY)]), [(LEAD, False, BLOCK, "", False)]),
    ("chasquid-remote-haraka-ldap", CQ_DSN + "; haraka/haraka-plugin-rcpt-ldap's DENY",
     chasquid("cq6", [(LEAD, "MAIL+RCPT 550 Sorry - no mailbox here by that name.")]), [(LEAD, True, UU, "", False)]),
    ("chasquid-two-recipients", CQ_DSN + "; chasquid conn.go's '503 5.7.1 Relay not allowed'", chasquid("cq7", [
        ("anna@partner.example", "MAIL+RCPT 550 5.1.1 Destination address is unknown (user does not exist)"),
        ("bob@other.example", "MAIL+RCPT 503 5.7.1 Relay not allowed")]),
     [("anna@partner.example", True, UU, "", False), ("bob@other.example", False, RELAY, "", False)]),
    ("mdaemon-own-user-unknown", MD_DSN, mdaemon("md1", LEAD, f"550 5.1.1 <{LEAD}>... User unknown"),
     [(LEAD, True, UU, "", False)]),
    ("mdaemon-own-mailbox-full", MD_DSN, mdaemon("md2", LEAD, "552 5.2.2 Mailbox full", "DATA"),
     [(LEAD, False, FULL, "", False)]),
    ("mdaemon-own-sender-unknown", MD_DSN + "; " + PF_SENDER, mdaemon("md3", LEAD, SENDER_REPLY, "MAIL"), SOFT_R),
    ("mdaemon-own-blocked", MD_DSN, mdaemon("md4", LEAD, BLOCKED_REPLY), [(LEAD, False, BLOCK, "", False)]),
    ("cgp-own-unknown-user", CG_OWN, communigate("cg1", LEAD, "LOCAL module(account lead)", "unknown user account"),
     [(LEAD, True, UU, "", False)]),
    ("cgp-own-receiving-disabled", CG_OWN, communigate("cg2", LEAD, "LOCAL module(account lead)",
                                                       "mail receiving disabled"),
     [(LEAD, False, ("suspend",), "", False)]),
    ("cgp-own-remote-sender-unknown", CG_OWN + "; " + PF_SENDER,
     communigate("cg3", LEAD, "SMTP module(domain example.org)", f"mx.example.org: {SENDER_REPLY}"), SOFT_R),
    ("cgp-own-remote-no-mailbox", CG_OWN + "; haraka/haraka-plugin-rcpt-ldap's DENY",
     communigate("cg4", LEAD, "SMTP module(domain example.org)", "mx.example.org: 550 Sorry - no mailbox here by that "
                 "name."), [(LEAD, True, UU, "", False)]),
    ("smartermail-four-attempts", SM_OWN, smartermail("r46a", LEAD, "Failed four Attempts to connect to recipients "
                                                                     "mail server"),
     [(LEAD, False, ("networkerror", "expired"), "", False)]),
    ("james-dsn-sender-unknown", JAMES_OWN + "; " + PF_SENDER, james_dsn("j46a", LEAD, SENDER_REPLY), SOFT_R),
    ("james-bounce-blocked", JAMES_OWN + "; Postfix reject_rbl_client's reply", james_bounce("j46b", LEAD, BLOCKED_REPLY),
     [(LEAD, False, BLOCK, "", False)]),
    ("james-dsn-haraka-ldap", JAMES_OWN + "; haraka/haraka-plugin-rcpt-ldap's DENY",
     james_dsn("j46c", LEAD, "550 Sorry - no mailbox here by that name."), [(LEAD, True, UU, "", False)]),
    ("mailenable-own-sender-unknown", ME_OWN + "; " + PF_SENDER,
     plain("r46-me1", A26, f"Message could not be delivered to some recipients.\nRecipient: [SMTP:{A26}]\n"
           f"Reason: {SENDER_REPLY}\n\n", sender="POSTMASTER@mx.example.net", subject="Message Delivery Failure",
           original="Message headers follow:\n"), [(A26, False, (), "", False)]),
    ("mailenable-own-mailbox-full", ME_OWN,
     plain("r46-me2", A26, f"Message could not be delivered to some recipients.\nRecipient: [SMTP:{A26}]\n"
           "Reason: 552 5.2.2 Mailbox full\n\n", sender="POSTMASTER@mx.example.net", subject="Message Delivery Failure",
           original="Message headers follow:\n"), [(A26, False, FULL, "", False)]),
]

# ---- Controls: the same hard words said of the seller's own address, or quoted -------------------
SAID_OF_SELLER = [
    ("haraka-ldap", "Sorry - no mailbox here by that name.", "haraka/haraka-plugin-rcpt-ldap's DENY"),
    ("chasquid", "5.1.1 Destination address is unknown (user does not exist)", "chasquid conn.go RCPT"),
    ("stalwart", "5.1.2 Mailbox does not exist.", "Stalwart rcpt.rs RcptType::Invalid"),
    ("cgp", "unknown user account", CGP[:60]),
    ("mdaemon", f"<{SELLER}> is an unknown user", MDAEMON[:60]),
    ("kerio", f"5.1.1 <{SELLER}> Recipient unknown", KERIO[:60]),
    ("james", f"5.1.1 Unknown user: {SELLER}", JAMES[:80]),
]
CONTROLS = [row for pid, words, src in SAID_OF_SELLER for row in (
    (f"{pid}-seller-callout", f"{CALLOUT}; the words: {src}", relayed(_callout(words), status="5.0.0"), SOFT_R),
    (f"{pid}-seller-unverified", f"{UNVERIFIED}; the words: {src}",
     relayed(_unverified(words, "550", "5.1.7"), status="5.1.7"), SOFT_R))]
CONTROLS += [
    ("chasquid-words-in-success-original", "Postfix's success report (bounce_templates.c def_bounce_success_body) whose "
     "returned original quotes chasquid's words", success(_original_body(
         "550 5.1.1 Destination address is unknown (user does not exist)")), []),
    ("haraka-words-in-success-original", "Postfix's success report whose returned original quotes Haraka rcpt-ldap's "
     "words", success(_original_body("550 Sorry - no mailbox here by that name.")), []),
    ("stalwart-words-in-person-reply", "a person's reply (RFC 5322, review 34's layout) quoting Stalwart's rcpt.rs words",
     mail(WHO, "Re: Quote for Q3", _reply_body("550 5.1.2 Mailbox does not exist.")), []),
    ("mdaemon-words-in-auto-reply", "Exchange's Automatic reply (review 34's layout) quoting MDaemon's words",
     responder("exchange", WHO, "en", _away_body(f"550 <{LEAD}> is an unknown user")), []),
]

ROWS = GROUPWARE + MAILCOW + OWN + CONTROLS
