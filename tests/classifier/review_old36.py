"""Review old36: whole formats of older MTAs and groupware, and the wordings inside them, from the servers' OWN sources
and vendors' documents (the issue's "whole formats not detected: older MTA and groupware notices"): qmail-send's bounce
with the texts of qmail-remote, qmail-local, ezmlm, vpopmail's vdelivermail and qmail-ldap's qmail-lspawn; Apache
James 2.1's RemoteDelivery bounce; Postfix 1.1's bounce and delay warning (no DSN part yet); sendmail 8.8-8.12's DSN
and 8.6's plain notice; Lotus Notes R4/R5's Delivery Failure Report (incl. the R5 bug of technote 1100477); GroupWise
GWIA's status; Exchange 2000/2003's SMTP NDR and its "<server #x.y.z smtp;...>" line; Sun/Oracle Messaging Server's
report; Openwave InterMail's notice.

Rows: (name, source, raw, expected); expected rows (address, hard, reasons, scope, delay) written from the servers'
words and shared/classifier/taxonomy.md BEFORE the classifier ran on them (committed first). All HAND-MADE;
test_review_old36.py runs them."""

from __future__ import annotations

from tests.classifier.review_audit35 import delay, hard, soft
from tests.classifier.review_audit35_layouts import person_reply
from tests.classifier.review_notices43_layouts import messaging_server
from tests.classifier.review_old36_layouts import LEAD, OTHER, exchange2000, groupwise, intermail, james_remote, \
    notes_r5, postfix1, qmail_send, sendmail8, sendmail86

R, S, ANY = "recipient", "sender", None
EXPIRED = ("expired",)
LOOP = ("systemerror",)
NOT_BOUNCE: list[tuple] = []

# ---- (1) vpopmail's vdelivermail inside qmail-send's bounce ---------------------------------------------------------
VP = "vpopmail vdelivermail.c (DerDakon/vpopmail) printf texts, exit 100 (bounce); qmail-send.c's bounce layout"
VP_ROWS = [
    ("o36-vp-no-mailbox", f"{VP}: usernotfound() 'Sorry, no mailbox here by that name. vpopmail (#5.1.1)'",
     qmail_send("vpn", [(LEAD, "Sorry, no mailbox here by that name. vpopmail (#5.1.1)")]), hard("userunknown")),
    ("o36-vp-over-quota", f"{VP}: deliver_mail() 'user is over quota' (no .over-quota.msg)",
     qmail_send("vpq", [(LEAD, "user is over quota")]), soft("mailboxfull")),
    ("o36-vp-over-quota-bounced", f"{VP}: usernotfound() catch-all 'user is over quota, mail bounced'",
     qmail_send("vpb", [(LEAD, "user is over quota, mail bounced")]), soft("mailboxfull")),
    ("o36-vp-domain-quota", f"{VP}: DOMAIN_QUOTAS 'domain is over quota'",
     qmail_send("vpd", [(LEAD, "domain is over quota")]), soft("mailboxfull", "systemfull")),
    ("o36-vp-locked", f"{VP}: checkuser() 'vdelivermail: account is locked email bounced user@domain'",
     qmail_send("vpl", [(LEAD, f"vdelivermail: account is locked email bounced {LEAD}")]), soft("suspend")),
    ("o36-vp-maildir-failed", f"{VP}: checkuser() 'Auto creation of maildir failed. vpopmail (#5.9.8)'",
     qmail_send("vpm", [(LEAD, "Auto creation of maildir failed. vpopmail (#5.9.8)")]), soft("systemerror")),
    ("o36-vp-looping", f"{VP}: usernotfound() 'mail is looping'",
     qmail_send("vpo", [(LEAD, "mail is looping")]), soft(*LOOP)),
    ("o36-vp-system-error", f"{VP}: usernotfound() 'system error'",
     qmail_send("vps", [(LEAD, "system error")]), soft("systemerror")),
]

