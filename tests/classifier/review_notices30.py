"""The thirtieth review's whole notices: Microsoft's published refusal codes and texts, where most
B2B prospects' mail lives. Three sources, each cited on its rows:

- Exchange Online's table, "Email non-delivery reports and SMTP errors in Exchange Online"
  (learn.microsoft.com/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online,
  ms.date 03/08/2024, as MicrosoftDocs/SupportArticles-docs stores it; its older revision
  "Email non-delivery reports in Exchange Online" in OfficeDocs-Exchange): every enhanced code the
  table lists, with the description it gives as the reply's words.
- Outlook.com / Hotmail's consumer refusals: the "Unfortunately, messages from [IP] weren't sent ...
  part of their network is on our block list (S3150)" sentence and its SC-/OU- tagged forms, and
  the 4.7.650 "(S775)" rate limit, as hosts' and the Sisimai Rhost::Microsoft source quote them
  (Microsoft's own sendersupport.olc.protection.outlook.com/pm/troubleshooting page is not in the
  stored corpora: those rows cite the quoting page and are weak).
- Exchange Server on-premises DSN texts ("DSN message codes in Exchange Server", as the comments of
  Sisimai::Rhost::ExchangeOnline quote that page, code by code).

Only the sentences are Microsoft's: the reply lines around them (reply code, host names), and the
layouts (our Postfix relay's report, notices.relayed; Gmail's own DSN; Exchange Online's own NDR,
notices.exchange_own) are written here by hand. Each expectation is this project's taxonomy's
reading of Microsoft's own words (shared/classifier/taxonomy.md), written before the classifier
ran; Sisimai's reason for a code was NOT copied. All HAND-MADE; test_review_notices30.py runs them."""

from __future__ import annotations

from tests.classifier.notices import exchange_own, gmail_own, relayed
from tests.classifier.review_notices2 import R, S, UNKNOWN

LEAD = "lead@contoso.example"  # a Microsoft 365 tenant's domain
HOTMAIL = "lead@hotmail.com"
SELLER_IP = "192.0.2.7"
EXO_MX = "contoso-example.mail.protection.outlook.com"
OLC_MX = "hotmail-com.olc.protection.outlook.com"
OTHER_MX = "mx.partner.example"
EXO = ("learn.microsoft.com 'Email non-delivery reports and SMTP errors in Exchange Online' "
       "(SupportArticles-docs, ms.date 03/08/2024)")
EXO_OLD = "learn.microsoft.com 'Email non-delivery reports in Exchange Online' (older revision, OfficeDocs-Exchange)"
ONPREM = ("learn.microsoft.com 'DSN message codes in Exchange Server' as Sisimai::Rhost::ExchangeOnline's comments "
          "quote it")
SISIMAI_UNDOC = "Sisimai::Rhost::ExchangeOnline's 'undocumented error messages' (a Postfix log line it quotes; weak)"
BLOCKLIST_PAGES = ("Outlook.com's block-list reply as virtbiz.com (S3140), sevencreative.co.uk (S3150), "
                   "support.binarylane.com.au (SC-001) and simplefastwebsites.com (OU-002) quote it (weak)")
OLC_CODES = ("the meaning of Outlook.com's older tags (classifier/remote/microsoft.py's comment after Outlook.com "
             "postmaster); the sentence as support.binarylane.com.au quotes SC-001's (weak)")

NONE = None  # any scope


def _exo_body(address: str) -> str:
    return f"Your message to {address} couldn't be delivered.\n\nThe recipient's email system rejected the message."


def _gmail(diag: str, status: str, address: str, remote: str | None) -> bytes:
    body = (f"Your message wasn't delivered to {address} because the remote server returned an error.\n\n"
            f"The response was:\n\n{diag}")
    return gmail_own(diag, status=status, heading="Message not delivered", body=body, address=address, remote=remote)


