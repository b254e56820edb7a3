"""Microsoft 365 / Exchange Online relaying a remote server's refusal: "Remote server returned
unknown recipient or mailbox unavailable -> 550 <addr>: ...". The arrow introduces the remote
server's reply to RCPT TO, which Exchange reports without naming the command."""

from __future__ import annotations

import re

from classifier.formats import Fact
from classifier.parse import Mail
from classifier.reporters import Reading, received_text

NAME = "office365"

_OUTLOOK_HOST = re.compile(r"\.(?:outbound\.protection|prod)\.outlook\.com\b", re.I)
_RCPT_REPLY = re.compile(r"unknown recipient or mailbox unavailable -> .{0,200}?[^ @<>]{1,64}@[^ @<>]{1,200}\.[a-z]{2,}")
# Headers Exchange Online writes on an NDR it generates (or on mail leaving a tenant).
_OWN_HEADERS = ("x-ms-exchange-message-is-ndr", "x-microsoft-antispam-prvs", "x-exchange-antispam-report-test",
                "x-exchange-antispam-report-cfa-test")
# Headers it writes on every message it delivers, other servers' bounces included.
_INBOUND_HEADERS = ("x-ms-exchange-crosstenant-originalarrivaltime", "x-ms-exchange-crosstenant-fromentityheader")


def wrote(mail: Mail) -> bool:
    """Two signs of Exchange Online, one of them its own as the bounce's writer (a header only
    it writes on an NDR, its Message-ID). A bounce from another server delivered to a Microsoft
    365 mailbox carries the inbound trace (cross-tenant headers, *.prod.outlook.com Received
    lines), and any Exchange writes "Undeliverable:": those only support."""
    names = mail.names
    own = sum(1 for h in _OWN_HEADERS if h in names)
    own += bool(_OUTLOOK_HOST.search(mail.header("message-id")))
    if own != 1:
        return own >= 2  # the support signs, asked of every message, cannot change it
    return any(h in names for h in _INBOUND_HEADERS) or "Undeliverable:" in mail.subject \
        or _OUTLOOK_HOST.search(received_text(mail)) is not None


def read(mail: Mail, fact: Fact, text: str) -> Reading | None:
    if fact.smtp_command is None and _RCPT_REPLY.search(text):
        return Reading(command="RCPT", reporter=NAME)
    return None