# ---- (2) qmail's own delivery agents inside qmail-send's bounce ----------------------------------------------------
QR = "netqmail 1.06 qmail-remote.c"
QS = "netqmail 1.06 qmail-send.c"
IP = "192.0.2.25"
QMAIL_ROWS = [
    ("o36-qr-user-unknown", f"{QR} ('does not like recipient.', 'Remote host said:', 'Giving up on'); sendmail's "
     "'User unknown'",
     qmail_send("qru", [(LEAD, f"{IP} does not like recipient.\nRemote host said: 550 5.1.1 <{LEAD}>... User unknown\n"
                               f"Giving up on {IP}.")]), hard("userunknown")),
    ("o36-qr-mailbox-full", f"{QR}; sendmail's '552 5.2.2 ... Mailbox full'",
     qmail_send("qrf", [(LEAD, f"{IP} does not like recipient.\nRemote host said: 552 5.2.2 <{LEAD}>... Mailbox full\n"
                               f"Giving up on {IP}.")]), soft("mailboxfull")),
    ("o36-qr-rcpthosts", f"{QR}; qmail-smtpd.c err_nogateway '553 sorry, that domain isn't in my list of allowed "
     "rcpthosts (#5.7.1)'",
     qmail_send("qrh", [(LEAD, f"{IP} does not like recipient.\nRemote host said: 553 sorry, that domain isn't in my "
                               f"list of allowed rcpthosts (#5.7.1)\nGiving up on {IP}.")]),
     soft("norelaying", scope=ANY)),
    ("o36-qr-sender-rejected", f"{QR} ('Connected to ... but sender was rejected.'); qmail-smtpd.c err_hmf '553 "
     "sorry, your envelope sender domain must exist (#5.7.1)'",
     qmail_send("qrs", [(LEAD, f"Connected to {IP} but sender was rejected.\nRemote host said: 553 sorry, your "
                               "envelope sender domain must exist (#5.7.1)")]), soft("rejected", scope=S)),
    ("o36-qr-after-data", f"{QR} ('failed after I sent the message.'); a content filter's '554 5.7.1 ... spam'",
     qmail_send("qrd", [(LEAD, f"{IP} failed after I sent the message.\nRemote host said: 554 5.7.1 Message rejected: "
                               "identified as spam")]), soft("spamdetected", scope=ANY)),
    ("o36-qr-no-host", f"{QR} perm_dns 'Sorry, I couldn't find any host named X. (#5.1.2)'",
     qmail_send("qrn", [(LEAD, "Sorry, I couldn't find any host named partner.example. (#5.1.2)")]),
     hard("hostunknown")),
    ("o36-qr-no-mx", f"{QR} perm_nomx 'Sorry, I couldn't find a mail exchanger or IP address. (#5.4.4)'",
     qmail_send("qrx", [(LEAD, "Sorry, I couldn't find a mail exchanger or IP address. (#5.4.4)")]),
     hard("hostunknown")),
    ("o36-qr-ambiguous-mx", f"{QR} perm_ambigmx (our own relay's misconfiguration, nothing of the recipient's)",
     qmail_send("qra", [(LEAD, "Sorry. Although I'm listed as a best-preference MX or A for that host,\nit isn't in my "
                               "control/locals file, so I don't treat it as local. (#5.4.6)")]),
     soft("systemerror", "networkerror", scope=ANY)),
    ("o36-qs-too-long-connect", f"{QR} temp_noconn '(#4.4.1)'; {QS} 'I'm not going to try again; this message has "
     "been in the queue too long.'",
     qmail_send("qsc", [(LEAD, "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)\nI'm not going to try "
                               "again; this message has been in the queue too long.")]), soft(*EXPIRED, scope=ANY)),
    ("o36-qs-too-long-cname", f"{QR} temp_dnscanon 'CNAME lookup failed temporarily. (#4.4.3)'; {QS} queue lifetime",
     qmail_send("qsn", [(LEAD, "CNAME lookup failed temporarily. (#4.4.3)\nI'm not going to try again; this message "
                               "has been in the queue too long.")]), soft(*EXPIRED, scope=ANY)),
    ("o36-ql-looping", "netqmail 1.06 qmail-local.c 'This message is looping: it already has my Delivered-To line. "
     "(#5.4.6)'",
     qmail_send("qll", [(LEAD, "This message is looping: it already has my Delivered-To line. (#5.4.6)")]),
     soft(*LOOP)),
    ("o36-ql-no-mailbox", "netqmail 1.06 qmail-lspawn.c / qmail-getpw 'Sorry, no mailbox here by that name. (#5.1.1)'",
     qmail_send("qln", [(LEAD, "Sorry, no mailbox here by that name. (#5.1.1)")]), hard("userunknown")),
    ("o36-qs-two-recipients", f"{QS} (one paragraph per recipient); {QR}",
     qmail_send("qs2", [(LEAD, "Sorry, no mailbox here by that name. (#5.1.1)"),
                        (OTHER, f"{IP} does not like recipient.\nRemote host said: 552 5.2.2 <{OTHER}>... Mailbox "
                                f"full\nGiving up on {IP}.")]),
     hard("userunknown") + soft("mailboxfull", address=OTHER)),
    ("o36-ezmlm-reject", "ezmlm-idx ezmlm-reject.c 'Sorry, I don't accept message with empty Subject (#5.7.0)' (a "
     "list's content rule; the list address exists)",
     qmail_send("ezr", [(LEAD, "ezmlm-reject: fatal: Sorry, I don't accept message with empty Subject (#5.7.0)")]),
     soft(scope=ANY)),
]