# ---- Microsoft's servers answering as the recipient's (a prospect at a Microsoft 365 tenant or at
# Outlook.com): our relay's report, Gmail's DSN, and Exchange Online's NDR (a Microsoft 365 sender)
# each quoting the reply.
# (name, reply, status, command, reasons, hard, scope, source, mx, address)
INBOUND = [
    ("4.3.2-recipient-thread-limit", "432 4.3.2 STOREDRV.Deliver; recipient thread limit exceeded", "4.3.2", "DATA",
     ("speeding", "toomanyconn", "systemerror"), False, NONE, EXO, EXO_MX, LEAD),
    ("4.5.3-too-many-recipients", "452 4.5.3 Too many recipients", "4.5.3", "RCPT",
     ("toomanyconn", "speeding", "syntaxerror", "exceedlimit"), False, NONE, EXO, EXO_MX, LEAD),
    ("4.7.26-ipv6-spf-dkim", "450 4.7.26 Access denied, a message sent over IPv6 [2001:db8::7] must pass either SPF "
     "or DKIM validation, this message is not signed", "4.7.26", "DATA", ("authfailure",), False, S, EXO, EXO_MX, LEAD),
    ("4.7.500-try-again-later", "451 4.7.500 Access denied, please try again later. (AS761)", "4.7.500", "RCPT",
     ("blocked", "speeding", "badreputation"), False, S, EXO, EXO_MX, LEAD),
    ("4.7.850-try-again-later", "451 4.7.850 Access denied, please try again later.", "4.7.850", "MAIL",
     ("blocked", "speeding", "badreputation"), False, S, EXO, EXO_MX, LEAD),
    ("5.0.350-x-dg-ref", "550 5.0.350 x-dg-ref header is too long", "5.0.350", "DATA",
     ("contenterror", "policyviolation", "notcompliantrfc"), False, NONE, EXO, EXO_MX, LEAD),
    ("5.0.350-as345", "550 5.0.350 Requested action not taken: policy violation detected (AS345)", "5.0.350", "DATA",
     ("policyviolation", "filtered", "contenterror", "securityerror"), False, NONE, EXO, EXO_MX, LEAD),
    ("5.1.0-sender-denied", "550 5.1.0 Sender denied", "5.1.0", "MAIL", ("rejected",), False, NONE, EXO, EXO_MX, LEAD),
    ("5.1.1-bad-destination", "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found; Bad destination mailbox address",
     "5.1.1", "RCPT", UNKNOWN, True, R, EXO, EXO_MX, LEAD),
    ("5.1.10-recipient-not-found", f"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {LEAD} not found by SMTP "
     "address lookup", "5.1.10", "RCPT", UNKNOWN + ("notaccept",), True, R, EXO, EXO_MX, LEAD),
    ("5.2.121-per-sender-hourly", "550 5.2.121 Recipient's per hour message receive limit from specific sender "
     "exceeded", "5.2.121", "RCPT", ("speeding",), False, NONE, EXO, EXO_MX, LEAD),
    ("5.2.122-per-recipient-hourly", "550 5.2.122 Recipient's per hour message receive limit exceeded", "5.2.122",
     "RCPT", ("speeding",), False, NONE, EXO, EXO_MX, LEAD),
    ("5.3.190-journaling", "550 5.3.190 Journaling on-premises messages to Microsoft 365 or Office 365 not supported "
     "when Journaling Archive is disabled", "5.3.190", "DATA", ("systemerror", "notaccept", "policyviolation"), False,
     NONE, EXO, EXO_MX, LEAD),
    ("5.4.1-relay-access-denied", "550 5.4.1 Relay Access Denied", "5.4.1", "RCPT", ("norelaying",), False, NONE, EXO,
     EXO_MX, LEAD),
    ("5.4.1-dbeb-access-denied", f"550 5.4.1 Recipient address rejected: Access denied. AS(201806281) "
     f"[{EXO_MX}]", "5.4.1", "RCPT", UNKNOWN, True, R, EXO, EXO_MX, LEAD),
    ("5.4.14-routing-loop", "554 5.4.14 Hop count exceeded - possible mail loop ATTR34; Routing loop detected",
     "5.4.14", "DATA", ("networkerror", "systemerror"), False, NONE, EXO, EXO_MX, LEAD),
    ("5.5.0-mailbox-unavailable", "550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). "
     "[DB5EUR03FT012.eop-EUR03.prod.protection.outlook.com]", "5.5.0", "RCPT", UNKNOWN, True, R, EXO, OLC_MX,
     HOTMAIL),
    ("5.6.11-invalid-characters", "550 5.6.11 SMTPSEND.BareLinefeedsAreIllegal; message contains bare linefeeds; "
     "Invalid characters", "5.6.11", "DATA", ("contenterror",), False, NONE, EXO, EXO_MX, LEAD),
    ("5.7.1-delivery-not-authorized", "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized; Delivery not "
     "authorized", "5.7.1", "RCPT", ("filtered", "rejected", "policyviolation"), False, NONE, EXO, EXO_MX, LEAD),
    ("5.7.1-unable-to-relay", "550 5.7.1 Unable to relay", "5.7.1", "RCPT", ("norelaying",), False, NONE, EXO,
     EXO_MX, LEAD),
    ("5.7.1-client-not-authenticated", "530 5.7.1 Client was not authenticated", "5.7.1", "MAIL",
     ("securityerror", "norelaying"), False, NONE, EXO, EXO_MX, LEAD),
    ("5.7.12-not-authenticated-by-organization", "550 5.7.12 Sender was not authenticated by organization", "5.7.12",
     "RCPT", ("filtered", "securityerror", "rejected"), False, NONE, EXO, EXO_MX, LEAD),
    ("5.7.23-spf", "550 5.7.23 The message was rejected because of Sender Policy Framework violation", "5.7.23",
     "MAIL", ("authfailure",), False, S, EXO, EXO_MX, LEAD),
    ("5.7.25-ipv6-reverse-dns", "550 5.7.25 Access denied, the sending IPv6 address [2001:db8::7] must have a "
     "reverse DNS record", "5.7.25", "MAIL", ("requireptr", "blocked"), False, S, EXO, EXO_MX, LEAD),
    ("5.7.64-tenant-attribution", "550 5.7.64 TenantAttribution; Relay Access Denied", "5.7.64", "RCPT",
     ("norelaying",), False, NONE, EXO, EXO_MX, LEAD),
    ("5.7.124-allowed-senders", "550 5.7.124 Sender not in allowed-senders list", "5.7.124", "RCPT",
     ("filtered",), False, NONE, EXO, EXO_MX, LEAD),
    ("5.7.133-group", "550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Sender not "
     "authenticated for group", "5.7.133", "RCPT", ("filtered",), False, NONE, EXO, EXO_MX, LEAD),
    ("5.7.134-mailbox", "550 5.7.134 RESOLVER.RST.SenderNotAuthenticatedForMailbox; authentication required; Sender "
     "was not authenticated for mailbox", "5.7.134", "RCPT", ("filtered",), False, NONE, EXO, EXO_MX, LEAD),
    ("5.7.135-public-folder", "550 5.7.135 Sender was not authenticated for public folder", "5.7.135", "RCPT",
     ("filtered",), False, NONE, EXO, EXO_MX, LEAD),
    ("5.7.136-mail-user", "550 5.7.136 Sender was not authenticated", "5.7.136", "RCPT", ("filtered",), False, NONE,
     EXO, EXO_MX, LEAD),
    ("5.7.504-recipient-access-denied", f"550 5.7.504 [{LEAD}]: Recipient address rejected: Access denied", "5.7.504",
     "RCPT", UNKNOWN, True, R, EXO, EXO_MX, LEAD),
    ("5.7.505-banned-recipient", "550 5.7.505 Access denied, banned recipient", "5.7.505", "RCPT", UNKNOWN, True, R,
     EXO, EXO_MX, LEAD),
    ("5.7.506-bad-helo", "550 5.7.506 Access Denied, Bad HELO", "5.7.506", "CONN", ("blocked",), False, S, EXO, EXO_MX,
     LEAD),
    ("5.7.507-rejected-by-recipient", "550 5.7.507 Access denied, rejected by recipient", "5.7.507", "MAIL",
     ("blocked",), False, NONE, EXO, EXO_MX, LEAD),
    ("5.7.508-permitted-limits", f"550 5.7.508 Access denied, [{SELLER_IP}] has exceeded permitted limits within "
     "2001:db8::/64 range", "5.7.508", "MAIL", ("speeding", "blocked", "toomanyconn"), False, S, EXO, EXO_MX, LEAD),
    ("5.7.509-dmarc", "550 5.7.509 Access denied, sending domain [example.com] does not pass DMARC verification and "
     "has a DMARC policy of reject.", "5.7.509", "DATA", ("authfailure",), False, S, EXO, EXO_MX, LEAD),
    ("5.7.510-ipv6", "550 5.7.510 Access denied, [contoso.example] does not accept email over IPv6", "5.7.510", "MAIL",
     ("blocked",), False, S, EXO, EXO_MX, LEAD),
    ("5.7.511-banned-sender-ip", "550 5.7.511 Access denied, banned sender[192.0.2.7]. To request removal from this "
     "list please forward this message to delist@microsoft.com.", "5.7.511", "MAIL", ("blocked",), False, S, EXO,
     EXO_MX, LEAD),
    ("5.7.512-rfc5322", "550 5.7.512 Access denied, message must be RFC 5322 section 3.6.2 compliant", "5.7.512",
     "DATA", ("notcompliantrfc",), False, NONE, EXO, EXO_MX, LEAD),
    ("5.7.513-customer-block-list", f"550 5.7.513 Service unavailable, Client host [{SELLER_IP}] blocked by "
     "contoso.example using Customer Block list (AS16012607)", "5.7.513", "MAIL", ("blocked",), False, NONE, EXO,
     EXO_MX, LEAD),
    ("5.7.606-banned-sending-ip", f"550 5.7.606 Access denied, banned sending IP [{SELLER_IP}]. To request removal "
     "from this list please visit https://sender.office.com/ and follow the directions.", "5.7.606", "MAIL",
     ("blocked",), False, S, EXO, EXO_MX, LEAD),
    ("5.7.649-banned-sending-ip", f"550 5.7.649 Access denied, banned sending IP [{SELLER_IP}]", "5.7.649", "MAIL",
     ("blocked",), False, S, EXO, EXO_MX, LEAD),
    ("5.7.5-mta-sts-certificate", "550 5.7.5 Remote certificate failed MTA-STS validation. Reason: "
     "RemoteCertificateNameMismatch", "5.7.5", "CONN", ("securityerror", "networkerror"), False, NONE, EXO, EXO_MX,
     LEAD),
    ("5.7.900-mail-flow-rule", "550 5.7.901 Delivery not authorized, message refused", "5.7.901", "DATA",
     ("policyviolation", "filtered", "rejected"), False, NONE, ONPREM, EXO_MX, LEAD),
    ("5.4.1-dbeb-aka-ms", "550 5.4.1 Recipient address rejected: Access denied. For more information see "
     "https://aka.ms/EXOSmtpErrors [BN1NAM02FT033.eop-nam02.prod.protection.outlook.com]", "5.4.1", "RCPT", UNKNOWN,
     True, R, EXO, EXO_MX, LEAD),
    ("5.2.2-mailbox-full-storedrv", "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException."
     "MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception", "5.2.2", "DATA",
     ("mailboxfull",), False, R, ONPREM + " (5.2.2 'mailbox full' as Exchange Online's store driver words it)",
     EXO_MX, LEAD),
    ("5.7.708-inbound", "550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more "
     "information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(2013)", "5.7.708", "MAIL",
     ("blocked",), False, S, EXO, OLC_MX, HOTMAIL),
    ("5.7.520-spam-content", "550 5.7.520 Message blocked because it contains content identified as spam. AS(4810)",
     "5.7.520", "DATA", ("spamdetected",), False, NONE, EXO_OLD + " (the ASxxx family; reply written by hand)",
     OLC_MX, HOTMAIL),
    # Outlook.com / Hotmail.
    ("olc-4.7.650-s775", f"451 4.7.650 The mail server [{SELLER_IP}] has been temporarily rate limited due to IP "
     "reputation. For e-mail delivery information, see https://postmaster.live.com (S775) "
     "[DB5EUR03FT012.eop-EUR03.prod.protection.outlook.com]", "4.7.650", "MAIL", ("badreputation",), False, S,
     SISIMAI_UNDOC, OLC_MX, HOTMAIL),
    ("olc-4.7.500-server-busy", f"451 4.7.500 Server busy. Please try again later from [{SELLER_IP}]. (AS761)",
     "4.7.500", "RCPT", ("blocked", "speeding", "toomanyconn", "systemerror", "badreputation"), False, NONE,
     SISIMAI_UNDOC, OLC_MX, HOTMAIL),
    ("olc-s3150", f"550 5.7.1 Unfortunately, messages from [{SELLER_IP}] weren't sent. Please contact your Internet "
     "service provider since part of their network is on our block list (S3150). You can also refer your provider to "
     "http://mail.live.com/mail/troubleshooting.aspx#errors. [DB3EUR04FT007.eop-eur04.prod.protection.outlook.com]",
     "5.7.1", "MAIL", ("blocked",), False, S, BLOCKLIST_PAGES, OLC_MX, HOTMAIL),
    ("olc-s3140", f"550 5.7.1 Unfortunately, messages from [{SELLER_IP}] weren't sent. Please contact your Internet "
     "service provider since part of their network is on our block list (S3140). You can also refer your provider to "
     "http://mail.live.com/mail/troubleshooting.aspx#errors. [DM6NAM12FT056.eop-nam12.prod.protection.outlook.com]",
     "5.7.1", "MAIL", ("blocked",), False, S, BLOCKLIST_PAGES, OLC_MX, HOTMAIL),
    ("olc-ou-002", f"550 5.7.1 Unfortunately, messages from [{SELLER_IP}] weren't sent. Please contact your Internet "
     "service provider since part of their network is on our block list (OU-002). You can also refer your provider to "
     "http://mail.live.com/mail/troubleshooting.aspx", "5.7.1", "MAIL", ("blocked",), False, S, BLOCKLIST_PAGES,
     OLC_MX, HOTMAIL),
    ("olc-spamhaus-as3130", f"550 5.7.1 Service unavailable, Client host [{SELLER_IP}] blocked using Spamhaus. To "
     f"request removal from this list see https://www.spamhaus.org/query/ip/{SELLER_IP} AS(1450)", "5.7.1", "MAIL",
     ("blocked",), False, S, EXO_OLD + " (the AS(nnnn) tag's shape as 5.7.513's reply carries it)", OLC_MX, HOTMAIL),
]
# The older Outlook.com tags, each in the SC-001 sentence's shape (binarylane's quote).
for _code in ("SC-001", "SC-002", "SC-003", "SC-004", "DY-001", "DY-002", "OU-001"):
    INBOUND.append((f"olc-{_code.lower()}", f"550 {_code} (BAY004-MC4F49) Unfortunately, messages from {SELLER_IP} "
                    "weren't sent. Please contact your Internet service provider since part of their network is on "
                    "our block list. You can also refer your provider to "
                    "http://mail.live.com/mail/troubleshooting.aspx#errors.", "5.0.0", "MAIL", ("blocked",), False,
                    S, OLC_CODES, OLC_MX, HOTMAIL))


