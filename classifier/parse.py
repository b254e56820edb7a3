"""Bytes -> a `Mail` view the format modules read: headers, notification text, DSN fields.

Everything here is lazy and capped: a bounce says what it has to say in its first few
kilobytes, so a 30 MB attachment is never decoded and never scanned.
"""

from __future__ import annotations

import email
import email.policy
import re
from collections.abc import Callable
from email.message import Message
from typing import Any, NamedTuple

from classifier import mime
from classifier.fields import FIELD, encoded_text, looks_like_headers, quoted_headers, status_fields
from classifier.guard import tried
from classifier.indexed import IndexedMessage
from classifier.lowercase_once import forget as forget_lowercase, remember_head
from classifier.text import MAX_TEXT, decode_header, html_to_text, part_text, payload_of, status_as_text  # noqa: F401

# Re-exported: formats import the notice/original split from here.
from classifier.sections import ORIGINAL_MARKERS, notice_lines, original_section, without_boilerplate  # noqa: F401

# Reading more than this of a message never changes the result: the notification and the
# delivery-status part come first, the returned original (often huge) comes last.
MAX_BYTES = 1_000_000
# How much of the Subject and From headers we read.
MAX_HEADER = 2_000

# Internationalised addresses (RFC 6531/6533) may carry non-ASCII letters on either side of
# the @. Latin, Greek and Cyrillic letters are accepted; CJK is not, because Japanese and
# Chinese bounces write addresses flush against their own text with no space between.
INTL = "\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u04ff"
# Never started inside a local part (o'brien@...: an apostrophe within a word is one; before a
# word it quotes), so a pattern reading a label before it cannot take "o'" for its own.
# The domain (review 84, RFC 5321 §4.1.2-4.1.3): an address literal ("[192.0.2.1]", "[IPv6:2001:db8::1]")
# or up to 127 labels (RFC 1035 §2.3.4's 255 octets; a cap of 11 cut a deeper name short, a wrong
# address); never ended inside a label nor on a hyphen (RFC 1035 §2.3.1: a label ends in a letter or
# digit), so "lead@mail-" that a writer's width broke off "mail-gateway.example.org" is no address.
ADDRESS = re.compile(
    rf"(?<![A-Za-z0-9._%+=!#$&*/?^`{{|}}~{INTL}-])(?<![A-Za-z0-9{INTL}]')[A-Za-z0-9._%+=!#$&'*/?^`{{|}}~{INTL}-]{{1,64}}"
    rf"@(?:\[(?:[Ii][Pp][Vv]6:[0-9A-Fa-f:.]{{2,45}}|\d{{1,3}}(?:\.\d{{1,3}}){{3}})\]"
    rf"|[A-Za-z0-9{INTL}-]{{1,63}}(?:\.[A-Za-z0-9{INTL}-]{{1,63}}){{0,126}}(?<!-)(?![A-Za-z0-9{INTL}-]))"
)
# tried(): the leading look-behind moved behind the digit, so a search jumps from digit to
# digit (classifier/guard.py; the same matches).
STATUS = tried(re.compile(r"(?<![\d.])([245])\.(\d{1,3})\.(\d{1,3})(?![\d]|\.\d)"))
REPLY = tried(re.compile(r"(?<![\w.-])([245][0-5]\d)(?=[\s-]|$)"))


def normalise(raw: bytes) -> bytes:
    """One line-ending convention, so CRLF, CR and LF copies classify identically."""
    if len(raw) > MAX_BYTES:
        raw = raw[:MAX_BYTES]
    if b"\r" in raw:
        if raw.count(b"\r\r\n") * 2 > raw.count(b"\n"):
            # CR CR LF as the message's line end: CRLF text converted to CRLF once more (a tool or an
            # FTP ASCII transfer), one line end each, not a line end and a blank line (review damaged60).
            # Only where it is most of them: a few such lines (one part converted twice, audit 61) read so
            # would make the message read otherwise than its copy with CR line ends, where CR CR is a line
            # end and a blank line whatever we do (the corpus' dragonfly-01 and its CR and CRLF twins).
            raw = raw.replace(b"\r\r\n", b"\n")
        raw = raw.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    return raw


def message_from_text(text: str) -> Message:
    """`email.message_from_string(text, policy=compat32)` through mime where it can (LF-only
    text): a piece of a repaired multipart can be a megabyte of lines (fuzz_classify found
    0.5 s in the stdlib's line-by-line parser)."""
    if "\r" not in text:
        try:
            return mime.message_from_text(text)
        except mime.Unsupported:
            pass
    return email.message_from_string(text, IndexedMessage, policy=email.policy.compat32)


