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

A person's forward of a notice ("Fwd: Returned mail", the notice quoted below a mail client's
"Begin forwarded message:" / "---------- Forwarded message ---------" / "-----Original
Message-----" line) is the same case in plain text: when the forwarded header block names a
mail daemon as its sender, that block and the quoted notice under it are the report. A
forwarded *original* (a person's own mail) or a reply that only quotes a bounce's sentences
has no such block and stays ordinary mail.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from email.message import Message

from classifier.formats import Fact, dsn, prose
from classifier.hints import BOUNCE_SUBJECT, DAEMON_FROM, REPLY_PREFIX, looks_like_bounce
from classifier.parse import MAX_BYTES, Mail, content_type, payload_of, source_bytes

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
    """The attached delivery report's bytes, when `mail` is only a wrapper around it (or a
    person's forward of a notice: `forwarded_notice`)."""
    attached = [p.message for p in mail.parts if p.content_type in ("message/rfc822", "message/global")]
    # A person's forward ("Fwd:", "FW:") of a delivery report attached whole is that report; of
    # anything else (their own mail), ordinary mail.
    forward = not looks_like_bounce(mail) and bool(REPLY_PREFIX.match(mail.subject))
    if not attached or not (forward or looks_like_bounce(mail)):
        return forwarded_notice(mail)
    payload = payload_of(attached[0])
    if not (isinstance(payload, list) and payload and isinstance(payload[0], Message)):
        return None
    inner = payload[0]
    if not forward and (not _is_report(inner) or _names_a_recipient(mail)):
        return None
    raw = source_bytes(attached[0])
    if raw is None:
        try:
            raw = inner.as_bytes()
        except Exception:  # a part the generator cannot write back (broken charset): not worth more
            return None
    if forward and not (_is_report(inner) or _forwarded_notice_attached(inner, raw)):
        return None
    return raw[:MAX_BYTES]


def _forwarded_notice_attached(inner: Message, raw: bytes) -> bool:
    """A person's forward attaches whatever notice they got, and most are no delivery-status
    report: plain-text and multipart/mixed notices (qmail, Exim, Exchange, appliances), a
    Sieve refusal's MDN (formats/mdn), another person's forward of a notice. The attached
    message is that notice when it would be read as one on its own: it announces itself as a
    delivery failure (`looks_like_bounce`), holds a delivery-status part naming a recipient,
    or is itself a wrapper or forward of one. An ARF complaint is no delivery report."""
    if content_type(inner) == "multipart/report":
        return str(inner.get_param("report-type", "") or "").lower() != "feedback-report"
    attached = Mail(raw[:MAX_BYTES])
    return looks_like_bounce(attached) or bool(dsn.recipient_blocks(attached.dsn_blocks)) \
        or inner_report(attached) is not None


# The line mail clients write above a forwarded message: Apple Mail, Gmail, Thunderbird,
# Outlook (and their quoted forms, "> Begin forwarded message:").
_FORWARD_MARK = re.compile(
    r"(?im)^[ \t>]{0,8}(?:begin forwarded message:|"
    r"-{2,}\s{0,4}(?:forwarded message|original message)\s{0,4}-{2,})[ \t]*$")
_QUOTED_FIELD = re.compile(r"^[ \t]{0,4}>?[ \t]?([A-Za-z][A-Za-z-]{0,30}):[ \t]?(.{0,500})$")
_FORWARDED_FIELDS = ("from", "to", "date", "sent", "subject", "message-id", "cc")


def _unquote(line: str) -> str:
    """One level of "> " quoting off a forwarded line (">>>> DATA" -> ">>> DATA")."""
    if line.startswith("> "):
        return line[2:]
    return line[1:] if line.startswith(">") else line


def _forwards(text: str) -> Iterator[tuple[int, list[tuple[str, str]], list[str]]]:
    """Each forwarded message in `text`: where its mark starts, its header fields (name, value)
    and the lines below them, unquoted only where the client quoted the forward (its mark or its
    fields begin with ">", or every line of it does). A forward pasted as it was (Gmail's,
    Outlook's, Thunderbird's, Apple Mail's inline forwards) keeps its lines whole: Sendmail's
    transcript line ">>> RCPT To:<a@b>" is no quote, and without its ">>>" the failing reply
    "<<< 550 ... User unknown" loses its RCPT stage (a false soft of a forwarded bounce)."""
    for mark in _FORWARD_MARK.finditer(text[:100_000]):
        lines = text[mark.end():].lstrip("\n").split("\n")
        fields: list[tuple[str, str]] = []
        for line in lines[:12]:
            m = _QUOTED_FIELD.match(line)
            if m is None or m.group(1).lower() not in _FORWARDED_FIELDS:
                break
            fields.append((m.group(1).lower(), m.group(2).strip()))
        body = lines[len(fields):]
        quoted = mark.group(0).lstrip(" \t").startswith(">") or lines[0].lstrip(" \t").startswith(">") \
            or all(line.startswith(">") for line in body if line.strip())
        yield mark.start(), fields, [_unquote(line) for line in body] if quoted else body


def forwarded_sender(text: str) -> tuple[int, str] | None:
    """Where the first forwarded message in `text` starts and its From field, when a person's
    client pasted one there (its mark and header block); None when there is none."""
    for start, fields, _ in _forwards(text):
        sender = dict(fields).get("from")
        if sender:
            return start, sender
    return None


def forwarded_notice(mail: Mail) -> bytes | None:
    """A notice a person forwarded, rebuilt as the message it was: its forwarded header block
    (From a mail daemon, or a bounce Subject from any sender) and the unquoted text below."""
    if not REPLY_PREFIX.match(mail.subject) or "@" in mail.from_ and DAEMON_FROM.search(mail.from_):
        return None
    for _, fields, lines in _forwards(mail.text[:200_000]):
        names = dict(fields)
        sender, subject = names.get("from", ""), names.get("subject", "")
        if not (DAEMON_FROM.search(sender) or (sender and BOUNCE_SUBJECT.search(subject))):
            continue
        head = "".join(f"{'Date' if k == 'sent' else k.title()}: {v}\n" for k, v in fields if v)
        body = "\n".join(lines)
        return (head + "\n" + body.lstrip(">\n ")).encode("utf-8", "surrogateescape")[:MAX_BYTES]
    return None
