"""The forty-first review's whole notices: Sisimai 5's Microsoft and Outlook provider tables
(sisimai/go-sisimai rhost/for-microsoft.go and rhost/for-outlook.go, read as an outside opinion:
library code only, none of Sisimai's tests or sample mails), where review 30 (Microsoft's own NDR
documentation, review_notices30.py) has no row or where Sisimai 5 maps a code or text to another
reason than review 30's reading.

- Inbound (review_notices41_inbound.py): replies of Exchange Online Protection
  (contoso-example.mail.protection.outlook.com), Outlook.com (hotmail-com.olc.protection.outlook.com)
  and Exchange Server on premises, in our Postfix relay's report (notices.relayed) and, for final
  refusals of a recipient or message, as Gmail's own DSN and Exchange Online's NDR quote them
  (review_notices25.rows_relayed / rows_quoted).
- Own (below): Exchange Online's own NDR to its sending user (our mailbox at Microsoft 365) for its
  outbound failures (TLS / DANE / MTA-STS, DNS, expiry), notices.exchange_own with no Remote-MTA,
  as review 30's OWN rows.

Only the words Sisimai's table matches are Microsoft's (as that table and its comments quote
Microsoft's pages); reply codes, tags, host names and layouts are written here by hand. Each
expectation is this project's taxonomy's reading of the words (shared/classifier/taxonomy.md),
written before the classifier ran; each row's source names Sisimai 5's reason and says DIFFERS
where the taxonomy reads the words otherwise. All HAND-MADE; test_review_notices41.py runs them."""

from __future__ import annotations

from tests.classifier.notices import exchange_own, gmail_own
from tests.classifier.review_notices25 import rows_quoted, rows_relayed
from tests.classifier.review_notices41_inbound import (ANY, EXO_ENTRIES, OLC_ENTRIES, ONPREM_ENTRIES, R,
                                                       RESERVED_ENTRIES, TLS, sis)

SRC = "sisimai/go-sisimai rhost/for-microsoft.go (Sisimai 5's table, its comments quoting Microsoft's pages)"
OUTLOOK_SRC = "sisimai/go-sisimai rhost/for-outlook.go (Sisimai 5's Outlook table)"
LEAD = "lead@contoso.example"
HOTMAIL = "lead@hotmail.com"
EXO_MX = "contoso-example.mail.protection.outlook.com"
OLC_MX = "hotmail-com.olc.protection.outlook.com"
ONPREM_MX = "mail.contoso.example"
PARTNER = "lead@partner.example"


def _both(prefix: str, mx: str, address: str, entries: list[tuple]) -> list[tuple]:
    """Each entry as our relay reports it and, when final, as Gmail's and Exchange Online's notices
    quote it; the row's source names the entry's Sisimai reason."""
    rows = []
    for name, reply, status, command, hard, reasons, scope, note in entries:
        one = [(name, reply, status, command, hard, reasons, scope)]
        source = f"{SRC}; {note}; reply written by hand"
        rows += rows_relayed(prefix, source, mx, address, one) + rows_quoted(prefix, source, mx, address, one)
    return rows


def _reserved() -> list[tuple]:
    rows = []
    for name, address, reply, status, command, hard, reasons, scope, note in RESERVED_ENTRIES:
        one = [(name, reply, status, command, hard, reasons, scope)]
        source = f"{SRC}; {note}; reply written by hand"
        rows += rows_relayed("onprem", source, ONPREM_MX, address, one)
    return rows


def _exo_body(address: str) -> str:
    return f"Your message to {address} couldn't be delivered.\n\nThe recipient's email system rejected the message."


