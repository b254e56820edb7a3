"""The twenty-fifth review's whole notices: Sisimai 4.25's provider and MTA message tables
(libsisimai-perl, /usr/share/perl5/Sisimai/Rhost/*.pm and Lhost/*.pm, read as an outside opinion:
code only, none of Sisimai's sample mails) turned back into the replies and notices they were
written from, each the shortest whole reply or sentence the server sends, in a layout the server
or our relay writes (notices.relayed: our Postfix relay's report of a remote reply; gmail_own,
exchange_own; the MTAs' own notices in review_notices25_layouts.py and review_notices14_layouts.py).
Where the real server's own wording was found (Google's "Gmail SMTP errors and codes" page,
qmail-remote.c, Exim's deliver.c / transports), the row cites it; otherwise the sentence is
Sisimai's table entry or its comment, completed by hand into a reply line.

Sisimai's reason for each entry was NOT copied: each expectation is this project's taxonomy's
reading of the words (/work/shared/classifier/taxonomy.md), written before the classifier ran.
The most important finds are false hards (a soft cause read as userunknown / hostunknown /
notaccept unenrols a live prospect). The MTA tables' rows are in review_notices25_lhost.py. All HAND-MADE;
test_review_notices25.py runs them."""

from __future__ import annotations

from collections.abc import Callable

from tests.classifier.notices import exchange_own, gmail_own, relayed
from tests.classifier.review_notices25_gateways import GATEWAY_ROWS
from tests.classifier.review_notices25_lhost import LHOST_ROWS

R, S, ANY = "recipient", "sender", None
SIS = "Sisimai::{} (libsisimai-perl 4.25) as outside opinion"


def _gm_body(address: str) -> str:
    return (f"Your message wasn't delivered to {address} because the remote server returned an error.\n\n"
            "The response was:")


def rows_relayed(prefix: str, source: str, mx: str, address: str, entries: list[tuple]) -> list[tuple]:
    """(name, reply, status, command, hard, reasons, scope) as our relay reports the remote reply
    (a 4.x status as a delay)."""
    out = []
    for name, reply, status, command, hard, reasons, scope in entries:
        delay = status.startswith("4")
        out.append((f"{prefix}-{name}", source, relayed(reply, status=status, command=command, remote=mx,
                                                        address=address, action="delayed" if delay else None),
                    [(address, hard, reasons, scope, delay)]))
    return out


def relayed_for(tag: str, mx: str, address: str) -> Callable[[str, str, list[tuple]], list[tuple]]:
    """`rows_relayed` bound to one review's tag, MX and address: its rows in our relay's copy alone (the quoted copies
    add nothing they attack), named "<tag>-<prefix>-<name>"."""
    return lambda prefix, source, entries: rows_relayed(f"{tag}-{prefix}", source, mx, address, entries)


def rows_quoted(prefix: str, source: str, mx: str, address: str, entries: list[tuple]) -> list[tuple]:
    """The final (5.x) ones again as Gmail's own DSN quotes the remote reply (its Remote-MTA named)
    and as Exchange Online's NDR does (no Remote-MTA: the words alone, and a tag, say whose). Only
    replies to a recipient, to the message or at the greeting: a reply to our relay's login, HELO or
    MAIL FROM (Google's SMTP relay service refusing its own customer) is never quoted by another
    provider's notice (left out after the probe showed them misread only in these layouts)."""
    out = []
    for name, reply, status, command, hard, reasons, scope in entries:
        if status.startswith("4") or command not in ("RCPT", "DATA", "CONN"):
            continue
        expected = [(address, hard, reasons, scope, False)]
        out.append((f"{prefix}-{name}-gmail", source + " (as Gmail's own DSN quotes it)",
                    gmail_own(reply, status=status, heading="Message not delivered", body=_gm_body(address),
                              address=address, remote=mx), expected))
        out.append((f"{prefix}-{name}-exo", source + " (as Exchange Online's NDR quotes it, no Remote-MTA)",
                    exchange_own(reply, status=status, body=f"Your message to {address} couldn't be delivered.",
                                 address=address), expected))
    return out


# ---- (a) Rhost tables ---------------------------------------------------------------------------