def _inbound_rows() -> list[tuple]:
    rows = []
    for name, reply, status, command, reasons, hard, scope, source, mx, address in INBOUND:
        temporary = status.startswith("4")
        expected = [(address, hard, reasons, scope, temporary)]
        rows.append((f"{name}-relayed", f"{source} (our Postfix relay's report)",
                     relayed(reply, status=status, command=command, remote=mx, address=address), expected))
        if temporary:
            continue
        rows.append((f"{name}-gmail", f"{source} (Gmail's own DSN quoting it)", _gmail(reply, status, address, mx),
                     expected))
        rows.append((f"{name}-exo", f"{source} (Exchange Online's NDR quoting the remote reply)",
                     exchange_own(reply, status=status, body=_exo_body(address), address=address, remote=mx),
                     expected))
    return rows


# ---- Exchange Online's own NDR to its sending user (our mailbox at Microsoft 365): refusals of
# the sending account or tenant (sender-side: never the prospect's fault), and its own failures
# to deliver outward. No Remote-MTA unless one answered.
# (name, diagnostic, status, reasons, hard, scope, source)
OWN = [
    ("own-4.4.7-message-expired", "550 4.4.7 QUEUE.Expired; message expired", "4.4.7", ("expired",), False, NONE, EXO),
    ("own-5.4.300-message-expired", "550 5.4.300 Message expired -> 451 4.4.0 DNS query failed", "5.4.300",
     ("expired", "networkerror"), False, NONE, EXO),
    ("own-4.4.316-connection-refused", "550 4.4.316 Connection refused [Message=Socket error code 10061] "
     "[LastAttemptedServerName=mx.partner.example] [LastAttemptedIP=198.51.100.25:25]", "4.4.316",
     ("networkerror", "expired"), False, NONE, EXO),
    ("own-5.4.8-mta-sts-mx", "550 5.4.8 MX hosts of partner.example failed MTA-STS validation.", "5.4.8",
     ("securityerror", "networkerror"), False, NONE, EXO),
    ("own-5.7.321-starttls", "550 5.7.321 starttls-not-supported: Destination mail server must support TLS to receive "
     "mail.", "5.7.321", ("securityerror", "networkerror"), False, NONE, EXO),
    ("own-5.7.322-certificate-expired", "550 5.7.322 certificate-expired: Destination mail server's certificate is "
     "expired.", "5.7.322", ("securityerror", "networkerror"), False, NONE, EXO),
    ("own-5.7.323-tlsa", "550 5.7.323 tlsa-invalid: The domain failed DANE validation.", "5.7.323",
     ("securityerror", "networkerror"), False, NONE, EXO),
    ("own-5.7.324-dnssec", "550 5.7.324 dnssec-invalid: Destination domain returned invalid DNSSEC records", "5.7.324",
     ("securityerror", "networkerror"), False, NONE, EXO),
    ("own-5.7.325-host-mismatch", "550 5.7.325 certificate-host-mismatch: Remote certificate MUST have a common name "
     "or subject alternative name matching the hostname (DANE)", "5.7.325", ("securityerror", "networkerror"), False,
     NONE, EXO),
    ("own-5.1.8-bad-outbound-sender", "550 5.1.8 Access denied, bad outbound sender AS(42020612)", "5.1.8",
     ("rejected", "blocked", "spamdetected"), False, S, EXO),
    ("own-5.1.90-daily-recipients", "550 5.1.90 Your message can't be sent because you've reached your daily limit "
     "for message recipients.", "5.1.90", ("speeding",), False, S, EXO),
    ("own-5.2.2-submission-quota", "554 5.2.2 Submission quota exceeded", "5.2.2", ("speeding",), False, S, EXO),
    ("own-submission-quota-no-code", "554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException; The "
     "message can't be submitted because the sender's submission quota was exceeded", "5.2.0", ("speeding",), False, S,
     EXO),
    ("own-5.7.57-anonymous", "530 5.7.57 Client was not authenticated to send anonymous mail during MAIL FROM",
     "5.7.57", ("securityerror",), False, S, EXO),
    ("own-5.7.501-spam-abuse", "550 5.7.501 Access denied, spam abuse detected. The sending account has been banned.",
     "5.7.501", ("spamdetected", "blocked", "rejected"), False, S, EXO),
    ("own-5.7.502-banned-sender", "550 5.7.502 Access denied, banned sender", "5.7.502",
     ("spamdetected", "blocked", "rejected"), False, S, EXO),
    ("own-5.7.503-banned-sender", "550 5.7.503 Access denied, banned sender", "5.7.503",
     ("spamdetected", "blocked", "rejected"), False, S, EXO),
    ("own-5.7.703-tenant-block-list", "550 5.7.703 Your message can't be delivered because messages to "
     "lead@contoso.example are blocked by your organization using Tenant Allow Block List.", "5.7.703",
     ("filtered", "blocked", "policyviolation", "rejected"), False, NONE, EXO),
    ("own-5.7.705-tenant-threshold", "550 5.7.705 Access denied, tenant has exceeded threshold", "5.7.705",
     ("blocked", "spamdetected", "speeding"), False, S, EXO),
    ("own-5.7.708-traffic-not-accepted", "550 5.7.708 Service unavailable. Access denied, traffic not accepted from "
     "this IP.", "5.7.708", ("blocked",), False, S, EXO),
    ("own-5.7.750-unregistered-domains", "550 5.7.750 Service unavailable. Client blocked from sending from "
     "unregistered domains", "5.7.750", ("blocked", "rejected"), False, S, EXO),
    ("own-5.7.800-banned-sender-domain", "550 5.7.800 Access denied, banned sender", "5.7.800",
     ("blocked", "rejected", "spamdetected"), False, S, EXO),
    ("own-5.7.520-external-forwarding", "550 5.7.520 Access denied, Your organization does not allow external "
     "forwarding. Please contact your administrator for further assistance. AS(7555)", "5.7.520",
     ("policyviolation", "filtered", "rejected", "norelaying"), False, NONE,
     "Microsoft Learn 'Configuring and controlling external email forwarding in Microsoft 365' (the NDR its "
     "outbound spam policy writes)"),
]


