"""`Name: value` field blocks and the attached parts they come from (read by parse.py's `Mail`):
RFC 822-style blocks (`parse_fields`), a delivery-status part's blocks, also where a gateway gave
it a transfer encoding (`status_fields`), the original's headers quoted in a notice's text
(`quoted_headers`), whether a part is a header block (`looks_like_headers`), and an attached
message's text as it was sent (`source_text`, `source_bytes`, `encoded_original`).
"""

from __future__ import annotations

import binascii
import quopri
import re
from collections.abc import Iterator
from email.message import Message

from classifier.guard import Fast
from classifier.sections import original_section
from classifier.text import MAX_TEXT, bytes_to_text, decode_header, part_text, payload_of, qp_unpadded, utf8_text

FIELD = re.compile(r"([A-Za-z][A-Za-z0-9-]{0,40}):[ \t]?(.*)")


def mta_host(field: str | None) -> str:
    """A DSN's MTA field ("dns; host", "dns; [192.0.2.1]") as a bare lowercase host name: the one reading of it
    (ours, engine and remote compare it with domains)."""
    return (field or "").rpartition(";")[2].strip().strip("[]").lower().rstrip(".")


def parse_fields(text: str) -> list[list[tuple[str, str]]]:
    """RFC 822-style `Name: value` blocks separated by blank lines, continuations joined."""
    return list(iter_fields(text))


def iter_fields(text: str) -> Iterator[list[tuple[str, str]]]:
    """`parse_fields`, one block at a time (a reader that wants the first block stops early)."""
    current: list[tuple[str, str]] = []
    for line in text.split("\n"):
        if not line or line.isspace():  # blank (isspace: what strip() would empty, without a copy)
            if current:
                yield current
                current = []
            continue
        if ":" not in line and not line[0].isspace():
            continue  # neither blank, nor a continuation, nor a field: prose, skipped
        if line[0] in " \t" and current:
            name, value = current[-1]
            current[-1] = (name, f"{value} {line.strip()}".strip())
            continue
        m = FIELD.match(line)
        if m:
            current.append((m.group(1).lower(), m.group(2).strip()))
    if current:
        yield current




HEADER_NAMES = frozenset(("message-id", "from", "to", "subject", "date", "received", "return-path", "cc"))
_QUOTED_MSGID = re.compile(r"(?im)^[ \t>]{0,4}message-id:\s{0,4}<?([^<>\s]{1,250}@[^<>\s]{1,250}?)>?\s*$")
# Speed only (speed round 5): on non-ASCII text the case-insensitive search ran at every line of a region, 60
# microseconds; guard.Fast's non-ASCII path (classifier/folded.py) skips a region whose fold lacks "message-id:".
_QUOTED_MSGID_FAST = Fast(_QUOTED_MSGID)


def quoted_headers(text: str) -> dict[str, str]:
    """Headers of the original message quoted in a plain-text bounce, after the marker that
    starts the copy (or, without one, the first header block that looks like a message's)."""
    cut = original_section(text)
    region = text[cut:cut + 20000] if cut < len(text) else text[:40000]
    fields: dict[str, str] = {}
    for block in iter_fields(region):
        known = HEADER_NAMES.intersection([k for k, _ in block])
        if cut >= len(text) and len(known) < 3:
            continue  # without a marker, only a real header block counts
        if known:
            # A later block's Cc is a quoted older message's, not this one's (review 89), also where the copy (after a
            # marker) was trimmed to From/Date and has no To (review 91: a reply chain's "Cc: pat@..." read as the
            # failed "pat"). Its To is still read: a copy's own header lines may be split into blocks, and a later block
            # without a From is such a piece, its Cc the copy's own (review 94: "From/Date", a blank line, "Cc: kim").
            # Not a piece that repeats a field already read, or holds Outlook's reply-chain "Sent:" (review 97: the
            # copy's From/Date, a blank line, a quoted chain's "Sent/To/Cc/Subject" read its Cc as failed).
            had_to = ("to" in fields or (cut < len(text) and bool(fields))) and (
                "from" in known or not known.isdisjoint(fields) or any(k == "sent" for k, _ in block))
            for k, v in block:
                # Cc too: a notice may name a Cc'd recipient, and one sharing a name or local part with a To
                # recipient makes either a guess (formats/named.py, review 85).
                # Bcc as Cc: a returned copy that keeps it is our sender's own (RFC 5322 3.6.3), its addresses ours
                # (review 99); sync's trust check still asks the sent message's To/Cc/Bcc.
                if k in ("message-id", "from", "to", "cc", "bcc", "subject", "date") and k not in fields and not (
                        k in ("cc", "bcc") and had_to):
                    fields[k] = decode_header(v)
            if "message-id" in known or "subject" in known:
                break
    if "message-id" not in fields:
        m = _QUOTED_MSGID.search(region) if region.isascii() else _QUOTED_MSGID_FAST.other.search(region)
        if m:
            fields["message-id"] = m.group(1)
    return fields


