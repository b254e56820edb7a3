"""The recipient-side rows of test_scope.py (the address, the mailbox, the domain, the
recipient's own filter) and the source names its tables share. HAND-MADE; see test_scope.py."""

from __future__ import annotations

from classifier.records import Reason as R
from classifier.records import Scope
from tests.classifier.notices import LEAD, exchange_own, gmail_own, messagelabs_own, own_postfix, relayed

RC = Scope.RECIPIENT

G_LIMITS = "Google 'Gmail sending limits in Google Workspace' (a/answer/166852)"
G_SMTP = "Google 'Gmail SMTP errors and codes' (a/answer/3726730)"
G_RELAY = "Google 'SMTP relay service error messages' (a/answer/6140680)"
MS_NDR = "Microsoft 'Email non-delivery reports and SMTP errors in Exchange Online'"
PF = "Postfix src/smtpd/smtpd_check.c"
YH = "Yahoo Sender Hub 'SMTP Error Codes'"
CC = "Comcast postmaster 'mail-error-codes'"
ATT = "AT&T 'Error Message Summary' (rbl.att.net)"
BC = "Broadcom KB 162445 (MessageLabs relaying the recipient server's refusal)"
ML = "server-8.tower-21.messagelabs.com"
EXO = "example-org.mail.protection.outlook.com"
NOT_DELIVERED = "Your message couldn't be delivered."


