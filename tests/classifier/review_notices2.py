"""A second independent review's notices (review2), Exchange / Microsoft 365 here (gateways and
groupware: review_notices2_gateways.py): whole notices written the way the generator lays them out, each wording from the vendor's own documentation or help page (named
in the row). The expectation was written from those words and shared/classifier/taxonomy.md
BEFORE the classifier was run. test_review_notices2.py runs them. All HAND-MADE.

A row: (name, source, raw message, expected) where expected lists, per failed recipient,
(address, hard, allowed reasons or None, scope or None, delay), read as in review_notices.py:
`hard` is the product's reading (hard_bounce, never on a delay warning); None for reasons or
scope means the sources leave it open and only hard/soft is asserted."""

from __future__ import annotations

from tests.classifier.notices import LEAD, exchange_own, gmail_own, relayed
from tests.classifier.review_notices import exchange_text

UNKNOWN = ("userunknown",)
R, S = "recipient", "sender"

# Sources (each wording below is quoted from one of these).
MS_NDR = ("Microsoft Learn 'Email non-delivery reports and SMTP errors in Exchange Online' (MicrosoftDocs/"
          "SupportArticles-docs Exchange/ExchangeOnline/email-delivery/ndr/non-delivery-reports-in-exchange-online.md)")
MS_LOOP = "MicrosoftDocs/SupportArticles-docs .../ndr/fix-error-code-5-4-6-through-5-4-20-in-exchange-online.md"
MS_541 = "MicrosoftDocs/SupportArticles-docs .../ndr/fix-error-code-550-5-4-1-in-exchange-online.md ('Details about this NDR')"
MS_ANATOMY = MS_NDR[:-1] + ": 'What's included in an NDR?', 'Diagnostic information for administrators' layout)"
MS_700 = "MicrosoftDocs/SupportArticles-docs .../ndr/fix-error-code-5-7-700-through-5-7-750.md"
EXO_HOST = "partner-example.mail.protection.outlook.com"


def exo_delay(text: str, status: str, address: str = LEAD) -> bytes:
    """Exchange Online's own 'Delivery has been delayed' DSN (Action: delayed) to its user."""
    return ("From: Microsoft Outlook <postmaster@seller.example>\nTo: seller@example.com\n"
            "Subject: Delivery delayed:Quick question\nX-Hand-Made: yes (Exchange Online delay DSN)\nMIME-Version: 1.0\n"
            'Content-Type: multipart/report; report-type=delivery-status; boundary="d1"\n\n'
            "--d1\nContent-Type: text/plain; charset=us-ascii\n\n"
            f"Delivery is delayed to these recipients or groups:\n\n{address}\n\nSubject: Quick question\n\n"
            "This message hasn't been delivered yet. Delivery will continue to be attempted.\n\n"
            "The server will keep trying to deliver this message for the next 1 days, 19 hours and 52 minutes. "
            "You'll be notified if the message can't be delivered by that time.\n\n"
            "Diagnostic information for administrators:\n\nGenerating server: BN8PR12MB1234.namprd12.prod.outlook.com\n"
            f"Receiving server: mx.partner.example\n\n{address}\nServer at mx.partner.example returned '{text}'\n\n"
            "--d1\nContent-Type: message/delivery-status\n\nReporting-MTA: dns;BN8PR12MB1234.namprd12.prod.outlook.com\n\n"
            f"Final-Recipient: rfc822;{address}\nAction: delayed\nStatus: {status}\nRemote-MTA: dns;mx.partner.example\n"
            f"Diagnostic-Code: smtp;{text}\n\n--d1\nContent-Type: text/rfc822-headers\n\n"
            f"From: seller@example.com\nTo: {address}\nSubject: Quick question\nMessage-ID: <review2-delay@example.com>\n\n"
            "--d1--\n").encode()


GM_BODY = "Your message wasn't delivered to lead@example.org because the remote server returned an error."
_NOT_DELIVERED = "Your message to lead@example.org couldn't be delivered."