def parse_bytes(raw: bytes) -> Message:
    """`email.message_from_bytes(raw, policy=compat32)` for LF-only `raw`, the same tree
    built about five times faster (classifier/mime.py); the stdlib for what it leaves."""
    try:
        return mime.message_from_text(raw.decode("ascii", "surrogateescape"))
    except mime.Unsupported:
        return email.message_from_bytes(raw, IndexedMessage, policy=email.policy.compat32)


# Tags in front of a Subject: "[EXTERNAL]", "[SPAM]", "[Suspected Spam]", "*** SPAM ***",
# "**SPAM**", each followed by more text (a subject that is only "[...]" keeps it).
_GATEWAY_TAGS = re.compile(r"^(?:(?:\[[^\[\]\n]{1,40}\]|\*{2,3} ?[^*\n]{1,24}? ?\*{2,3})[ \t:]*)+(?=\S)")
_CTYPE = re.compile(r"[a-z0-9!#$&.+^_-]{1,40}/[a-z0-9!#$&.+^_-]{1,80}")
_BOUNDARY_LINE = re.compile(r"(?m)^--([^\s]{6,100}?)(?:--)?[ \t]*$")

_MEDIA_TYPES: dict[str, str] = {}


def content_type(m: Message) -> str:
    """The part's media type; a malformed header (missing `;`, stray line break) still
    yields its leading `type/subtype`, not the whole header text."""
    ctype = m.get_content_type()
    known = _MEDIA_TYPES.get(ctype)
    if known is not None:
        return known
    if _CTYPE.fullmatch(ctype):
        known = ctype
    else:
        found = _CTYPE.match(ctype.strip())
        known = found.group(0) if found else "text/plain"
    if len(_MEDIA_TYPES) > 256:  # hostile mail invents types without end
        _MEDIA_TYPES.clear()
    _MEDIA_TYPES[ctype] = known
    return known


def recover_parts(m: Message) -> None:
    """A multipart whose boundary parameter is missing or wrong (no `boundary=`, or it was
    folded onto a line of its own) arrives as one string. MIME boundaries are lines that
    start with `--` and repeat; split on the first such token and parse each piece."""
    payload = payload_of(m)
    if not isinstance(payload, str) or "\n--" not in payload[:MAX_TEXT * 4]:
        return
    text = payload[: MAX_BYTES]
    counts: dict[str, int] = {}
    order: list[str] = []
    for found in _BOUNDARY_LINE.finditer(text):
        token = found.group(1)
        if token not in counts:
            order.append(token)
        counts[token] = counts.get(token, 0) + 1
    token = next((t for t in order if counts[t] >= 2), None)
    if token is None:
        return
    pieces = re.split(r"(?m)^--" + re.escape(token) + r"(?:--)?[ \t]*\n?", text)
    subs = []
    for piece in pieces[1:]:
        if not piece.strip():
            continue
        head = piece.lstrip("\n") if FIELD.match(piece.lstrip("\n")[:200]) else "\n" + piece
        sub = message_from_text(head)
        subs.append(sub)
    if subs:
        m.set_payload(subs)


class once:  # noqa: N801 - used as a decorator, like the functools one it replaces
    """`functools.cached_property` without its lock: Python 3.11's takes an RLock on every
    first read, and a Mail's views are first read some ten times per message (3% of the
    classifier's time). A Mail lives in one thread."""

    def __init__(self, fn: Callable[[Any], Any]) -> None:
        self.fn = fn
        self.name = fn.__name__
        self.__doc__ = fn.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.fn(obj)
        return value


class Part(NamedTuple):
    """One part of the notice and its media type (a tuple: made for every part of every
    message, and a frozen dataclass costs five times as much to make)."""

    content_type: str
    message: Message


# Parts whose insides are no part of the notice: the returned message or its headers (RFC 6533's
# message/global-headers too, which the parsers read as a message of headers), and RFC 6533's
# UTF-8 reports, which they read as a message whose headers are its first block and whose
# text/plain body the other blocks (fields, not notice text: `Mail.dsn_blocks` reads them).
_LEAVES = frozenset(("message/rfc822", "message/global", "text/rfc822-headers", "message/global-headers",
                     "message/global-delivery-status", "message/global-disposition-notification"))
HEADER_PARTS = ("text/rfc822-headers", "message/global-headers")


