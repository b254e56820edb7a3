"""Sent mail as evidence, shared by the sources that index a sent folder themselves (Maildir,
mbox, IMAP): one message's headers -> a `SentMessage` (its Message-ID, To/Cc/Bcc, Date).

Headers only, never a body: a sent folder can be large, and the recipients and the id are
all a bounce's verification needs (sync/planner/trust.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, timezone
from email.parser import BytesHeaderParser
from email.policy import compat32
from email.utils import parsedate_to_datetime

from classifier.text import address_pairs
from sync.records import SentMessage, message_id_key

__all__ = ["RECIPIENT_HEADERS", "sent_message", "sent_from_headers", "pick"]

RECIPIENT_HEADERS = ("to", "cc", "bcc")  # Bcc is kept in the sender's copy only: it counts


def sent_from_headers(headers: Mapping[str, Iterable[str]], *,
                      fallback_date: datetime | None = None) -> SentMessage | None:
    """A SentMessage from header values by lower-case name (each name may repeat); None
    without a Message-ID (nothing could ever quote it)."""
    ids = [v for v in headers.get("message-id", ()) if v and v.strip()]
    if not ids:
        return None
    mid = message_id_key(" ".join(ids[0].split()))
    if not mid:
        return None
    values = [v for name in RECIPIENT_HEADERS for v in headers.get(name, ())]
    recipients = frozenset(a.strip() for _, a in address_pairs(values) if "@" in a)
    return SentMessage(message_id=mid, recipients=recipients,
                       sent_at=_date(next(iter(headers.get("date", ())), None)) or fallback_date)


def sent_message(head: bytes, *, fallback_date: datetime | None = None) -> SentMessage | None:
    """The SentMessage of a sent message's header section (bytes up to the blank line)."""
    try:
        parsed = BytesHeaderParser(policy=compat32).parsebytes(head)
    except Exception:  # noqa: BLE001 - an unreadable sent copy is just not evidence
        return None
    headers: dict[str, list[str]] = {}
    for name, value in parsed.items():
        headers.setdefault(name.lower(), []).append(str(value))
    return sent_from_headers(headers, fallback_date=fallback_date)


def pick(index: Mapping[str, SentMessage], message_ids: Iterable[str]) -> dict[str, SentMessage]:
    """The answer of `LooksUpSent.sent_messages` from a local index keyed by message_id_key."""
    out: dict[str, SentMessage] = {}
    for mid in message_ids:
        key = message_id_key(mid)
        if key in index:
            out[key] = index[key]
    return out


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        moment = parsedate_to_datetime(" ".join(value.split()))
    except (TypeError, ValueError, IndexError):
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