# Exchange Online's own outbound failures its "Fix email delivery issues" pages name by code
# (the DNS and connection failures of 5.4.3xx, 4.4.3xx; the reply shapes as its NDRs word them,
# written by hand after the table's 4.4.316 line).
FIX_PAGES = ("learn.microsoft.com 'Fix email delivery issues for error code 5.4.310/5.4.312/5.4.316 ...' family, "
             "after the table's 4.4.316 line (reply shape written by hand)")
OWN += [
    ("own-5.4.310-dns-domain-does-not-exist", "550 5.4.310 DNS domain partner.example does not exist "
     "[Message=InfoDomainNonexistent] [LastAttemptedServerName=partner.example]", "5.4.310", ("hostunknown",), True, R,
     FIX_PAGES),
    # A failed DNS query is an outage, not a domain known to be gone: soft.
    ("own-5.4.312-dns-query-failed", "550 5.4.312 DNS query failed [Message=InfoNoRecordOfRequestedType] "
     "[LastAttemptedServerName=partner.example]", "5.4.312", ("networkerror", "hostunknown", "expired"), False, NONE,
     FIX_PAGES),
    ("own-5.4.316-expired-connection-refused", "550 5.4.316 Message expired, connection refused(Socket error code "
     "10061)", "5.4.316", ("expired", "networkerror"), False, NONE, FIX_PAGES),
    ("own-5.4.300-expired-connection-timeout", "550 5.4.300 Message expired -> 451 4.4.397 Error communicating with "
     "target host. -> 421 4.4.2 Connection dropped due to SocketError. [LastAttemptedServerName=mx.partner.example]",
     "5.4.300", ("expired", "networkerror"), False, NONE, FIX_PAGES),
    ("own-5.2.252-sendasdenied", "554 5.2.252 SendAsDenied; seller@example.com not allowed to send as "
     "boss@example.com; STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied", "5.2.252",
     ("rejected", "securityerror"), False, S, EXO_OLD + " (the 5.7.60 SendAs family; reply written by hand)"),
    ("own-5.7.60-send-as", "550 5.7.60 SMTP; Client does not have permissions to send as this sender", "5.7.60",
     ("rejected", "securityerror"), False, S, "Microsoft Learn 'Fix email delivery issues for error code 5.7.60'"),
]