# Sisimai::Rhost::GoogleApps: Google's replies as "Gmail SMTP errors and codes" (Google Workspace
# Admin Help 3726730; knowledge.workspace.google.com/admin/support/troubleshooting/
# gmail-smtp-errors-and-codes) lists them, the table's comments quoting the longer ones.
GOOGLE = "lead@workspace-customer.example"
GMX_ = "aspmx.l.google.com"
GSRC = SIS.format("Rhost::GoogleApps") + "; Google Workspace Admin Help 3726730 'Gmail SMTP errors and codes'"
GOOGLE_REPLIES = [
    ("ip-not-in-whitelist", "421 4.7.0 IP not in whitelist for RCPT domain, closing connection.", "4.7.0", "RCPT",
     False, ("blocked",), S),
    ("unusual-rate-temporarily-blocked", "421 4.7.0 Our system has detected an unusual rate of unsolicited mail "
     "originating from your IP address. To protect our users from spam, mail sent from your IP address has been "
     "temporarily blocked. For more information, visit https://support.google.com/mail/answer/81126", "4.7.0",
     "DATA", False, ("blocked", "spamdetected", "speeding"), S),
    ("try-again-later-closing", "421 4.7.0 Try again later, closing connection.", "4.7.0", "CONN", False,
     ("toomanyconn", "blocked", "systemerror", "speeding"), ANY),
    ("helo-argument-invalid", "501 5.5.4 HELO/EHLO argument is invalid. For more information, visit "
     "https://support.google.com/mail/?p=helo", "5.5.4", "EHLO", False, ("blocked", "syntaxerror"), S),
    ("unusual-rate-blocked", "550 5.7.1 Our system has detected an unusual rate of unsolicited mail originating from "
     "your IP address. To protect our users from spam, mail sent from your IP address has been blocked. Review "
     "https://support.google.com/mail/answer/81126", "5.7.1", "DATA", False, ("blocked", "spamdetected"), S),
    ("ip-not-authorized-directly", "550 5.7.1 The IP you're using to send mail is not authorized to send email "
     "directly to our servers. Please use the SMTP relay at your service provider instead. For more information, "
     "visit https://support.google.com/mail/answer/10336", "5.7.1", "RCPT", False, ("blocked",), S),
    ("no-ptr", "550 5.7.25 The IP address sending this message does not have a PTR record setup, or the "
     "corresponding forward DNS entry does not point to the sending IP. As a policy, Gmail does not accept messages "
     "from IPs with missing PTR records.", "5.7.25", "DATA", False, ("requireptr",), S),
    ("dmarc-policy", "550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC "
     "policy. Please contact the administrator of example.com domain.", "5.7.26", "DATA", False,
     ("authfailure", "policyviolation"), S),
    ("fails-authentication-checks", "550 5.7.26 This message does not have authentication information or fails to "
     "pass authentication checks (SPF or DKIM). To best protect our users from spam, the message has been blocked.",
     "5.7.26", "DATA", False, ("authfailure",), S),
    ("spf-hard-fail", "550 5.7.26 This message fails to pass SPF checks for an SPF record with a hard fail policy "
     "(-all). To best protect our users from spam and phishing, the message has been blocked.", "5.7.26", "DATA",
     False, ("authfailure",), S),
    ("low-ip-reputation", "550 5.7.1 Our system has detected that this message is likely suspicious due to the very "
     "low reputation of the sending IP address. To best protect our users from spam, the message has been blocked.",
     "5.7.1", "DATA", False, ("badreputation", "blocked", "spamdetected"), S),
    ("malformed", "554 5.6.0 Mail message is malformed. Not accepted.", "5.6.0", "DATA", False,
     ("contenterror", "notcompliantrfc"), ANY),
    ("size-limits", "552 5.2.3 Your message exceeded Google's message size limits. For more information, visit "
     "https://support.google.com/mail/answer/6584", "5.2.3", "DATA", False, ("mesgtoobig", "exceedlimit"), ANY),
    ("timeout-closing", "451 4.4.2 Timeout - closing connection.", "4.4.2", "DATA", False,
     ("networkerror", "expired", "systemerror"), ANY),
    ("over-quota-4", "452 4.2.2 The email account that you tried to reach is over quota. Please direct the recipient "
     "to Clear Google Drive space & increase storage.", "4.2.2", "RCPT", False, ("mailboxfull",), R),
    ("over-quota-5", "552 5.2.2 The email account that you tried to reach is over quota.", "5.2.2", "RCPT", False,
     ("mailboxfull",), R),
    ("email-quota-exceeded", "550 5.7.1 Email quota exceeded.", "5.7.1", "RCPT", False,
     ("mailboxfull", "speeding", "exceedlimit"), ANY),
    ("fifty-hops", "554 5.6.0 Message exceeded 50 hops, this may indicate a mail loop.", "5.6.0", "DATA", False,
     ("systemerror", "networkerror", "contenterror"), ANY),
    ("relay-denied", "550 5.7.0 Mail relay denied.", "5.7.0", "RCPT", False, ("norelaying",), ANY),
    ("multiple-from", "550 5.7.1 Messages with multiple addresses in From: header are not accepted.", "5.7.1", "DATA",
     False, ("notcompliantrfc", "policyviolation", "contenterror"), ANY),
    ("domain-policy-prohibited", "550 5.7.1 The user or domain that you are sending to (or from) has a policy that "
     "prohibited the mail that you sent. Please contact your domain administrator for further details.", "5.7.1",
     "DATA", False, ("policyviolation", "filtered"), ANY),
    ("illegal-attachment", "552 5.7.0 Our system detected an illegal attachment on your message. Please visit "
     "http://mail.google.com/support/bin/answer.py?answer=6590 to review our attachment guidelines.", "5.7.0", "DATA",
     False, ("policyviolation", "virusdetected", "contenterror"), ANY),
    ("security-issue", "552 5.7.0 This message was blocked because its content presents a potential security issue. "
     "Please visit https://support.google.com/mail/?p=BlockedMessage to review our message content and attachment "
     "content guidelines.", "5.7.0", "DATA", False, ("policyviolation", "virusdetected", "spamdetected"), ANY),
    ("mail-sending-denied", "550 5.7.0 Mail Sending denied. This error occurs if the sender account is disabled or "
     "not registered within your Google Workspace domain.", "5.7.0", "MAIL", False,
     ("rejected", "securityerror"), S),
    ("unauthenticated-from-domain", "550 5.7.1 Unauthenticated email is not accepted from this domain.", "5.7.1",
     "DATA", False, ("authfailure", "rejected"), S),
    ("tls-required", "421 4.7.0 TLS required for RCPT domain, closing connection.", "4.7.0", "RCPT", False,
     ("securityerror",), ANY),
    ("auth-required", "530 5.5.1 Authentication Required. For more information, visit "
     "https://support.google.com/accounts/troubleshooter/2402620", "5.5.1", "MAIL", False, ("securityerror",), S),
    ("app-password", "535 5.7.1 Application-specific password required. For more information, visit "
     "https://support.google.com/accounts/answer/185833", "5.7.1", "AUTH", False, ("securityerror",), S),
    ("bad-credentials", "535 5.7.1 Username and Password not accepted. For more information, visit "
     "https://support.google.com/accounts/troubleshooter/2402620", "5.7.1", "AUTH", False, ("securityerror",), S),
    ("invalid-credentials-relay", "550 5.7.1 Invalid credentials for relay.", "5.7.1", "RCPT", False,
     ("securityerror", "norelaying"), S),
    ("likely-unsolicited", "550 5.7.1 Our system has detected that this message is likely unsolicited mail. To "
     "reduce the amount of spam sent to Gmail, this message has been blocked. For more information, visit "
     "https://support.google.com/mail/answer/188131", "5.7.1", "DATA", False, ("spamdetected",), ANY),
    ("account-disabled", "550 5.2.1 The email account that you tried to reach is disabled.", "5.2.1", "RCPT", False,
     ("suspend",), R),
    ("protocol-violation", "451 4.5.0 SMTP protocol violation, visit RFC 2821.", "4.5.0", "DATA", False,
     ("syntaxerror",), ANY),
    ("unrecognized-command", "502 5.5.1 Unrecognized command.", "5.5.1", "DATA", False, ("syntaxerror",), ANY),
    ("rcpt-first", "503 5.5.1 RCPT first.", "5.5.1", "DATA", False, ("syntaxerror",), ANY),
    ("syntax-error", "555 5.5.2 Syntax error.", "5.5.2", "MAIL", False, ("syntaxerror",), ANY),
    ("too-many-unauthenticated", "554 5.7.0 Too many unauthenticated commands.", "5.7.0", "MAIL", False,
     ("syntaxerror", "securityerror", "toomanyconn"), ANY),
    ("temporary-system-problem", "421 4.3.0 Temporary System Problem. Try again later.", "4.3.0", "DATA", False,
     ("systemerror",), ANY),
    ("server-busy", "421 4.4.5 Server busy, try again later.", "4.4.5", "CONN", False,
     ("toomanyconn", "systemerror", "systemfull"), ANY),
    ("temporarily-rejected", "451 4.3.0 Mail server temporarily rejected message.", "4.3.0", "DATA", False,
     ("systemerror",), ANY),
    ("domain-policy-size", "452 4.5.3 Domain policy size per transaction exceeded, please try this recipient in a "
     "separate transaction.", "4.5.3", "RCPT", False, ("systemerror", "toomanyconn", "exceedlimit", "speeding"), ANY),
    ("multiple-destination-domains", "451 4.3.0 Multiple destination domains per transaction is unsupported. Please "
     "try again.", "4.3.0", "RCPT", False, ("toomanyconn", "systemerror", "syntaxerror"), ANY),
    ("too-many-recipients", "452 4.5.3 Your message has too many recipients. For more information regarding Google's "
     "sending limits, visit https://support.google.com/mail/answer/6592", "4.5.3", "RCPT", False,
     ("toomanyconn", "speeding", "exceedlimit"), ANY),
    ("receiving-too-quickly", "450 4.2.1 The user you are trying to contact is receiving mail too quickly. Please "
     "resend your message at a later time. If the user is able to receive mail at that time, your message will be "
     "delivered.", "4.2.1", "RCPT", False, ("speeding", "toomanyconn"), ANY),
    ("receiving-at-a-rate-5", "550 5.2.1 The user you are trying to contact is receiving mail at a rate that prevents "
     "additional messages from being delivered. Please resend your message at a later time. If the user is able to "
     "receive mail at that time, your message will be delivered.", "5.2.1", "RCPT", False,
     ("speeding", "toomanyconn"), ANY),
    ("peak-relay-limit", "450 4.2.1 Peak SMTP relay limit exceeded for customer. This is a temporary error.",
     "4.2.1", "MAIL", False, ("speeding", "toomanyconn"), S),
    ("daily-relay-limit-user", "550 5.4.5 Daily SMTP relay limit exceeded for user. For more information on SMTP "
     "relay sending limits please contact your administrator.", "5.4.5", "MAIL", False, ("speeding",), S),
    ("daily-relay-limit-customer", "550 5.7.1 Daily SMTP relay limit exceeded for customer. For more information on "
     "SMTP relay sending limits please contact your administrator or visit https://support.google.com/a/answer/"
     "6140680", "5.7.1", "MAIL", False, ("speeding",), S),
    ("does-not-exist", "550 5.1.1 The email account that you tried to reach does not exist. Please try "
     "double-checking the recipient's email address for typos or unnecessary spaces.", "5.1.1", "RCPT", True,
     ("userunknown",), R),
    ("recipient-domain-not-found", "553 5.1.2 We weren't able to find the recipient domain. Please check for any "
     "spelling errors, and make sure you didn't enter any spaces, periods, or other punctuation after the "
     "recipient's email address.", "5.1.2", "RCPT", True, ("hostunknown",), R),
]