# (id, source, notice, scope, reason, hard): failures whose cause is the recipient.
RECIPIENT_ROWS = [
    # ================= the RECIPIENT: the address, the mailbox, the domain, their own filter ====
    ("gmail-5.1.1-does-not-exist", G_SMTP,
     gmail_own("550-5.1.1 The email account that you tried to reach does not exist. Please try "
               "double-checking the recipient's email address for typos or unnecessary spaces. - gsmtp",
               status="5.1.1", heading="Address not found", remote="gmail-smtp-in.l.google.com",
               body="Your message wasn't delivered to lead@example.org because the address couldn't be "
               "found, or is unable to receive mail."),
     RC, R.USERUNKNOWN, True),
    ("gmail-5.2.1-disabled", G_SMTP,
     gmail_own("550-5.2.1 The email account that you tried to reach is disabled. - gsmtp", status="5.2.1",
               heading="Address not found", remote="gmail-smtp-in.l.google.com",
               body="Your message wasn't delivered to lead@example.org because the address couldn't be "
               "found, or is unable to receive mail."),
     RC, R.SUSPEND, False),
    ("gmail-5.2.2-out-of-storage", G_SMTP,
     gmail_own("552-5.2.2 The recipient's inbox is out of storage space. Please direct the recipient to "
               "https://support.google.com/mail/?p=OverQuotaPerm - gsmtp", status="5.2.2",
               heading="Message not delivered", remote="gmail-smtp-in.l.google.com",
               body="Your message couldn't be delivered to lead@example.org because the remote server "
               "returned an error."),
     RC, R.MAILBOXFULL, False),
    ("gmail-own-domain-not-found", "shared/api/gmail.md §9 (Status 4.0.0 with Action failed for DNS)",
     gmail_own("DNS Error: DNS type 'mx' lookup of nosuch.example responded with code NXDOMAIN Domain "
               "name not found: nosuch.example", status="4.0.0", heading="Address not found",
               address="lead@nosuch.example",
               body="Your message wasn't delivered to lead@nosuch.example because the domain nosuch.example "
               "couldn't be found. Check for typos or unnecessary spaces and try again."),
     RC, R.HOSTUNKNOWN, True),
    ("gmail-gcdp-recipient-policy", G_SMTP + " (gcdp: the recipient admin's own rule)",
     relayed("550 5.7.1 This message violates example.org email policy. - gcdp <4a1b2c3d> - gsmtp",
             status="5.7.1", command="DATA", remote="aspmx.l.google.com"),
     RC, R.POLICYVIOLATION, False),
    ("messagelabs-no-such-user", BC + ": 'not one registered on the recipient server'",
     relayed("554 5.7.1 Recipient address rejected: No such user", status="5.7.1", remote=ML),
     RC, R.USERUNKNOWN, True),
    ("messagelabs-mailbox-full", BC + ": 'the recipient's mailbox is full'",
     relayed("552 Requested mail action aborted: exceeded storage allocation", status="5.0.0",
             command="DATA", remote=ML),
     RC, R.MAILBOXFULL, False),
    ("messagelabs-content-spam", BC + ": 'something suspicious in the message content'",
     relayed("550 5.7.1 Message rejected as spam by Content Filtering.", status="5.7.1", command="DATA",
             remote=ML),
     RC, R.SPAMDETECTED, False),
    ("messagelabs-own-turn-on-smtp-auth", BC + ": 'The recipient server is not configured to accept mail for "
     "the recipient domain' (a relay refusal; the wording HAND-MADE after that of cPanel-style Exim "
     "servers, which no Broadcom page lists)",
     messagelabs_own("550-Please turn on SMTP Authentication in your mail client. 550-mail0.tower-21.messagelabs.com "
                     "[192.0.2.21]:25047 is not permitted to relay 550 through this server without authentication.",
                     status="5.0.0"),
     RC, R.SECURITYERROR, False),
    ("exo-5.1.10-recipient-not-found", MS_NDR,
     relayed("550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient lead@example.org not found by SMTP "
             "address lookup", status="5.1.10", remote=EXO),
     RC, R.USERUNKNOWN, True),
    ("exo-5.2.2-mailbox-full", MS_NDR,
     relayed("554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException."
             "MapiExceptionShutoffQuotaExceeded", status="5.2.2", command="DATA", remote=EXO),
     RC, R.MAILBOXFULL, False),
    ("exo-5.7.1-delivery-not-authorized", MS_NDR + " (the recipient's delivery restrictions)",
     relayed("550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized", status="5.7.1", command="DATA",
             remote=EXO),
     RC, R.FILTERED, False),
    ("exo-5.7.133-group-internal-only", MS_NDR,
     relayed("550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery "
             "restriction check failed as sender not authenticated", status="5.7.133", command="DATA",
             remote=EXO),
     RC, R.FILTERED, False),
    ("exo-own-remote-user-unknown", MS_NDR + " (a remote Postfix's answer, no Remote-MTA in the DSN)",
     exchange_own(f"550 5.1.1 <{LEAD}>: Recipient address rejected: User unknown in virtual alias table",
                  status="5.1.1", body=NOT_DELIVERED + " The email address wasn't found at the destination "
                  "domain. It might be misspelled or it might not exist anymore."),
     RC, R.USERUNKNOWN, True),
    ("exo-own-remote-mailbox-full", MS_NDR + " (a remote server's answer, no Remote-MTA in the DSN)",
     exchange_own(f"552 5.2.2 <{LEAD}>: Mailbox full", status="5.2.2",
                  body=NOT_DELIVERED + " The recipient's mailbox is full and can't accept messages now."),
     RC, R.MAILBOXFULL, False),
    # RFC 5321 §4.2.2's text for 550 covers "command rejected for policy reasons" too: under 5.7.1
    # (RFC 3463 "delivery not authorized, message refused") a remote filter's, no missing user,
    # though Microsoft's and GMX's own servers mean one by it (remote/microsoft.py, gmx.py).
    ("exo-own-remote-5.7.1-mailbox-unavailable", MS_NDR + " (a remote server's policy refusal in RFC 5321's 550 "
     "text, no Remote-MTA in the DSN)",
     exchange_own("550 5.7.1 Requested action not taken: mailbox unavailable (message refused by policy)",
                  status="5.7.1", body=NOT_DELIVERED),
     RC, (R.FILTERED, R.POLICYVIOLATION, R.BLOCKED), False),
    ("exo-own-5.4.310-domain-missing", MS_NDR,
     exchange_own("550 5.4.310 DNS domain nosuch.example does not exist [Message=InfoDomainNonexistent] "
                  "[LastAttemptedServerName=nosuch.example]", status="5.4.310", address="lead@nosuch.example",
                  body=NOT_DELIVERED + " The domain nosuch.example couldn't be found."),
     RC, R.HOSTUNKNOWN, True),
    ("postfix-own-host-not-found", "Postfix src/smtp (own DNS lookup)",
     own_postfix("Host or domain name not found. Name service error for name=nosuch.example type=A: Host "
                 "not found", status="5.4.4", address="lead@nosuch.example"),
     RC, R.HOSTUNKNOWN, True),
    ("postfix-own-recipient-null-mx", "Postfix src/dns/dns_lookup.c; RFC 7505 §4 (X.1.10)",
     own_postfix("Domain example.org does not accept mail (nullMX)", status="5.1.10"),
     RC, R.NOTACCEPT, True),
    ("postfix-recipient-null-mx-remote", f"{PF} null MX of the recipient's domain",
     relayed(f"556 5.1.10 <{LEAD}>: Recipient address rejected: Domain example.org does not accept mail "
             "(nullMX)", status="5.1.10", remote="smtp.relay.example.com"),
     RC, R.NOTACCEPT, True),
    ("postfix-user-unknown-local", f"{PF} reject_unlisted_recipient",
     relayed(f"550 5.1.1 <{LEAD}>: Recipient address rejected: User unknown in local recipient table",
             status="5.1.1"),
     RC, R.USERUNKNOWN, True),
    ("postfix-relocated", f"{PF} relocated_maps",
     relayed(f"550 5.1.6 <{LEAD}>: Recipient address rejected: User has moved to lead@new.example",
             status="5.1.6"),
     RC, R.HASMOVED, True),
    ("dovecot-lmtp-quota", "Dovecot LMTP (quota plugin reply)",
     relayed(f"552 5.2.2 <{LEAD}> Quota exceeded (mailbox for user is full)", status="5.2.2", command="DATA"),
     RC, R.MAILBOXFULL, False),
    ("yahoo-dd-no-account", YH,
     relayed("554 delivery error: dd This user doesn't have a yahoo.com account (reader@yahoo.com) [0] - "
             "mta1001.mail.gq1.yahoo.com", status="5.0.0", command="DATA", address="reader@yahoo.com",
             remote="mta7.am0.yahoodns.net"),
     RC, R.USERUNKNOWN, True),
    ("yahoo-dd-disabled", YH,
     relayed("554 delivery error: dd Sorry your message to reader@yahoo.com cannot be delivered. This "
             "mailbox is disabled (554.30). - mta1234.mail.ne1.yahoo.com", status="5.0.0", command="DATA",
             address="reader@yahoo.com", remote="mta7.am0.yahoodns.net"),
     RC, R.SUSPEND, False),
    ("att-mailbox-suspended", ATT,
     relayed("550 [suspend] Mailbox currently suspended--Please contact correspondent directly.",
             status="5.0.0", address="fan@bellsouth.net", remote="mx.bellsouth.net"),
     RC, R.SUSPEND, False),
]
