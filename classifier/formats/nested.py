"""A bounce that carries another bounce: the notice names no recipient, the report is inside.

Mail gateways and security appliances (Trend Micro InterScan's "TMMSG" wrapper, forwarding
relays, fetchmail set-ups that re-deliver a notice) sometimes wrap a delivery report they
received in a bounce of their own: their text keeps only the headline ("The following
addresses had permanent delivery errors", with an empty list) and the real report, with its
Final-Recipient, status and diagnostic, is the attached message/rfc822. sisimai reads its
"X5" samples so, by picking the second message/rfc822 part.

This module only finds the inner report; `engine.classify` classifies it instead of the
wrapper (so its original Message-ID, reporters and providers are read from the inner
message). It never fires when the wrapper itself names a failed recipient: a bounce that
could not be returned to its sender names that sender, and is read as a bounce of its own.
"""

from __future__ import annotations

from email.message import Message

from classifier.formats import Fact, dsn, prose
from classifier.hints import looks_like_bounce
from classifier.parse import MAX_BYTES, Mail, content_type, payload_of

NAME = "nested"
HINTS = ()
# A report in a report in a report is already unusual; deeper nesting is not followed.
MAX_DEPTH = 2


def parse(mail: Mail) -> tuple[Fact, ...] | None:
    """Facts are read from the inner message by the engine (see `inner_report`)."""
    return None


def _is_report(message: Message) -> bool:
    """Is the attached message itself a delivery report (not the sender's own mail)?"""
    ctype = content_type(message)
    if ctype == "multipart/report":
        rtype = str(message.get_param("report-type", "") or "").lower()
        return rtype in ("delivery-status", "global-delivery-status", "")
    return bool(message.get("x-failed-recipients"))


def _names_a_recipient(mail: Mail) -> bool:
    """Does the wrapper's own notice (or its DSN part) name a failed recipient?"""
    if dsn.recipient_blocks(mail.dsn_blocks):
        return True
    # Any address in a failed-recipient shape counts, even the bounce's own (prose believes
    # those too): nesting is the exception, taken only when the wrapper names nobody.
    lines = mail.notice.split("\n")[:600]
    return any(not prose.is_daemon(a) for a, _, _ in prose.candidates(mail, lines))


def inner_report(mail: Mail) -> bytes | None:
    """The attached delivery report's bytes, when `mail` is only a wrapper around it."""
    attached = [p.message for p in mail.parts if p.content_type in ("message/rfc822", "message/global")]
    if not attached or not looks_like_bounce(mail):
        return None
    payload = payload_of(attached[0])
    if not (isinstance(payload, list) and payload and isinstance(payload[0], Message)):
        return None
    inner = payload[0]
    if not _is_report(inner) or _names_a_recipient(mail):
        return None
    try:
        raw = inner.as_bytes()
    except Exception:  # a part the generator cannot write back (broken charset): not worth more
        return None
    return raw[:MAX_BYTES]