def _own_rows() -> list[tuple]:
    return [(name, f"{source} (Exchange Online's own NDR, no Remote-MTA)",
             exchange_own(diag, status=status, body=_exo_body(LEAD), address=LEAD, remote=None),
             [(LEAD, hard, reasons, scope, False)]) for name, diag, status, reasons, hard, scope, source in OWN]


# ---- Exchange Server on premises (a prospect's own server answering, or its DSN about its own
# mailbox): the texts of "DSN message codes in Exchange Server".
# (name, reply, status, command, reasons, hard, scope)
ONPREM_REPLIES = [
    ("onprem-5.1.1-exrecipnotfound", "550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found", "5.1.1", "RCPT", UNKNOWN,
     True, R),
    ("onprem-5.1.1-user-unknown", "550 5.1.1 User unknown", "5.1.1", "RCPT", UNKNOWN, True, R),
    ("onprem-5.1.3-invalid-recipient", "550 5.1.3 STOREDRV.Submit; invalid recipient address", "5.1.3", "RCPT",
     UNKNOWN + ("syntaxerror",), True, R),
    ("onprem-5.2.2-mailbox-full", "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException."
     "MapiExceptionShutoffQuotaExceeded", "5.2.2", "DATA", ("mailboxfull",), False, R),
    ("onprem-5.2.3-recipsizelimit", "550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient",
     "5.2.3", "DATA", ("exceedlimit", "mesgtoobig"), False, NONE),
    ("onprem-5.3.4-fixed-maximum", "552 5.3.4 Message size exceeds fixed maximum message size", "5.3.4", "DATA",
     ("mesgtoobig",), False, NONE),
    ("onprem-5.4.6-hop-count", "554 5.4.6 Hop count exceeded - possible mail loop", "5.4.6", "DATA",
     ("networkerror", "systemerror"), False, NONE),
    ("onprem-5.7.1-unable-to-relay", "550 5.7.1 Unable to relay", "5.7.1", "RCPT", ("norelaying",), False, NONE),
    ("onprem-5.7.3-not-authorized", "530 5.7.3 Client was not authenticated; Cannot achieve Exchange Server "
     "authentication", "5.7.3", "MAIL", ("securityerror",), False, NONE),
    ("onprem-5.1.7-invalid-sender", "550 5.1.7 Invalid address", "5.1.7", "MAIL", ("rejected",), False, S),
    ("onprem-5.5.2-send-hello-first", "503 5.5.2 Send hello first", "5.5.2", "MAIL", ("syntaxerror",), False, NONE),
    ("onprem-5.2.1-content-filter", "550 5.2.1 Content Filter agent quarantined this message", "5.2.1", "DATA",
     ("spamdetected", "filtered"), False, NONE),
    ("onprem-5.4.4-nonexistent-domain", "550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain", "5.4.4", None,
     ("hostunknown",), True, R),
    ("onprem-4.3.2-service-not-active", "421 4.3.2 Service not active", "4.3.2", "CONN",
     ("systemerror", "notaccept", "toomanyconn"), False, NONE),
    ("onprem-4.3.1-insufficient-resources", "452 4.3.1 Insufficient system resources", "4.3.1", "MAIL",
     ("systemfull",), False, NONE),
]