# ---- Exchange Online Protection refusing our mail at its door (quoted by our relay or Gmail) --
INBOUND_EOP = [
    ("eop-5.4.1-recipient-access-denied", MS_NDR + ": 5.4.1 'Recipient address rejected: Access denied' = 'The "
     "recipient's address doesn't exist' (Directory Based Edge Blocking)",
     relayed("550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [DM6NAM11FT012.eop-nam11.prod."
             "protection.outlook.com]", status="5.4.1", remote=EXO_HOST),
     [(LEAD, True, UNKNOWN, R, False)]),
    ("eop-5.4.1-recipient-access-denied-gmail", MS_NDR + " (5.4.1 DBEB refusal, as Gmail quotes it)",
     gmail_own(f"550 5.4.1 [{LEAD}]: Recipient address rejected: Access denied. AS(201806281) [BN8NAM12FT045.eop-"
               "nam12.prod.protection.outlook.com]", status="5.4.1", heading="Message not delivered",
               remote=EXO_HOST, body=GM_BODY),
     [(LEAD, True, UNKNOWN, R, False)]),
    ("eop-5.4.1-recipient-access-denied-ex-text", MS_NDR + " (5.4.1 DBEB refusal in an on-premises Exchange NDR "
     "with no DSN part, 'Remote Server returned')",
     exchange_text("e1", "Quick question", f"{EXO_HOST} rejected your message to the following email addresses:\n\n"
                   f"{LEAD} ({LEAD})\n\nDiagnostic information for administrators:\n\nGenerating server: "
                   f"EXCH01.seller.example\n\n{LEAD}\n{EXO_HOST}\nRemote Server returned '550 5.4.1 [{LEAD}]: "
                   "Recipient address rejected: Access denied [CY1GCC01FT007.eop-gcc01.prod.protection.outlook.com]'\n",
                   "Microsoft Exchange <postmaster@seller.example>"),
     [(LEAD, True, UNKNOWN, R, False)]),
    ("eop-5.7.504-recipient-access-denied", MS_NDR + ": 5.7.504 '[email]: Recipient address rejected: Access "
     "denied' = 'The recipient address that you're attempting to contact isn't valid'",
     relayed(f"550 5.7.504 [{LEAD}]: Recipient address rejected: Access denied", status="5.7.504", remote=EXO_HOST),
     [(LEAD, True, UNKNOWN, R, False)]),
    ("eop-5.7.505-banned-recipient", MS_NDR + ": 5.7.505 'Access denied, banned recipient' = 'The recipient that "
     "you're attempting to contact isn't valid'",
     relayed("550 5.7.505 Access denied, banned recipient", status="5.7.505", remote=EXO_HOST),
     [(LEAD, True, UNKNOWN, R, False)]),
    ("eop-5.1.10-recipient-not-found", MS_NDR + ": 5.1.10 'Recipient not found': 'The recipient's <SMTP Address> "
     "wasn't found by SMTP address lookup'",
     relayed(f"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {LEAD} not found by SMTP address lookup",
             status="5.1.10", remote=EXO_HOST),
     [(LEAD, True, UNKNOWN, R, False)]),
    ("outlookcom-5.5.0-mailbox-unavailable", MS_NDR + ": 5.5.0 'Requested action not taken: mailbox unavailable' "
     "for @hotmail.com/@outlook.com: 'wasn't found by SMTP address lookup. Similar to 550 5.1.10'",
     relayed("550 5.5.0 Requested action not taken: mailbox unavailable", status="5.5.0",
             address="lead@outlook.com", remote="outlook-com.olc.protection.outlook.com"),
     [("lead@outlook.com", True, UNKNOWN, R, False)]),
    ("eop-5.7.606-banned-sending-ip", MS_NDR + ": 5.7.606-649 'Access denied, banned sending IP'",
     relayed("550 5.7.606 Access denied, banned sending IP [192.0.2.44]. To request removal from this list please "
             "visit https://sender.office.com/ and follow the directions.", status="5.7.606", remote=EXO_HOST),
     [(LEAD, False, ("blocked", "badreputation"), S, False)]),
    ("eop-5.7.506-bad-helo", MS_NDR + ": 5.7.506 'Access Denied, Bad HELO'",
     relayed("550 5.7.506 Access Denied, Bad HELO", status="5.7.506", command="MAIL", remote=EXO_HOST),
     [(LEAD, False, ("blocked",), S, False)]),
    ("eop-5.7.508-ipv6-range-limit", MS_NDR + ": 5.7.508 'Access denied, [$SenderIPAddress] has exceeded permitted "
     "limits within $range range'",
     relayed("550 5.7.508 Access denied, [2001:db8::25] has exceeded permitted limits within /64 range",
             status="5.7.508", command="MAIL", remote=EXO_HOST),
     [(LEAD, False, None, S, False)]),
    ("eop-5.7.510-no-ipv6", MS_NDR + ": 5.7.510 'Access denied, [contoso.com] does not accept email over IPv6'",
     relayed("550 5.7.510 Access denied, [example.org] does not accept email over IPv6", status="5.7.510",
             remote=EXO_HOST),
     [(LEAD, False, None, None, False)]),
    ("eop-5.7.512-rfc5322-from", MS_NDR + ": 5.7.512 'Access denied, message must be RFC 5322 section 3.6.2 "
     "compliant'",
     relayed("550 5.7.512 Access denied, message must be RFC 5322 section 3.6.2 compliant", status="5.7.512",
             command="DATA", remote=EXO_HOST),
     [(LEAD, False, ("notcompliantrfc",), None, False)]),
    ("eop-5.7.509-dmarc", MS_NDR + ": 5.7.509 'Access denied, sending domain [$SenderDomain] does not pass DMARC "
     "verification and has a DMARC policy of reject'",
     relayed("550 5.7.509 Access denied, sending domain [EXAMPLE.COM] does not pass DMARC verification and has a "
             "DMARC policy of reject.", status="5.7.509", command="DATA", remote=EXO_HOST),
     [(LEAD, False, ("authfailure", "policyviolation"), None, False)]),
    ("eop-5.7.23-spf", MS_NDR + ": 5.7.23 'The message was rejected because of Sender Policy Framework violation'",
     relayed("550 5.7.23 The message was rejected because of Sender Policy Framework violation", status="5.7.23",
             command="DATA", remote=EXO_HOST),
     [(LEAD, False, ("authfailure",), S, False)]),
    ("eop-4.7.500-try-later-delay", MS_NDR + ": 4.7.500-699 'Access denied, please try again later' (our relay's "
     "delay warning)",
     relayed("451 4.7.500 Access denied, please try again later. AS(7230)", status="4.7.500", remote=EXO_HOST),
     [(LEAD, False, None, None, True)]),
    ("eop-5.0.350-as345", MS_NDR + ": 5.0.350 'Requested action not taken: policy violation detected (AS345)' "
     "(nested attachments)",
     relayed("550 5.0.350 Requested action not taken: policy violation detected (AS345)", status="5.0.350",
             command="DATA", remote=EXO_HOST),
     [(LEAD, False, None, None, False)]),
]