# Sisimai::Rhost::TencentQQ's phrases, as QQ Mail's replies carry them (the reply lines' shape as
# review 21 quotes QQ's help: "550 <phrase> http://service.mail.qq.com/cgi-bin/help?..."; the rest
# by hand).
QQ = "lead@qq.com"
QQ_MX = "mx3.qq.com"
QSRC = SIS.format("Rhost::TencentQQ") + " (its phrase; the reply line around it written by hand)"
QQ_HELP = "http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000726"
QQ_REPLIES = [
    ("dmarc-check-failed", f"550 DMARC check failed. {QQ_HELP}", "5.7.1", "DATA", False,
     ("authfailure", "blocked", "policyviolation"), S),
    ("spf-check-failed", f"550 SPF check failed. {QQ_HELP}", "5.7.1", "MAIL", False, ("authfailure", "blocked"), S),
    ("suspected-spam-ip", f"550 Suspected spam ip. {QQ_HELP}", "5.7.1", "CONN", False,
     ("blocked", "badreputation"), S),
    ("rejected-by-recipients", f"550 Mail is rejected by recipients {QQ_HELP}", "5.7.1", "DATA", False,
     ("filtered",), R),
    ("message-too-large", f"552 Message too large {QQ_HELP}", "5.3.4", "DATA", False, ("mesgtoobig",), ANY),
    ("content-denied", f"550 Mail content denied. {QQ_HELP}", "5.7.1", "DATA", False,
     ("spamdetected", "policyviolation"), ANY),
    ("spam-embedded", f"550 Spam is embedded in the email {QQ_HELP}", "5.7.1", "DATA", False, ("spamdetected",), ANY),
    ("suspected-spam", f"550 Suspected spam {QQ_HELP}", "5.7.1", "DATA", False, ("spamdetected",), ANY),
    ("connection-denied", f"550 Connection denied. {QQ_HELP}", "5.7.1", "CONN", False,
     ("toomanyconn", "speeding", "blocked"), S),
    ("connection-frequency", f"421 Connection frequency limited. {QQ_HELP}", "4.7.0", "CONN", False,
     ("toomanyconn", "speeding"), S),
    ("domain-frequency", f"550 Domain frequency limited. {QQ_HELP}", "5.7.1", "MAIL", False,
     ("toomanyconn", "speeding"), S),
    ("ip-frequency", f"550 Ip frequency limited. {QQ_HELP}", "5.7.1", "MAIL", False,
     ("toomanyconn", "speeding"), S),
    ("sender-frequency", f"550 Sender frequency limited. {QQ_HELP}", "5.7.1", "MAIL", False,
     ("toomanyconn", "speeding"), S),
    ("mailbox-unavailable-or-denied", f"550 Mailbox unavailable or access denied {QQ_HELP}", "5.0.0", "RCPT",
     False, ("speeding", "toomanyconn", "filtered"), ANY),
    ("mailbox-not-found", f"550 Mailbox not found. {QQ_HELP}", "5.1.1", "RCPT", True, ("userunknown",), R),
]