def _walk(m: Message, depth: int, found: list[Part]) -> None:
    """`Mail.parts`' walk. A module function, not a closure: a closure that calls itself is a
    reference cycle, and it kept the whole parsed tree alive until the cyclic garbage
    collector ran (some 80 objects per message for it to trace, and most of its runs)."""
    if len(found) > 40 or depth > 6:
        return
    ctype = content_type(m)
    found.append(Part(ctype, m))
    if ctype in _LEAVES:
        return
    if ctype.startswith("multipart/") and not m.is_multipart():
        recover_parts(m)
    if m.is_multipart():
        payload = payload_of(m)
        for i, sub in enumerate(payload if isinstance(payload, list) else ()):
            if i == 1 and ctype == "multipart/report" and status_as_text(m, sub):
                found.append(Part("message/delivery-status", sub))  # its fields, no notice text
            elif isinstance(sub, Message):
                _walk(sub, depth + 1, found)


# A stub's own words: it says to read the HTML. Such a part names nothing even inside a multipart/mixed (a gateway
# re-wrapping an Exchange NDR's alternative as mixed, audit 44: a false soft), unlike a short notice with a help link.
# (Audit 45: "attached as an HTML file / attachment / document" too; but not a plain notice that names the failure itself,
# its code or its words, and only says the original or a copy follows in HTML: the HTML then is no notice, a false soft.)
_READ_THE_HTML = re.compile(r"\bhtml[- ](?:format|capable|compatible|enabled|viewer|version|file|attachment|document)\b"
                            r"|\bsupports? html\b", re.IGNORECASE)
# (Audit 46: not a phone number's "555-0100", nor the HTML "failed to display": a stub's own words, false softs.)
_NAMES_THE_FAILURE = re.compile(r"\b[245]\.\d{1,3}\.\d{1,3}\b|(?<![-.])\b[45]\d\d\b(?![-.]\d)"
                                r"|\bfailed\b(?!\s+to\s+(?:display|load|render|open|show|appear))|\bfailure\b|undeliver|not (?:be )?"
                                r"delivered|\bunknown\b|\bno such\b|\brejected\b|\brefused\b|\bdenied\b|\bfull\b|quota",
                                re.IGNORECASE)