# ---- Exchange Online's own NDR for its outbound failures (no Remote-MTA; the partner's server is
# named only in the words). (name, diagnostic, status, hard, reasons, scope, note)
OWN = [
    ("4.4.8-mta-sts-mx", "450 4.4.8 MX hosts of partner.example failed MTA-STS validation.", "4.4.8", False, TLS, ANY,
     sis("failedstarttls")),
    ("4.4.317-starttls-required", "450 4.4.317 STARTTLS is required to send mail [Stage: EstablishTls]", "4.4.317",
     False, TLS, ANY, sis("failedstarttls")),
    ("5.4.317-starttls-required", "550 5.4.317 Message expired, STARTTLS is required to send mail", "5.4.317", False,
     TLS + ("expired",), ANY, sis("failedstarttls")),
    ("4.7.5-mta-sts-certificate", "450 4.7.5 Remote certificate failed MTA-STS validation. Reason: "
     "RemoteCertificateChainErrors", "4.7.5", False, TLS, ANY, sis("failedstarttls")),
    ("4.7.321-starttls-not-supported", "450 4.7.321 starttls-not-supported: Destination mail server must support TLS "
     "to receive mail.", "4.7.321", False, TLS, ANY, sis("failedstarttls")),
    ("4.7.323-tlsa-invalid", "450 4.7.323 tlsa-invalid: The domain failed DANE validation.", "4.7.323", False, TLS,
     ANY, sis("failedstarttls")),
    ("4.7.324-dnssec-invalid", "450 4.7.324 dnssec-invalid: Destination domain returned invalid DNSSEC records",
     "4.7.324", False, TLS, ANY, sis("failedstarttls")),
    ("4.7.325-host-mismatch", "450 4.7.325 certificate-host-mismatch: Remote certificate MUST have a common name or "
     "subject alternative name matching the hostname (DANE)", "4.7.325", False, TLS, ANY, sis("failedstarttls")),
    ("4.4.1-connection-timed-out", "451 4.4.1 Connection timed out", "4.4.1", False, ("expired", "networkerror"), ANY,
     sis("expired")),
    ("4.4.7-message-delayed", "451 4.4.7 Message delayed", "4.4.7", False, ("expired",), ANY, sis("expired")),
    ("4.4.7-queue-expired", "550 4.4.7 Queue expired; message expired", "4.4.7", False, ("expired",), ANY,
     sis("expired")),
    ("4.4.312-dns-query-failed", "450 4.4.312 DNS query failed [Message=InfoNoRecords] "
     "[LastAttemptedServerName=partner.example]", "4.4.312", False, ("networkerror", "expired", "systemerror"), ANY,
     sis("networkerror")),
    ("5.4.312-info-no-records", "550 5.4.312 DNS query failed [Message=InfoNoRecords]", "5.4.312", False,
     ("networkerror", "expired", "systemerror"), ANY, sis("networkerror")),
    ("4.4.316-connection-refused", "450 4.4.316 Connection refused [Message=Socket error code 10061]", "4.4.316",
     False, ("networkerror", "expired"), ANY, sis("networkerror")),
    ("4.4.318-closed-abruptly", "450 4.4.318 Connection was closed abruptly (SuspiciousRemoteServerError)", "4.4.318",
     False, ("networkerror", "systemerror", "expired"), ANY, sis("systemerror")),
    ("5.4.318-connection-reset", "550 5.4.318 Message expired, connection reset (SuspiciousRemoteServerError)",
     "5.4.318", False, ("expired", "networkerror", "systemerror"), ANY, sis("systemerror")),
    ("5.4.4-nonexistent-domain", "550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain", "5.4.4", True,
     ("hostunknown",), R, sis("networkerror", "hostunknown: the words say the domain does not exist")),
    ("5.4.310-does-not-exist", "550 5.4.310 DNS domain partner.example does not exist", "5.4.310", True,
     ("hostunknown",), R, sis("norelaying", "hostunknown: the words say the domain does not exist")),
    ("5.1.351-unknown-recipient", "550 5.1.351 Remote server returned unknown recipient or mailbox unavailable",
     "5.1.351", True, ("userunknown",), R, sis("userunknown")),
    ("5.1.351-with-remote-reply", "550 5.1.351 Remote server returned unknown recipient or mailbox unavailable -> "
     "550 5.1.1 <lead@partner.example>: Recipient address rejected: User unknown in virtual mailbox table", "5.1.351",
     True, ("userunknown",), R, sis("userunknown")),
    ("5.7.502-spam-abuse", "550 5.7.502 Access denied, spam abuse detected. The sending account has been banned.",
     "5.7.502", False, ("spamdetected", "blocked", "rejected"), "sender", sis("rejected")),
    ("5.7.503-spam-abuse", "550 5.7.503 Access denied, spam abuse detected", "5.7.503", False,
     ("spamdetected", "blocked", "rejected"), "sender", sis("rejected")),
    ("5.7.700-tenant-threshold", "550 5.7.700 Access denied, tenant has exceeded threshold", "5.7.700", False,
     ("blocked", "spamdetected", "speeding"), "sender", sis("ratelimited")),
    ("5.7.749-tenant-threshold", "550 5.7.749 Access denied, tenant has exceeded threshold", "5.7.749", False,
     ("blocked", "spamdetected", "speeding"), "sender", sis("ratelimited")),
    ("5.7.708-traffic-not-accepted", "550 5.7.708 Service unavailable. Access denied, traffic not accepted from this "
     "IP. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(2013)", "5.7.708",
     False, ("blocked",), "sender", sis("ratelimited", "blocked: our sending IP refused, no rate named")),
]