# ---- (3) qmail-ldap's qmail-lspawn / qmail-local ------------------------------------------------------------------
QL = "qmail-ldap qmail-lspawn.c (LDAP-ERR report texts) and qmail-local.c (maildir++ quota)"
LDAP_ROWS = [
    ("o36-ldap-disabled", f"{QL}: case 225 'Mailaddress is administrativley disabled. (LDAP-ERR #220)' (accountStatus "
     "bounce)", qmail_send("lda", [(LEAD, "Mailaddress is administrativley disabled. (LDAP-ERR #220)")]),
     soft("suspend")),
    ("o36-ldap-quota", f"{QL}: 'The users mailfolder is over the allowed quota (size). (#5.2.2)'",
     qmail_send("ldq", [(LEAD, "The users mailfolder is over the allowed quota (size). (#5.2.2)")]),
     soft("mailboxfull")),
    ("o36-ldap-server-down-expired", f"{QL}: case 201 'Unable to initialize LDAP connection ... (LDAP-ERR #201).' "
     "(Z, temporary) until the queue lifetime ran out",
     qmail_send("ldd", [(LEAD, "Unable to initialize LDAP connection (bad server address or server down?) (LDAP-ERR "
                               "#201).\nI'm not going to try again; this message has been in the queue too long.")]),
     soft("expired", "systemerror", scope=ANY)),
]

# ---- (4) Apache James 2.1 RemoteDelivery ----------------------------------------------------------------------------
JM = "Apache James 2.1 RemoteDelivery.java bounce()"
JAMES_ROWS = [
    ("o36-james-told-me", f"{JM} ('Remote mail server told me: ' + SendFailedException); sendmail's 'User unknown'",
     james_remote("jmu", LEAD, f"Remote mail server told me: 550 5.1.1 <{LEAD}>... User unknown"),
     hard("userunknown")),
    ("o36-james-told-me-full", f"{JM}; sendmail's '552 5.2.2 Mailbox full'",
     james_remote("jmf", LEAD, f"Remote mail server told me: 552 5.2.2 <{LEAD}>... Mailbox full"),
     soft("mailboxfull")),
    ("o36-james-unknown-host", f"{JM} ('Unknown host: ' + UnknownHostException, 'This could be a DNS server error, a "
     "typo, or a problem with the recipient's mail server.')",
     james_remote("jmh", LEAD, "Unknown host: partner.example\nThis could be a DNS server error, a typo, or a problem "
                               "with the recipient's mail server."), hard("hostunknown")),
    ("o36-james-connect", f"{JM} (ConnectException: 'Connection timed out: connect')",
     james_remote("jmc", LEAD, "Connection timed out: connect"), soft("networkerror", *EXPIRED, scope=ANY)),
]

