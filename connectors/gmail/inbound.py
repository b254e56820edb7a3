"""Ordinary inbound mail as signs of life, cheaply: a reply or an auto-reply from an address
resets its soft-bounce count (the planner's rule), so the source must see it, but never needs
its body. A new message the bounce query does not match is, once given up as a bounce (the
search index's lag is waited out: `screen`), fetched with messages.get(format=metadata) and
only the headers below, batched like every download (5 units each, Google's table): From for
the address, the headers that tell an auto-reply from a person's reply (RFC 3834
Auto-Submitted, X-Autoreply, Precedence, and Subject for the out-of-office wording), since
From alone cannot, and the evidence a reply needs before it may clear a hard bounce
(sync/planner/trust.py `reply_verdict`): In-Reply-To and References (what it answers, looked
up in Sent by the worker only for replies from addresses that bounced: connectors/gmail/
sent.py says what that costs) and Authentication-Results (Google's DMARC/DKIM verdict on its
From). A metadata `messages.get` costs 5 units whatever headers it asks for: the extra
headers cost bytes, not units.

The worker gets each as a `RawMessage` with `headers_only=True`: `raw` is just those headers,
and the worker reads it with the classifier's header rule (classifier.classify_headers), never
as a whole message.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timezone

from connectors.gmail.client import GmailApi
from connectors.gmail.downloads import fetch_messages
from sync.records import RawMessage

__all__ = ["LIFE_HEADERS", "OWN_LABELS", "fetch_inbound"]

LIFE_HEADERS = ("From", "Auto-Submitted", "X-Autoreply", "X-Autorespond", "Precedence", "Subject",
                "In-Reply-To", "References", "Authentication-Results")
OWN_LABELS = frozenset({"SENT", "DRAFT", "CHAT"})  # the mailbox's own mail is no sign of anyone's life


def fetch_inbound(api: GmailApi, ids: Sequence[str], chunk: int) -> tuple[RawMessage, ...]:
    """The messages of `ids` still there and not the mailbox's own, as headers-only
    messages (one batched messages.get(format=metadata) part each)."""
    if not ids:
        return ()
    got = fetch_messages(api, ids, chunk, fmt="metadata", headers=LIFE_HEADERS)
    out = []
    for mid in ids:
        resource = got.get(mid)
        if resource is None or OWN_LABELS & set(resource.get("labelIds") or ()):
            continue  # deleted meanwhile, or sent by the mailbox (history gave no labels)
        out.append(RawMessage(id=mid, raw=_header_block(resource), thread_id=resource.get("threadId"),
                              received_at=_internal_date(resource), headers_only=True))
    return tuple(out)


def _header_block(resource: dict) -> bytes:
    """The headers Gmail returned, as a message's header block. A value is one line (a line
    break inside one would start a forged header)."""
    lines = []
    for header in (resource.get("payload") or {}).get("headers") or ():
        name, value = str(header.get("name", "")), str(header.get("value", ""))
        if name and name.lower() in _WANTED:
            lines.append(f"{name}: {' '.join(value.split())}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8", "replace")


_WANTED = frozenset(h.lower() for h in LIFE_HEADERS)


def _internal_date(resource: dict) -> datetime | None:
    value = str(resource.get("internalDate", ""))
    return datetime.fromtimestamp(int(value) / 1000, tz=timezone.utc) if value.isdigit() else None