class Mail:
    """A parsed message and the lazily computed views the formats need."""

    def __init__(self, raw: bytes) -> None:
        forget_lowercase()  # the last message's texts (lowercase_once)
        self.raw = normalise(raw)
        self.msg: Message = parse_bytes(self.raw)
        self._headers: dict[str, str] = {}
        # What other modules work out once per message (reporters: the generator, the
        # Received lines), kept here so that it lives exactly as long as the message.
        self.memo: dict[str, object] = {}

    def header(self, name: str) -> str:
        # Formats, hints and reporters ask for the same few headers many times over, and most of the
        # generators' own fields are not there: a lowercase name `names` lacks is "" (decode_header(None)),
        # as `msg.get`, which looks its name up lowercased in the same index, would answer.
        value = self._headers.get(name)
        if value is None:
            value = self._headers[name] = decode_header(self.msg.get(name)) \
                if name in self.names or name.lower() != name else ""
        return value

    @once
    def names(self) -> dict[str, tuple[str, object]]:
        """The message's own header names, lowercase (IndexedMessage.names; nothing here changes its headers):
        `"x-name" in mail.names` is `mail.msg.get("x-name") is not None` for a lowercase name, without a call."""
        return self.msg.names()

    @once
    def subject(self) -> str:
        """The Subject as the bounce's writer wrote it: without the tags that mail gateways and
        filters put in front ("[EXTERNAL] ", "[SPAM] ", "*** SPAM *** "), which would hide a
        reply's "Re:" or a generator's fixed subject line."""
        # Capped: every format runs its patterns over the subject, and a hostile 1 MB
        # subject line must not cost each of them a megabyte scan (fuzz_classify found it).
        subject = self.header("subject")[:MAX_HEADER]
        return _GATEWAY_TAGS.sub("", subject) if subject[:1] in "[*" else subject

    @once
    def from_(self) -> str:
        return self.header("from")[:MAX_HEADER].lower()

    @once
    def content_type(self) -> str:
        return content_type(self.msg)

    @once
    def parts(self) -> tuple[Part, ...]:
        """Parts of the notice, stopping at (not entering) attached messages."""
        found: list[Part] = []
        _walk(self.msg, 0, found)
        return tuple(found)

    def parts_of(self, *ctypes: str) -> list[Message]:
        return [p.message for p in self.parts if p.content_type in ctypes]

    @once
    def text(self) -> str:
        """All human-readable text of the notice (text/plain preferred over HTML), without
        the banners and disclaimers gateways add (`sections.without_boilerplate`)."""
        return without_boilerplate(self._text())

    def _text(self) -> str:
        parts = self.parts  # walking first repairs multiparts with a broken boundary
        if not self.msg.is_multipart():
            body = part_text(self.msg)
            return html_to_text(body) if self.content_type == "text/html" else body
        # (The parts' texts joined hold more than white space exactly where one of them does.)
        plain = "\n".join([part_text(m) for m in self.parts_of("text/plain") if not self._header_attachment(m)])
        # A plain alternative that only says to read the HTML one (a gateway's or template's stub, "This message is
        # in HTML format.", review layouts42) names nobody and nothing: the HTML is the notice.
        if plain.strip() and not (len(plain) < 300 and "@" not in plain and "html" in plain.lower()
                                  and (self._plain_is_an_alternative()
                                       or (_READ_THE_HTML.search(plain) and not _NAMES_THE_FAILURE.search(plain)))):
            return plain
        html = "\n".join([html_to_text(part_text(m)) for m in self.parts_of("text/html")])
        if plain.strip() and not html.strip():
            return plain
        if html.strip():
            return html
        # Nothing readable in text parts: a part of another type that still holds text
        # (a multipart we could not split, an unknown text-ish type) is better than nothing.
        return "\n".join(part_text(p.message) for p in parts
                         if not p.content_type.startswith(("message/", "image/", "audio/", "video/"))
                         and isinstance(payload_of(p.message), str))

    @once
    def notice(self) -> str:
        """`text` cut before the copy of the original message."""
        text = self.text
        notice = text[: original_section(text)]
        remember_head(notice, text)  # its lowercase cut from the text's, which original_section made
        return notice

    @once
    def dsn_blocks(self) -> list[list[tuple[str, str]]]:
        """Field blocks of message/delivery-status parts (RFC 3464)."""
        blocks: list[list[tuple[str, str]]] = []
        for m in self.parts_of("message/delivery-status", "message/global-delivery-status"):
            blocks.extend(status_fields(m))
        return blocks

    def _plain_is_an_alternative(self) -> bool:
        """Every text/plain part is a direct child of a multipart/alternative (RFC 2046 5.1.4: the same content
        in other forms), so an HTML part may stand for it. In a multipart/mixed the HTML beside a short plain
        notice is another body: a gateway's footer or scan banner, another message (audit 43b); the plain
        notice, its reason and a help link '.../bounce.html' in it, is then the notice."""
        kids: set[int] = set()
        for p in self.parts:
            if p.content_type == "multipart/alternative":
                payload = payload_of(p.message)
                kids.update(id(sub) for sub in (payload if isinstance(payload, list) else ()))
        return all(id(m) in kids for m in self.parts_of("text/plain") if not self._header_attachment(m))

    def _header_attachment(self, part: Message) -> bool:
        """An attachment holding the original's headers: text/plain (X6 and some appliances
        attach them so), or application/octet-stream, an "original.eml" some appliances attach."""
        if part is self.msg or "attachment" not in str(part.get("content-disposition", "")).lower():
            return False
        return looks_like_headers(part_text(part))

    @once
    def quoted_headers(self) -> dict[str, str]:
        """The original's headers quoted in the notice text (see `quoted_headers`)."""
        return quoted_headers(self.text)

    @once
    def original_headers(self) -> Message | None:
        """Headers of the returned message, where the bounce attached them."""
        for p in self.parts:
            if p.content_type in ("message/rfc822", "message/global", "message/global-headers"):
                payload = payload_of(p.message)
                if (decoded := encoded_text(p.message, payload)) is not None:
                    # Sent encoded (fields.encoded_text; global headers across a 7-bit hop, RFC 6533 6.3: review
                    # formats57): decode first.
                    return _headers_from_text(decoded)
                if isinstance(payload, list) and payload and isinstance(payload[0], Message):
                    return payload[0]
                if isinstance(payload, str) and p.content_type != "message/global-headers":
                    return _headers_from_text(payload)
            if p.content_type == "text/rfc822-headers":
                return _headers_from_text(part_text(p.message))
        for p in self.parts:
            if p.content_type in ("text/plain", "application/octet-stream") and self._header_attachment(p.message):
                return _headers_from_text(part_text(p.message))
        return None


def _headers_from_text(text: str) -> Message:
    return message_from_text(text.lstrip("\n").split("\n\n", 1)[0] + "\n\n")