# ---- (5) Postfix 1.1 ------------------------------------------------------------------------------------------------
PF = "Postfix 1.1 bounce_notify_util.c (plain Notification, no DSN part)"
POSTFIX_ROWS = [
    ("o36-pf1-host-said", f"{PF}; smtp_proto.c 'host %s said: %s'",
     postfix1("pfu", f"<{LEAD}>: host mx.partner.example[{IP}] said: 550 <{LEAD}>... User unknown"),
     hard("userunknown")),
    ("o36-pf1-local-unknown", f"{PF}; local/unknown.c 'unknown user: \"%s\"'",
     postfix1("pfl", f"<{LEAD}>: unknown user: \"lead\""), hard("userunknown")),
    ("o36-pf1-name-service", f"{PF}; smtp_addr.c 'Name service error for domain %s: Host not found'",
     postfix1("pfn", f"<{LEAD}>: Name service error for domain partner.example: Host not found"),
     hard("hostunknown")),
    ("o36-pf1-loops-back", f"{PF}; smtp_connect.c 'mail for %s loops back to myself'",
     postfix1("pfo", f"<{LEAD}>: mail for partner.example loops back to myself"), soft(*LOOP, scope=ANY)),
    ("o36-pf1-mailbox-full", f"{PF}; a remote '552 ... Mailbox full'",
     postfix1("pff", f"<{LEAD}>: host mx.partner.example[{IP}] said: 552 <{LEAD}>... Mailbox full"),
     soft("mailboxfull")),
    ("o36-pf1-delay-warning", "Postfix 1.1 bounce_notify_util.c delay warning ('THIS IS A WARNING ONLY', 'Delayed "
     "Mail (still being retried)')",
     postfix1("pfd", f"<{LEAD}>: connect to mx.partner.example[{IP}]: Connection timed out", delayed=True),
     delay(scope=ANY)),
    ("o36-pf1-refused-final", f"{PF}: the last deferral reason returned when the queue lifetime ran out",
     postfix1("pfr", f"<{LEAD}>: connect to mx.partner.example[{IP}]: Connection refused"),
     soft("networkerror", *EXPIRED, scope=ANY)),
]