def _ndr_headers(raw: bytes) -> bytes:
    """Exchange Online's NDR with the two headers its own NDRs carry (X-MS-Exchange-Message-Is-NDR,
    a Message-ID of its own *.prod.outlook.com host), as classifier/reporters/office365.py knows it."""
    return raw.replace(b"MIME-Version: 1.0\n", b"X-MS-Exchange-Message-Is-NDR:\nMessage-ID: "
                       b"<a1b2c3d4-r41@BN8PR12MB1234.namprd12.prod.outlook.com>\nMIME-Version: 1.0\n", 1)


def _own_rows() -> list[tuple]:
    return [(f"own-{name}", f"{SRC}; {note}; diagnostic written by hand (Exchange Online's own NDR, no Remote-MTA)",
             _ndr_headers(exchange_own(diag, status=status, body=_exo_body(PARTNER), address=PARTNER, remote=None)),
             [(PARTNER, hard, reasons, scope, False)]) for name, diag, status, hard, reasons, scope, note in OWN]


# ---- Outlook (for-outlook.go): the "domain is not reachable" sentence, in Outlook.com's own NDR to
# an Outlook.com sender (Exchange Online's layout); and Gmail giving up on a temporary Microsoft
# reply (Action failed, the 4.x status kept): still soft.
UNREACHABLE = ("550 5.4.310 The mail could not be delivered to the recipient because the domain is not reachable. "
               "Please check the domain and try again")
HOSTED = ("451 4.4.4 Mail received as unauthenticated, incoming to a recipient domain configured in a hosted tenant "
          "which has no mail-enabled subscriptions. ATTR5")
RP001 = ("421 RP-001 (BAY004-MC1F56) Unfortunately, some messages from 192.0.2.7 weren't sent. Please try again. We "
         "have limits for how many messages can be sent per hour and per day. You can also refer to "
         "http://mail.live.com/mail/troubleshooting.aspx#errors.")


def _gm(diag: str, status: str, address: str, remote: str) -> bytes:
    body = (f"Your message wasn't delivered to {address} because the remote server returned an error.\n\n"
            f"The response was:\n\n{diag}")
    return gmail_own(diag, status=status, heading="Message not delivered", body=body, address=address, remote=remote)


EXTRA = [
    ("outlook-domain-not-reachable", f"{OUTLOOK_SRC}: hostunknown; the sentence in an Outlook.com NDR, code written "
     "by hand", exchange_own(UNREACHABLE, status="5.4.310", body=_exo_body(PARTNER), address=PARTNER),
     [(PARTNER, True, ("hostunknown",), R, False)]),
    ("exo-4.4.4-hosted-tenant-gmail-final", f"{SRC}; {sis('notaccept (soft: 4xx)')}; Gmail's DSN giving up on it",
     _gm(HOSTED, "4.4.4", LEAD, EXO_MX), [(LEAD, False, ("notaccept", "systemerror", "networkerror"), ANY, False)]),
    ("olc-rp-001-gmail-final", f"{SRC}; {sis('badreputation')}; Gmail's DSN giving up on it",
     _gm(RP001, "4.0.0", HOTMAIL, OLC_MX),
     [(HOTMAIL, False, ("speeding", "badreputation", "toomanyconn", "blocked"), "sender", False)]),
]

# Gmail giving up on more of the temporary replies above (Action failed, the 4.x status kept): the
# words still decide, and none of them is hard.
_GIVEN_UP = {"4.7.652-max-connections": (OLC_ENTRIES, HOTMAIL, OLC_MX), "rp-002": (OLC_ENTRIES, HOTMAIL, OLC_MX),
             "rp-003": (OLC_ENTRIES, HOTMAIL, OLC_MX), "4.7.700-pfa-agent-busy": (EXO_ENTRIES, LEAD, EXO_MX),
             "4.4.22-replication": (EXO_ENTRIES, LEAD, EXO_MX), "4.7.851-try-again-later": (EXO_ENTRIES, LEAD, EXO_MX),
             "4.7.501-try-again-later": (EXO_ENTRIES, LEAD, EXO_MX),
             "4.3.2-not-accepting": (ONPREM_ENTRIES, LEAD, ONPREM_MX)}
for _name, (_entries, _address, _mx) in _GIVEN_UP.items():
    [(_reply, _status, _reasons, _scope, _note)] = [(e[1], e[2], e[5], e[6], e[7]) for e in _entries if e[0] == _name]
    EXTRA.append((f"{_name}-gmail-final", f"{SRC}; {_note}; reply written by hand; Gmail's DSN giving up on it",
                  _gm(_reply, _status, _address, _mx), [(_address, False, _reasons, _scope, False)]))

ROWS = (_both("exo", EXO_MX, LEAD, EXO_ENTRIES) + _both("olc", OLC_MX, HOTMAIL, OLC_ENTRIES)
        + _both("onprem", ONPREM_MX, LEAD, ONPREM_ENTRIES) + _reserved() + _own_rows() + EXTRA)