CONTENT_FILTER = ("Exchange's Content Filter agent's default RejectionResponse (Set-ContentFilterConfig); the reply as "
                  "a pastebin NDR quotes it (weak)")
SENDER_ID = ("the Sender ID agent's reply as support.microfocus.com 7019832 and knowledge.broadcom.com 154549 quote "
             "it (weak)")
MAX_CONN = "learn.microsoft.com/answers question 407670 (an Exchange admin quoting the Receive connector's reply; weak)"
ONPREM_REPLIES += [
    ("onprem-5.7.1-content-filtering", "550 5.7.1 Message rejected as spam by Content Filtering.", "5.7.1", "DATA",
     ("spamdetected",), False, NONE, CONTENT_FILTER),
    ("onprem-5.7.1-sender-id", "550 5.7.1 Sender ID (PRA) Not Permitted", "5.7.1", "DATA", ("authfailure",), False, S,
     SENDER_ID),
    ("onprem-5.2.1-mailbox-cannot-be-accessed", "550 5.2.1 Mailbox cannot be accessed", "5.2.1", "RCPT",
     ("suspend", "filtered"), False, NONE),
    ("onprem-4.3.2-max-connections", "421 4.3.2 The maximum number of concurrent server connections has exceeded a "
     "per-source limit, closing transmission channel", "4.3.2", "CONN", ("toomanyconn",), False, NONE, MAX_CONN),
    ("onprem-4.4.2-connection-dropped", "421 4.4.2 Connection dropped", "4.4.2", "DATA", ("networkerror",), False,
     NONE),
    ("onprem-4.7.0-prx4", "451 4.7.0 Temporary server error. Please try again later. PRX4 NextHop: "
     "mail.contoso.example", "4.7.0", "DATA", ("systemerror",), False, NONE, SISIMAI_UNDOC),
    ("onprem-4.4.4-attr5", "451 4.4.4 Temporary server error. Please try again later ATTR5", "4.4.4", "RCPT",
     ("systemerror", "networkerror"), False, NONE, SISIMAI_UNDOC),
]