# ---- (6) sendmail 8.6-8.12 -----------------------------------------------------------------------------------------
SM = "sendmail 8.8-8.12 savemail.c errbody() and the DSN part (RFC 1894)"
PERM = "permanent fatal errors"
SENDMAIL_ROWS = [
    ("o36-sm8-user-unknown", f"{SM}; usersmtp.c transcript ('... while talking to', '>>> RCPT To:', '<<< 550')",
     sendmail8("smu", LEAD, PERM, f"... while talking to mx.partner.example.:\n>>> RCPT To:<{LEAD}>\n<<< 550 5.1.1 "
                                  f"<{LEAD}>... User unknown\n550 5.1.1 <{LEAD}>... User unknown",
               f"Action: failed\nStatus: 5.1.1\nRemote-MTA: DNS; mx.partner.example\nDiagnostic-Code: SMTP; 550 5.1.1 "
               f"<{LEAD}>... User unknown", subject="Returned mail: User unknown"), hard("userunknown")),
    ("o36-sm8-host-unknown", f"{SM}; 'Host unknown (Name server: %s: host not found)'",
     sendmail8("smh", LEAD, PERM, f"550 5.1.2 <{LEAD}>... Host unknown (Name server: partner.example: host not found)",
               "Action: failed\nStatus: 5.1.2", subject="Returned mail: Host unknown (Name server: partner.example: "
                                                      "host not found)"), hard("hostunknown")),
    ("o36-sm8-five-days", f"{SM}; 'Cannot send message for 5 days' (queue lifetime)",
     sendmail8("sm5", LEAD, PERM, f"<{LEAD}>... Deferred: Connection timed out with mx.partner.example.\nMessage could "
                                  "not be delivered for 5 days\nMessage will be deleted from queue",
               "Action: failed\nStatus: 4.4.7", subject="Returned mail: Cannot send message for 5 days"),
     soft(*EXPIRED, scope=ANY)),
    ("o36-sm8-warning", f"{SM}; the delay warning ('THIS IS A WARNING MESSAGE ONLY', 'transient non-fatal errors')",
     sendmail8("smw", LEAD, "transient non-fatal errors", f"<{LEAD}>... Deferred: Connection refused by "
                                                          "mx.partner.example.\nWarning: message still undelivered "
                                                          "after 4 hours\nWill keep trying until message is 5 days old",
               "Action: delayed\nStatus: 4.4.1", subject="Warning: could not send message for past 4 hours",
               warning=True), delay(scope=ANY)),
    ("o36-sm8-mailbox-full", f"{SM}; a remote '552 5.2.2 ... Mailbox full'",
     sendmail8("smf", LEAD, PERM, f"... while talking to mx.partner.example.:\n>>> DATA\n<<< 552 5.2.2 <{LEAD}>... "
                                  f"Mailbox full\n554 5.0.0 <{LEAD}>... Service unavailable",
               "Action: failed\nStatus: 5.2.2\nDiagnostic-Code: SMTP; 552 5.2.2 Mailbox full",
               subject="Returned mail: Service unavailable"), soft("mailboxfull")),
    ("o36-sm8-mail-local-unknown", f"{SM}; mail.local.c 'unknown name: %s' (local delivery, sysexits EX_NOUSER)",
     sendmail8("sml", LEAD, PERM, f"mail.local: unknown name: lead\n550 5.1.1 <{LEAD}>... User unknown",
               "Action: failed\nStatus: 5.1.1", subject="Returned mail: User unknown"), hard("userunknown")),
    ("o36-sm8-disc-quota", f"{SM}; mail.local.c's write error 'Disc quota exceeded' (EDQUOT) then '554 ... Service "
     "unavailable'",
     sendmail8("smq", LEAD, PERM, f"mail.local: /var/mail/lead: Disc quota exceeded\n554 5.0.0 <{LEAD}>... Service "
                                  "unavailable", "Action: failed\nStatus: 5.0.0",
               subject="Returned mail: Service unavailable"), soft("mailboxfull")),
    ("o36-sm86-relaying-denied", "sendmail 8.6 savemail.c (plain notice); a remote '550 ... Relaying denied'",
     sendmail86("smr", LEAD, f"While talking to mx.partner.example:\n>>> RCPT To:<{LEAD}>\n<<< 550 <{LEAD}>... "
                             f"Relaying denied\n550 <{LEAD}>... Relaying denied",
                subject="Returned mail: Relaying denied"), soft("norelaying", scope=ANY)),
    ("o36-sm86-user-unknown", "sendmail 8.6 savemail.c (plain notice); its local 'User unknown'",
     sendmail86("sm6", LEAD, f"550 <{LEAD}>... User unknown", subject="Returned mail: User unknown"),
     hard("userunknown")),
]

# ---- (7) Lotus Notes R4/R5, GroupWise ------------------------------------------------------------------------------
NR5 = "Domino 5 administration help ('Delivery Failure Report'); IBM technote 1100477's example layout"
GROUPWARE_ROWS = [
    ("o36-notes-nab", f"{NR5}; R4/R5 'User x (addr) not listed in public Name & Address Book'",
     notes_r5("nnb", LEAD, f"User lead ({LEAD}) not listed in public Name & Address Book"), hard("userunknown")),
    ("o36-notes-document-250", "IBM technote 1100477 (Domino R5: a Delivery Failure Report whose 'because:' is '250 "
     "Message received OK.'; the real cause unknown)",
     notes_r5("n25", LEAD, "250 Message received OK.", document="document", subject="Quick question"),
     soft(scope=ANY)),
    ("o36-notes-no-route", f"{NR5} (domain failure: 'No route found to domain ... from server ...'; a routing table "
     "of the sender's Domino, not the recipient's mailbox)",
     notes_r5("nnr", LEAD, "No route found to domain partner.example from server NOTES01/ACME. Check Server, "
                           "Connection and Domain documents in Name & Address Book."), soft(scope=ANY)),
    ("o36-notes-hop-count", f"{NR5} ('Maximum hop count exceeded.  Message probably in a routing loop.')",
     notes_r5("nnh", LEAD, "Maximum hop count exceeded.  Message probably in a routing loop."), soft(*LOOP, scope=ANY)),
    ("o36-gw-user-or-po", "GroupWise GWIA status ('(user or post office not found)'; GroupWise 7 Troubleshooting 2: "
     "Undeliverable 'indicates either that the user ... does not exist in the post office, or that the post office "
     "does not exist in the domain')",
     groupwise("gwp", f"\t{LEAD} (user or post office not found)"), hard("userunknown")),
    ("o36-gw-two", "GroupWise GWIA status (one line per address)",
     groupwise("gw2", f"\t{LEAD} (user not found)\n\t{OTHER} (user not found)"),
     hard("userunknown") + hard("userunknown", address=OTHER)),
]