# Sisimai::Rhost::NTTDOCOMO's phrases (mfsmax.docomo.ne.jp); reply lines around them by hand.
DOCOMO = "lead@docomo.ne.jp"
DSRC = SIS.format("Rhost::NTTDOCOMO") + " (its phrase; the reply line around it written by hand)"
DOCOMO_REPLIES = [
    ("too-much-mail-data", "552 too much mail data", "5.0.0", "DATA", False,
     ("mailboxfull", "mesgtoobig", "exceedlimit"), ANY),
    ("too-many-recipients", "552 too many recipients", "5.0.0", "RCPT", False,
     ("toomanyconn", "speeding", "exceedlimit"), ANY),
    ("bad-sequence", "503 bad sequence of commands", "5.0.0", "DATA", False, ("syntaxerror",), ANY),
    ("parameter-not-implemented", "504 command parameter not implemented", "5.0.0", "MAIL", False,
     ("syntaxerror",), ANY),
]

# Sisimai::Rhost::IUA: i.ua's replies end with a link "http://www.i.ua/err/N/" naming its code.
IUA = "lead@i.ua"
IUA_MX = "mx.i.ua"
ISRC = SIS.format("Rhost::IUA") + " (its code list's glosses; the reply lines by hand)"
IUA_REPLIES = [
    ("err1-mail-gate-forbidden", "554 The use of SMTP as mail gate is forbidden. http://mail.i.ua/err/1/", "5.7.1",
     "RCPT", False, ("norelaying", "blocked"), ANY),
    ("err2-user-not-found", f"550 <{IUA}> User is not found. http://mail.i.ua/err/2/", "5.1.1", "RCPT", True,
     ("userunknown",), R),
    ("err3-not-used-3-months", "550 Mailbox was not used for more than 3 months. http://mail.i.ua/err/3/", "5.2.1",
     "RCPT", False, ("suspend",), R),
    ("err4-mailbox-full", "552 Mailbox is full. http://mail.i.ua/err/4/", "5.2.2", "RCPT", False,
     ("mailboxfull",), R),
    ("err5-sending-limit", "550 Letter sending limit is exceeded. http://mail.i.ua/err/5/", "5.0.0", "MAIL", False,
     ("speeding", "toomanyconn"), S),
    ("err7-helo", "550 Wrong value of command HELO/EHLO parameter. http://mail.i.ua/err/7/", "5.0.0", "EHLO", False,
     ("blocked", "syntaxerror"), S),
    ("err8-check-sender", "550 Couldn't check sender address. http://mail.i.ua/err/8/", "5.1.8", "MAIL", False,
     ("rejected",), S),
    ("err9-blacklisted", "550 IP-address of the sender is blacklisted. http://mail.i.ua/err/9/", "5.7.1", "CONN",
     False, ("blocked",), S),
]