def _onprem_rows() -> list[tuple]:
    rows = []
    for name, reply, status, command, reasons, hard, scope, *cited in ONPREM_REPLIES:
        source = cited[0] if cited else ONPREM
        temporary = status.startswith("4")
        expected = [(LEAD, hard, reasons, scope, temporary)]
        rows.append((f"{name}-relayed", source + " (our Postfix relay's report)",
                     relayed(reply, status=status, command=command, remote="mail.contoso.example", address=LEAD),
                     expected))
        if not temporary:
            rows.append((f"{name}-gmail", source + " (Gmail's own DSN quoting it)",
                         _gmail(reply, status, LEAD, "mail.contoso.example"), expected))
    return rows


# ---- Controls: Microsoft's sender-side words from another host, and Microsoft's recipient words
# under a temporary code (a 4xx never makes a hard bounce).
CONTROLS = [
    ("control-5.5.0-mailbox-unavailable-4xx", "control, hand-made: Outlook.com's 'mailbox unavailable' under a 4xx",
     relayed("451 4.5.0 Requested action not taken: mailbox unavailable (S2017062302)", status="4.5.0",
             command="RCPT", remote=OLC_MX, address=HOTMAIL),
     [(HOTMAIL, False, (), NONE, True)]),
    ("control-dbeb-at-mail-from", "control, hand-made: 'Recipient address rejected: Access denied' said at MAIL FROM "
     "by another host",
     relayed("550 5.4.1 Sender address rejected: Access denied", status="5.4.1", command="MAIL", remote=OTHER_MX,
             address=LEAD),
     [(LEAD, False, (), NONE, False)]),
]