# ---- (8) Exchange 2000/2003 SMTP NDR --------------------------------------------------------------------------------
X2K = "Microsoft KB 323484 / KB 284204 (Exchange 2000/2003 NDR layout and user texts)"
EXCHANGE_ROWS = [
    ("o36-x2k-bracket-smtp", f"{X2K}; the '<server #5.0.0 smtp;550 ...>' line quoting the remote reply",
     exchange2000("xbs", "The e-mail system was unable to deliver the message, but did not report a specific reason.  "
                         "Check the address and try again.  If it still fails, contact your system administrator.",
                  f"<exch.example.co #5.0.0 smtp;550 5.1.1 <{LEAD}>... User unknown>", status="5.0.0"),
     hard("userunknown")),
    ("o36-x2k-mailbox-full", f"{X2K} (5.2.2: 'The recipient's mailbox is full and can't accept messages now.')",
     exchange2000("xmf", "The recipient's mailbox is full and can't accept messages now.  Please try resending this "
                         "message later, or contact the recipient directly.", "<exch.example.co #5.2.2>",
                  status="5.2.2"), soft("mailboxfull")),
    ("o36-x2k-time-limit", f"{X2K} (4.4.7: 'Could not deliver the message in the time limit specified.')",
     exchange2000("xtl", "Could not deliver the message in the time limit specified.  Please retry or contact your "
                         "administrator.", "<exch.example.co #4.4.7>", status="4.4.7"), soft(*EXPIRED, scope=ANY)),
    ("o36-x2k-dns", f"{X2K} (5.4.0: 'The destination server for this recipient could not be found in Domain Name "
     "Service (DNS).')",
     exchange2000("xdn", "The destination server for this recipient could not be found in Domain Name Service (DNS).  "
                         "Please verify the email address and retry.  If that fails, contact your system "
                         "administrator.", "<exch.example.co #5.4.0>", status="5.4.0"), hard("hostunknown")),
    ("o36-x2k-refused-blocked", f"{X2K} (5.7.1: 'The message reached the recipient's e-mail system, but delivery was "
     "refused.'); Spamhaus' 'blocked using zen.spamhaus.org'",
     exchange2000("xrb", "The message reached the recipient's e-mail system, but delivery was refused.  Attempt to "
                         "resend the message.  If it still fails, contact your system administrator.",
                  "<exch.example.co #5.7.1 smtp;554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using "
                  "zen.spamhaus.org>", status="5.7.1"), soft("blocked", scope=ANY)),
    ("o36-x2k-unknown-text", f"{X2K} (5.1.1: 'The e-mail account does not exist at the organization this message was "
     "sent to.')",
     exchange2000("xuk", "The e-mail account does not exist at the organization this message was sent to.  Check the "
                         "e-mail address, or contact the recipient directly to find out the correct address.",
                  f"<exch.example.co #5.1.1 smtp;550 5.1.1 <{LEAD}>: Recipient address rejected: User unknown in "
                  "virtual mailbox table>", status="5.1.1"), hard("userunknown")),
]

# ---- (9) Sun/Oracle Messaging Server, Openwave InterMail -------------------------------------------------------------
MS = ("Oracle Communications Messaging Server / Sun Java System Messaging Server notification layout ('Delivery "
      "Notification: Delivery has failed', 'Recipient address:', 'Reason:', 'Diagnostic code:')")