INBOUND_EOP += [
    ("eop-5.7.1-unable-to-relay", MS_NDR + ": 5.7.1 'Unable to relay'",
     relayed("550 5.7.1 Unable to relay for lead@example.org", status="5.7.1", remote=EXO_HOST),
     [(LEAD, False, ("norelaying",), None, False)]),
    ("eop-5.7.64-tenant-attribution", MS_NDR + ": 5.7.64 'TenantAttribution; Relay Access Denied'",
     relayed("550 5.7.64 TenantAttribution; Relay Access Denied [SN1NAM02FT012.eop-nam02.prod.protection.outlook.com]",
             status="5.7.64", remote=EXO_HOST),
     [(LEAD, False, ("norelaying",), None, False)]),
    ("eop-5.1.0-sender-denied", MS_NDR + ": 5.1.0 'Sender denied' (the sender's address, or a recipient Exchange "
     "could not resolve from a saved message: nothing says the address is gone)",
     relayed("550 5.1.0 Sender denied", status="5.1.0", remote=EXO_HOST),
     [(LEAD, False, None, None, False)]),
]

# ---- Exchange's own NDRs to its user (no Remote-MTA; generated in the sender's tenant) --------
EXCHANGE_OWN = [
    ("exo-own-5.4.14-hop-count", MS_LOOP + ": '5.4.14 Hop count exceeded - possible mail loop ATTR34'",
     exchange_own("554 5.4.14 Hop count exceeded - possible mail loop ATTR34 [BN8NAM12FT045.eop-nam12.prod.protection."
                  "outlook.com]", status="5.4.14", body=_NOT_DELIVERED),
     [(LEAD, False, ("systemerror", "networkerror"), None, False)]),
    ("exo-own-5.4.6-hop-count", MS_LOOP + ": '554 5.4.6 Hop count exceeded - possible mail loop' (on-premises)",
     exchange_own("554 5.4.6 Hop count exceeded - possible mail loop", status="5.4.6", body=_NOT_DELIVERED),
     [(LEAD, False, ("systemerror", "networkerror"), None, False)]),
    ("exo-own-4.4.7-expired", MS_NDR + ": 4.4.7 'Message expired' (Action failed after the retry period)",
     exchange_own("550 4.4.7 QUEUE.Expired; message expired", status="4.4.7", body=_NOT_DELIVERED),
     [(LEAD, False, ("expired",), R, False)]),
    ("exo-own-5.4.300-expired", MS_NDR + ": 5.4.300 'Message expired'",
     exchange_own("550 5.4.300 Message expired", status="5.4.300", body=_NOT_DELIVERED),
     [(LEAD, False, ("expired",), R, False)]),
    ("exo-delay-4.4.316-connection-refused", MS_NDR + ": 4.4.316 'Connection refused [Message=Socket error code "
     "10061]' in a delay notice",
     exo_delay("451 4.4.316 Connection refused [Message=Socket error code 10061] [LastAttemptedServerName="
               "mx.partner.example]", "4.4.316"),
     [(LEAD, False, None, R, True)]),
    ("exo-own-5.7.124-allowed-senders", MS_NDR + ": 5.7.124 'Sender not in allowed-senders list' (the recipient "
     "group's delivery restriction)",
     exchange_own("550 5.7.124 RESOLVER.RST.NotAuthorized; Sender not in allowed-senders list", status="5.7.124",
                  body=_NOT_DELIVERED),
     [(LEAD, False, None, R, False)]),
    ("exo-own-5.7.133-group", MS_NDR + ": 5.7.133 'Sender not authenticated for group'",
     exchange_own("550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; Sender not authenticated for group",
                  status="5.7.133", body=_NOT_DELIVERED),
     [(LEAD, False, None, R, False)]),
    ("exo-own-5.7.134-mailbox", MS_NDR + ": 5.7.134 'Sender was not authenticated for mailbox' (a mailbox set to "
     "reject outside senders)",
     exchange_own("550 5.7.134 RESOLVER.RST.SenderNotAuthenticatedForMailbox; Sender was not authenticated for "
                  "mailbox", status="5.7.134", body=_NOT_DELIVERED),
     [(LEAD, False, None, R, False)]),
    ("exo-own-5.7.135-public-folder", MS_NDR + ": 5.7.135 'Sender was not authenticated for public folder'",
     exchange_own("550 5.7.135 RESOLVER.RST.SenderNotAuthenticatedForPublicFolder; Sender was not authenticated for "
                  "public folder", status="5.7.135", body=_NOT_DELIVERED),
     [(LEAD, False, None, R, False)]),
    ("exo-own-5.7.136-mail-user", MS_NDR + ": 5.7.136 'Sender was not authenticated' (a mail user set to reject "
     "outside senders)",
     exchange_own("550 5.7.136 RESOLVER.RST.SenderNotAuthenticated; Sender was not authenticated",
                  status="5.7.136", body=_NOT_DELIVERED),
     [(LEAD, False, None, R, False)]),
    ("exo-own-5.7.1-delivery-not-authorized", MS_NDR + ": 5.7.1 'Delivery not authorized'",
     exchange_own("550 5.7.1 RESOLVER.RST.AuthRequired; Delivery not authorized", status="5.7.1", body=_NOT_DELIVERED),
     [(LEAD, False, None, R, False)]),
    ("ex-onprem-530-client-not-authenticated", MS_NDR + " ('How to interpret an Exchange NDR': '#<exchange.contoso."
     "com #5.7.1 smtp;530 5.7.1 Client was not authenticated> #SMTP#')",
     exchange_text("e2", "Quick question", "Delivery has failed to these recipients or groups:\n\n"
                   f"{LEAD}\nYour message wasn't delivered due to a permission or security issue. It might have been "
                   "rejected by a moderator, the address might only accept email from certain senders, or another "
                   "restriction might be preventing delivery. The following organization rejected your message: "
                   "mx.example.org.\n\nDiagnostic information for administrators:\n\nGenerating server: "
                   f"seller.example\n\n{LEAD}\nmx.example.org #<mx.example.org #5.7.1 smtp;530 5.7.1 Client was not "
                   "authenticated> #SMTP#\n", "Microsoft Exchange <postmaster@seller.example>"),
     [(LEAD, False, None, None, False)]),
    ("exo-own-5.1.8-bad-outbound-sender", MS_NDR + ": 5.1.8 'Access denied, bad outbound sender'",
     exchange_own("550 5.1.8 Access denied, bad outbound sender AS(42004)", status="5.1.8", body=_NOT_DELIVERED),
     [(LEAD, False, None, S, False)]),
    ("exo-own-5.7.501-spam-abuse", MS_NDR + ": 5.7.501 'Access denied, spam abuse detected' (the sending account "
     "banned)",
     exchange_own("550 5.7.501 Access denied, spam abuse detected. For more information please go to "
                  "http://go.microsoft.com/fwlink/?LinkId=526653", status="5.7.501", body=_NOT_DELIVERED),
     [(LEAD, False, None, S, False)]),
    ("exo-own-5.7.502-banned-sender", MS_NDR + ": 5.7.502 'Access denied, banned sender'",
     exchange_own("550 5.7.502 Access denied, banned sender", status="5.7.502", body=_NOT_DELIVERED),
     [(LEAD, False, None, S, False)]),
    ("exo-own-5.7.708-ip", MS_700 + ": '5.7.708 Access denied, traffic not accepted from this IP'",
     exchange_own("550 5.7.708 Access denied, traffic not accepted from this IP", status="5.7.708",
                  body=_NOT_DELIVERED),
     [(LEAD, False, None, S, False)]),
    ("exo-own-5.7.703-tenant-recipient-block", MS_700 + ": '5.7.703 ... one or more recipients are blocked by your "
     "organization's tenant recipient block policy' (our own organisation's block list, not the address)",
     exchange_own("550 5.7.703 Your message can't be delivered because one or more recipients are blocked by your "
                  "organization's tenant recipient block policy.", status="5.7.703", body=_NOT_DELIVERED),
     [(LEAD, False, None, None, False)]),
    ("exo-own-5.2.2-submission-quota", MS_NDR + ": 5.2.2 'Submission quota exceeded' (the sender's rate limit)",
     exchange_own("554 5.2.2 Submission quota exceeded", status="5.2.2", body=_NOT_DELIVERED),
     [(LEAD, False, None, S, False)]),
    ("exo-own-5.6.11-bare-lf", MS_NDR + ": 5.6.11 'Invalid characters' (bare line feeds added by the sender's "
     "program)",
     exchange_own("550 5.6.11 SMTPSEND.BareLinefeedsAreIllegal; message contains bare linefeeds, which cannot be "
                  "sent via DATA and receiving system does not support BDAT", status="5.6.11", body=_NOT_DELIVERED),
     [(LEAD, False, ("contenterror",), None, False)]),
]