# Sisimai::Rhost::FrancePTT: Orange's and La Poste's replies as its comments quote them, each with
# the operator's error tag (classifier/remote/orange.py reads the tags).
OR_, LP = "lead@orange.fr", "lead@laposte.net"
FSRC = SIS.format("Rhost::FrancePTT") + " (the replies its comments quote; the status and stage by hand)"
LPN_BLOCK = ("Les emails envoyes vers la messagerie Laposte.net ont ete bloques par nos services. The emails sent "
             "to the mail host Laposte.net were blocked by our services.")
ORANGE_REPLIES = [
    ("lpn-101-spamhaus", LP, f"550 5.7.1 Service unavailable; client [192.0.2.7] blocked using Spamhaus {LPN_BLOCK} "
     "https://www.spamhaus.org/lookup/ LPNAAA_101", "5.7.1", "RCPT", False, ("blocked",), S),
    ("ofr-102-spam-incident", OR_, "550 mwinf5c04 ME Adresse IP source bloquee pour incident de spam. Client host "
     "blocked for spamming issues. OFR006_102 Ref", "5.0.0", "CONN", False, ("blocked",), S),
    ("ofr-103-service-refused", OR_, "550 mwinf5c10 ME Service refuse. Veuillez essayer plus tard. Service refused, "
     "please try later. OFR006_103 192.0.2.7 [103]", "5.0.0", "CONN", False, ("blocked",), S),
    ("ofr-104-too-many-connections", OR_, "421 mwinf5c79 ME Trop de connexions, veuillez verifier votre "
     "configuration. Too many connections, slow down. OFR005_104 [104]", "4.0.0", "CONN", False,
     ("toomanyconn",), S),
    ("ofr-305-auth-code", OR_, "550 5.7.0 Code d'authentification invalide OFR_305", "5.7.0", "MAIL", False,
     ("securityerror",), ANY),
    ("lpn-401-spf", LP, "550 5.5.0 SPF: 192.0.2.7 is not allowed to send mail. LPN004_401", "5.5.0", "MAIL", False,
     ("authfailure",), S),
    ("ofr-405-invalid-sender", OR_, "501 5.1.0 Emetteur invalide. Invalid Sender. OFR004_405 [405]", "5.1.0", "MAIL",
     False, ("rejected",), S),
    ("ofr-416-invalid-recipient", OR_, "550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. "
     "OFR_416 [416]", "5.1.1", "RCPT", True, ("userunknown",), R),
    # A full mailbox under a 5.1.1 status: the words and the code say full, not missing.
    ("ofr-417-overquota", OR_, "552 5.1.1 Boite du destinataire pleine. Recipient overquota. OFR_417 [417]", "5.1.1",
     "RCPT", False, ("mailboxfull",), R),
    ("lpn-420-archived", LP, "550 5.5.0 Boite du destinataire archivee. Archived recipient. LPN007_420", "5.5.0",
     "RCPT", False, ("suspend",), R),
    ("lpn-421-mail-from-not-owned", LP, "550 5.5.3 Mail from not owned by user. LPN105_421", "5.5.3", "MAIL", False,
     ("rejected",), S),
    ("lpn-426-account-blocked", LP, "550 5.5.0 Le compte du destinataire est bloque. The recipient account isblocked. "
     "LPN007_426", "5.5.0", "RCPT", False, ("suspend",), R),
    ("ofr-505-end-of-data", OR_, "421 4.2.0 Service refuse. Veuillez essayer plus tard. Service refused, please try "
     "later. OFR005_505 [505]", "4.2.0", "DATA", False, ("systemerror", "blocked"), ANY),
    ("ofr-506-mail-rejected", OR_, "550 5.7.1 Mail rejete. Mail rejected. OFR_506 [506]", "5.7.1", "DATA", False,
     ("spamdetected", "policyviolation", "rejected"), ANY),
    ("lpn-514-size", LP, "552 5.3.4 Taille limite du message atteinte LPN007_514", "5.3.4", "DATA", False,
     ("mesgtoobig",), ANY),
    ("lpn-517-dmarc", LP, "571 5.7.1 Message refused, DMARC verification Failed. Message refuse, verification DMARC "
     "en echec LPN007_517", "5.7.1", "DATA", False, ("authfailure", "policyviolation"), S),
    ("lpn-630-client-host-rejected", LP, "554 5.7.1 Client host rejected LPN000_630", "5.7.1", "RCPT", False,
     ("blocked", "policyviolation"), S),
    ("ofr-999-service-refused", OR_, "421 mwinf5c77 ME Service refuse. Veuillez essayer plus tard. Service refused, "
     "please try later. OFR_999 [999]", "4.0.0", "CONN", False, ("blocked",), S),
]