IM = "Openwave InterMail notice ('This Message was undeliverable due to the following reason:')"
OTHERS_ROWS = [
    ("o36-ms-illegal-alias", f"{MS}; its own reply '550 5.1.1 unknown or illegal alias: addr'",
     messaging_server("msa", LEAD, "Remote SMTP server has rejected address",
                      f"550 5.1.1 unknown or illegal alias: {LEAD}"), hard("userunknown")),
    ("o36-ms-mailbox-disabled", f"{MS}; RFC 3463 X.2.1 'Mailbox disabled, not accepting messages'",
     messaging_server("msd", LEAD, "Remote SMTP server has rejected address",
                      "550 5.2.1 Mailbox disabled, not accepting messages"), soft("suspend")),
    ("o36-ms-over-quota", f"{MS}; its quota reply '452 4.2.2 Mailbox full'",
     messaging_server("msq", LEAD, "Remote SMTP server has rejected address", "452 4.2.2 Mailbox full"),
     soft("mailboxfull")),
    ("o36-ms-relaying", f"{MS}; its ORIG_SEND_ACCESS refusal '550 5.7.1 Relaying not allowed: addr'",
     messaging_server("msr", LEAD, "Remote SMTP server has rejected address",
                      f"550 5.7.1 Relaying not allowed: {LEAD}"),
     soft("norelaying", scope=ANY)),
    ("o36-im-queue-period", f"{IM} (its queue-lifetime paragraph)",
     intermail("iqp", "Your message was not delivered because the destination computer was\nnot reachable within the "
                      "allowed queue period. The amount of time\na message is queued before it is returned depends on "
                      "local configura-\ntion parameters.\n\nMost likely there is a network problem that prevented "
                      "delivery, but\nit is also possible that the computer is turned off, or does not\nhave a mail "
                      f"system running right now.\n\nYour message was not delivered to the following recipients:\n\n"
                      f"  <{LEAD}>"), soft(*EXPIRED, scope=ANY)),
    ("o36-im-rejected-remote", f"{IM} ('Each of the following recipients was rejected by a remote mail server.')",
     intermail("irr", "Each of the following recipients was rejected by a remote mail server.\nThe reasons given by "
                      "the server are included to help you determine why\neach recipient was rejected.\n\n"
                      f"    Recipient: <{LEAD}>\n    Reason:    5.1.1 <{LEAD}>... User unknown"),
     hard("userunknown")),
    ("o36-im-unknown-two", f"{IM} ('The following destination addresses were unknown')",
     intermail("iu2", "The following destination addresses were unknown (please check\nthe addresses and re-mail the "
                      f"message):\n\nSMTP <{LEAD}>\nSMTP <{OTHER}>"),
     hard("userunknown") + hard("userunknown", address=OTHER)),
]

# Added with the mend (after the run): the new readings where they must NOT apply, and one more control.
MEND_ROWS = [
    ("o36-mend-sendmail-line-ours", f"{PF}; sendmail's '553 <addr>... User unknown' naming OUR sender (a sender "
     "check at MAIL)",
     postfix1("pms", f"<{LEAD}>: host mx.partner.example[{IP}] said: 553 <seller@example.com>... User unknown"),
     soft(scope=ANY)),
    ("o36-mend-postfix-local-quoted", "a person's reply (RFC 5322, no notice) quoting Postfix local(8)'s words",
     person_reply("pql", f"Lena Lead <{LEAD}>", "Thanks! Your first mail bounced with 'unknown user: \"lena\"' "
                  "because our alias was missing. It is fixed now and this one reached me."), NOT_BOUNCE),
    ("o36-mend-postfix-local-sender-verify", f"{PF}; Postfix's reject_unverified_sender quoting its probe's local(8) "
     "'unknown user: \"seller\"' about OUR sender",
     postfix1("pmv", f"<{LEAD}>: host mx.partner.example[{IP}] said: 550 <seller@example.com>: Sender address "
                     "rejected: undeliverable address: unknown user: \"seller\""), soft(scope=S)),
    ("o36-mend-sendmail-line-other", f"{PF}; a reply naming another address than the failed one",
     postfix1("pmo", f"<{LEAD}>: host mx.partner.example[{IP}] said: 550 <{OTHER}>... User unknown"),
     soft(scope=ANY)),
]

ROWS: list[tuple] = (VP_ROWS + QMAIL_ROWS + LDAP_ROWS + JAMES_ROWS + POSTFIX_ROWS + SENDMAIL_ROWS + GROUPWARE_ROWS
                     + EXCHANGE_ROWS + OTHERS_ROWS + MEND_ROWS)