# ---- Exchange Online's NDR to a Microsoft 365 sender with no Remote-MTA for a refusal by another
# tenant's edge (the NDR names Microsoft's reply, not its host): the reply's own marks must
# carry it. Before the fix (classifier/remote/microsoft.py MARKERS), the DBEB refusal read
# filtered, soft: a dead address kept in the sequence.
S775 = ("451 4.7.650 The mail server [192.0.2.7] has been temporarily rate limited due to IP reputation. For e-mail "
        "delivery information, see https://postmaster.live.com (S775) "
        "[DB5EUR03FT012.eop-EUR03.prod.protection.outlook.com]")
NO_HOST = [
    ("exo-no-host-5.4.1-dbeb-as-tag", "550 5.4.1 Recipient address rejected: Access denied. AS(201806281)", "5.4.1",
     LEAD, UNKNOWN, True, R, EXO + "; the AS(201806281) tag as simplefastwebsites.com and suped.com quote it (weak)"),
    ("exo-no-host-5.7.504", f"550 5.7.504 [{LEAD}]: Recipient address rejected: Access denied", "5.7.504", LEAD,
     UNKNOWN, True, R, EXO),
    ("exo-no-host-5.1.10", f"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {LEAD} not found by SMTP address "
     "lookup", "5.1.10", LEAD, UNKNOWN + ("notaccept",), True, R, EXO),
    ("exo-no-host-5.5.0", "550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302).", "5.5.0", HOTMAIL,
     UNKNOWN, True, R, EXO),
    ("exo-no-host-4.4.7-after-s775", f"550 4.4.7 Message expired -> {S775}", "4.4.7", HOTMAIL,
     ("badreputation", "expired"), False, NONE, SISIMAI_UNDOC + " (S775's reply, quoted in a 4.4.7 NDR by hand)"),
]
NO_HOST_ROWS = [(name, f"{source} (Exchange Online's own NDR, no Remote-MTA)",
                 exchange_own(diag, status=status, body=_exo_body(address), address=address, remote=None),
                 [(address, hard, reasons, scope, False)])
                for name, diag, status, address, reasons, hard, scope, source in NO_HOST]
NO_HOST_ROWS.append(("olc-4.7.650-s775-gmail-final", SISIMAI_UNDOC + " (Gmail's DSN giving up on it, Action failed)",
                     _gmail(S775, "4.7.650", HOTMAIL, OLC_MX), [(HOTMAIL, False, ("badreputation",), S, False)]))

ROWS = _inbound_rows() + _own_rows() + _onprem_rows() + CONTROLS + NO_HOST_ROWS