def _orange_rows() -> list[tuple]:
    out = []
    for name, address, reply, status, command, hard, reasons, scope in ORANGE_REPLIES:
        mx = "smtp-in.orange.fr" if address == OR_ else "mx.laposte.net"
        out += rows_relayed("orange", FSRC, mx, address, [(name, reply, status, command, hard, reasons, scope)])
    return out


# Sisimai::Rhost::KDDI (au, msmx.au.com): "550 <addr>: User unknown" for a missing mailbox, "550 :
# User unknown" (no address) for mail the subscriber's filter refuses. Gmail's DSN quotes them.
AU = "lead@au.com"
KSRC = SIS.format("Rhost::KDDI") + " (its comments' 'The response was: 550 : User unknown' as Gmail quotes it)"
KDDI_ROWS = [
    ("au-user-unknown-with-address-relayed", KSRC, relayed(f"550 <{AU}>: User unknown", status="5.1.1",
                                                           command="RCPT", remote="msmx.au.com", address=AU),
     [(AU, True, ("userunknown",), R, False)]),
    # No stage, no 5.1.x, English "User unknown": the team's reading is filtered (soft).
    ("au-user-unknown-no-address-gmail", KSRC,
     gmail_own("550 : User unknown", status="5.0.0", heading="Address not found", body=_gm_body(AU), address=AU,
               remote="msmx.au.com"),
     [(AU, False, ("filtered",), R, False)]),
]