def status_fields(m: Message) -> list[list[tuple[str, str]]]:
    """The field blocks of one delivery-status (or disposition-notification) part."""
    payload = payload_of(m)
    if (text := encoded_text(m, payload)) is not None:
        # RFC 6533 lets a UTF-8 report carry a transfer encoding, and gateways that re-encode
        # every part do so to RFC 3464 reports too: decode, then read. Where the decoded text
        # names no recipient, the label was wrong (plain fields marked base64): read as sent.
        decoded = parse_fields(text)
        if any(k in ("final-recipient", "original-recipient") for block in decoded for k, _ in block):
            return decoded
    if not isinstance(payload, list):
        return parse_fields(part_text(m))
    blocks = []
    for sub in payload:
        if isinstance(sub, Message):
            # Headers folded over lines: unfold.
            # raw_items(): items() turns 8-bit bytes into U+FFFD, and RFC 6533
            # reports carry UTF-8 addresses as raw 8-bit text.
            blocks.append([(k.lower(), " ".join(utf8_text(v).split())) for k, v in sub.raw_items()])
            # compat32 puts a following block without blank line into the body (and a UTF-8
            # report, which it reads as a message, all blocks after the first).
            body = sub._payload  # payload_of() would decode its 8-bit UTF-8 as ASCII
            if isinstance(body, str) and ":" in body:
                blocks.extend(parse_fields(utf8_text(body)))
    return blocks


def looks_like_headers(text: str) -> bool:
    """A part that is the returned message's header block (to 16,000 characters: a loop's 50 Received)."""
    head = text.lstrip("\n")[:16_000].split("\n\n", 1)[0]
    names = {m.group(1).lower() for m in re.finditer(r"(?m)^([A-Za-z][A-Za-z0-9-]{0,40}):", head)}
    return len(names & HEADER_NAMES) >= 3


def source_text(part: Message) -> str | None:
    """The text of an attached message (a message/* part's body) as it was sent, where
    classifier/mime.py parsed it; None where the stdlib did."""
    source = getattr(part, "source", None)
    if source is None:
        return None
    text, start, end = source
    return text[start:end]


def source_bytes(part: Message) -> bytes | None:
    """`source_text` as the bytes it was decoded from (ASCII with surrogateescape)."""
    text = source_text(part)
    if text is None:
        return None
    try:
        return text.encode("ascii", "surrogateescape")
    except UnicodeEncodeError:  # not text the parser decoded from bytes
        return None


def encoded_text(part: Message, payload: object) -> str | None:
    """The text of a message part sent with a base64 or quoted-printable transfer encoding, decoded; None for a part
    sent as it is. (RFC 2046 5.2.1 allows neither for message/rfc822, yet Outlook's forward as attachment and
    gateways that re-encode every part send it so; RFC 6533 lets UTF-8 reports and global headers carry either.)"""
    cte = str(part.get("content-transfer-encoding", "")).strip().lower()
    return encoded_original(part, payload, cte) if cte in ("base64", "quoted-printable") else None


def encoded_original(part: Message, payload: object, cte: str) -> str:
    """The text of a message/rfc822 part sent with a transfer encoding."""
    source = source_text(part)  # the text as sent (classifier/mime.py)
    if source is not None:
        text = source
    elif isinstance(payload, list):  # parsed as a message, or as status blocks: the first not empty, where blank
        try:  # lines opening the encoded body left empty ones (review 50; a re-serializing gateway adds more: 53)
            inner = next((p for p in payload if isinstance(p, Message) and (p.keys() or p._payload)), None)
            text = inner.as_string() if inner is not None else ""
        except Exception:  # noqa: BLE001 - the generator re-encodes: an unknown charset raises
            text = ""  # (LookupError, found by tests/classifier/snapshot.py's fuzzed mail)
    else:
        text = str(payload)
    data = text.encode("ascii", "replace")
    try:
        if cte == "base64":
            data = binascii.a2b_base64(b"".join(data.split()))
        else:
            data = quopri.decodestring(qp_unpadded(text).encode("ascii", "replace"))
    except Exception:  # noqa: BLE001 - damaged encoding: read what is there
        pass
    return bytes_to_text(data[: MAX_TEXT * 2], part.get_content_charset())