def exo_html(diagnostic: str, status: str, cause: str, address: str = LEAD) -> bytes:
    """Exchange Online's newest NDR (MS_ANATOMY 'the newest style NDR': the Office 365 logo, Cause,
    Fix-it owner, How to fix it, More info for email admins, Message hops) as it travels: a
    multipart/report whose first part is multipart/alternative (text and HTML), then the DSN and
    the returned headers."""
    text = (f"Your message to {address} couldn't be delivered.\n\n{cause}\n\nseller     Office 365     "
            f"{address.split('@')[0]}\nAction Required                 Recipient\n\nHow to Fix It\n...\n\n"
            "More Info for Email Admins\n"
            f"Status code: {status}\n\nOriginal Message Details\nCreated Date: 12/3/2026 9:59:58 AM\n"
            f"Sender Address: seller@example.com\nRecipient Address: {address}\nSubject: Quick question\n\n"
            f"Error Details\nReported error: {diagnostic}\nDSN generated by: BN8PR12MB1234.namprd12.prod.outlook.com\n")
    html = ("<html><body><table><tr><td><b>Your message to " + address + " couldn't be delivered.</b></td></tr>"
            f"<tr><td>{cause}</td></tr>"
            f"<tr><td>Status code: <b>{status}</b></td></tr><tr><td>Reported error: <em>{diagnostic}</em></td></tr>"
            "</table></body></html>")
    return ("From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@seller.example>\n"
            "To: seller@example.com\nSubject: Undeliverable: Quick question\nX-Hand-Made: yes (Exchange Online "
            "newest-style NDR)\nMIME-Version: 1.0\n"
            'Content-Type: multipart/report; report-type=delivery-status; boundary="r1"\n\n'
            '--r1\nContent-Type: multipart/alternative; differences=Content-Type; boundary="a1"\n\n'
            f"--a1\nContent-Type: text/plain; charset=us-ascii\n\n{text}\n"
            f"--a1\nContent-Type: text/html; charset=us-ascii\n\n{html}\n--a1--\n\n"
            "--r1\nContent-Type: message/delivery-status\n\nReporting-MTA: dns;BN8PR12MB1234.namprd12.prod.outlook.com\n"
            f"Received-From-MTA: dns;BN8PR12MB5678.namprd12.prod.outlook.com\n\nFinal-Recipient: rfc822;{address}\n"
            f"Action: failed\nStatus: {status.split()[-1]}\nDiagnostic-Code: smtp;{diagnostic}\n\n"
            "--r1\nContent-Type: text/rfc822-headers\n\n"
            f"From: seller@example.com\nTo: {address}\nSubject: Quick question\n"
            "Message-ID: <review2-html@example.com>\n\n--r1--\n").encode()