ROWS = (rows_relayed("google", GSRC, GMX_, GOOGLE, GOOGLE_REPLIES)
        + rows_relayed("qq", QSRC, QQ_MX, QQ, QQ_REPLIES)
        + rows_relayed("docomo", DSRC, "mfsmax.docomo.ne.jp", DOCOMO, DOCOMO_REPLIES)
        + rows_relayed("iua", ISRC, IUA_MX, IUA, IUA_REPLIES)
        + _orange_rows() + KDDI_ROWS + LHOST_ROWS + GATEWAY_ROWS
        + rows_quoted("google", GSRC, GMX_, GOOGLE, GOOGLE_REPLIES) + rows_quoted("qq", QSRC, QQ_MX, QQ, QQ_REPLIES)
        + rows_quoted("iua", ISRC, IUA_MX, IUA, IUA_REPLIES))


def both_layouts(tag: str, mx: str, address: str):
    """A review's `both(prefix, source, entries)`: our relay's report of each reply (`rows_relayed`) and Gmail's and
    Exchange Online's of the final ones (`rows_quoted`), the rows named f"{tag}-{prefix}-<entry>"."""

    def both(prefix: str, source: str, entries: list[tuple]) -> list[tuple]:
        return (rows_relayed(f"{tag}-{prefix}", source, mx, address, entries)
                + rows_quoted(f"{tag}-{prefix}", source, mx, address, entries))

    return both


# OUR sender's address as each layout's From: our relay's (Postfix) copy's, and Gmail's and Exchange Online's.
OUR_RELAYED, OUR_QUOTED = "sender@example.com", "seller@example.com"


def ours_layouts(tag: str, mx: str, address: str, prefix: str, source: str, entries: list[tuple],
                 quote: tuple[str, ...] | None = None) -> list[tuple]:
    """As `both_layouts`, OUR address in each entry (written as `OUR_RELAYED`) being each layout's own From; the
    quoted (Gmail, Exchange Online) copies only for the `quote` names where given (reviews 105, 108, 109, 112-115)."""
    quoted = [(e[0], e[1].replace(OUR_RELAYED, OUR_QUOTED), *e[2:]) for e in entries if quote is None or e[0] in quote]
    return (rows_relayed(f"{tag}-{prefix}", source, mx, address, entries)
            + rows_quoted(f"{tag}-{prefix}", source, mx, address, quoted))