_ANNA, _BOB = "anna@partner.example", "bob@partner.example"


def _two(diag_anna: str, diag_bob: str) -> str:
    """An on-premises Exchange NDR body naming two recipients, each with its own diagnostic
    (MS_ANATOMY: '<rejected recipient>', '<remote server>', the SMTP response)."""
    return ("Delivery has failed to these recipients or groups:\n\n"
            f"Anna Berg ({_ANNA})\n\nBob Lind ({_BOB})\n\n"
            "Diagnostic information for administrators:\n\nGenerating server: EXCH01.seller.example\n\n"
            f"{_ANNA}\n{diag_anna}\n\n{_BOB}\nmx.partner.example\n{diag_bob}\n")


EXCHANGE_TEXT = [
    ("ex-text-5.4.1-relay-access-denied", MS_541 + ": user text 'Relay Access Denied', 'No answer from host.', "
     "'#550 5.4.1 Relay Access Denied ##' (a server not taking mail for the domain, not the address)",
     exchange_text("t1", "Quick question", "Delivery has failed to these recipients or groups:\n\n"
                   f"{LEAD}\nRelay Access Denied\nThe outbound connection attempt was not answered because either "
                   "the remote system was busy or it was unable to take delivery of the message.\n\nDiagnostic "
                   f"information for administrators:\n\nGenerating server: EXCH01.seller.example\n\n{LEAD}\n"
                   "No answer from host.\n#550 5.4.1 Relay Access Denied ##\n",
                   "Microsoft Exchange <postmaster@seller.example>"),
     [(LEAD, False, None, None, False)]),
    ("exo-own-5.4.1-relay-access-denied", MS_541 + " (as Exchange Online's DSN)",
     exchange_own("550 5.4.1 Relay Access Denied", status="5.4.1", body=_NOT_DELIVERED),
     [(LEAD, False, None, None, False)]),
    ("ex-text-two-unknown-and-full", MS_ANATOMY + "; 'RESOLVER.ADR.RecipNotFound' and a remote '552 5.2.2'",
     exchange_text("t2", "Quick question", _two("#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##",
                                                "Remote Server returned '552 5.2.2 Mailbox full'"),
                   "Microsoft Exchange <postmaster@seller.example>"),
     [(_ANNA, True, UNKNOWN, R, False), (_BOB, False, ("mailboxfull",), R, False)]),
    ("ex-text-two-full-and-unknown", MS_ANATOMY + "; the same two, the full mailbox listed first",
     exchange_text("t3", "Quick question", _two("Remote Server returned '552 5.2.2 Mailbox full'",
                                                "#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##"),
                   "Microsoft Exchange <postmaster@seller.example>"),
     [(_ANNA, False, ("mailboxfull",), R, False), (_BOB, True, UNKNOWN, R, False)]),
    ("ex-text-two-unknown-and-expired", MS_ANATOMY + "; 5.1.10 beside '550 4.4.7 QUEUE.Expired; message expired'",
     exchange_text("t4", "Quick question", _two("Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
                                                "Recipient not found by SMTP address lookup'",
                                                "Remote Server returned '550 4.4.7 QUEUE.Expired; message expired'"),
                   "Microsoft Exchange <postmaster@seller.example>"),
     [(_ANNA, True, UNKNOWN, R, False), (_BOB, False, ("expired",), R, False)]),
]

EXCHANGE_TEXT += [
    ("exo-html-5.1.10-not-found", MS_ANATOMY + " (the newest style, text and HTML alternatives)",
     exo_html(f"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {LEAD} not found by SMTP address lookup",
              "550 5.1.10", "lead wasn't found at example.org."),
     [(LEAD, True, UNKNOWN, R, False)]),
    ("exo-html-5.7.133-group", MS_ANATOMY + " (the newest style) with 5.7.133 'Sender not authenticated for group'",
     exo_html("550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; Sender not authenticated for group",
              "550 5.7.133", "Sender not authenticated for group"),
     [(LEAD, False, None, R, False)]),
]

ROWS = INBOUND_EOP + EXCHANGE_OWN + EXCHANGE_TEXT
