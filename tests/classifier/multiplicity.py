"""Recipient-multiplicity variants of a bounce, as its own generator would write them
(tests/classifier/test_recipient_multiplicity.py).

A real notice names one failed recipient or many, sometimes beside recipients it delivered,
relayed, expanded or is still trying. From a notice naming one failed recipient these build:

- `failed(raw, address, n)`: n recipients failing the same way. An RFC 3464 report gets one
  per-recipient block per address (Final-/Original-Recipient and the Diagnostic-Code with the
  new address); the notice text gets the recipient's unit repeated in its own layout: a line
  that starts with the address and the lines under it (qmail's "<addr>:" paragraph, Postfix's
  "<addr>: reason" paragraph, Exim's indented address with its indented reason, Sendmail's
  "<addr>" under "The following addresses had permanent fatal errors", Exchange's address
  line and reason), and a transcript line quoting an SMTP reply or command about it (Sendmail's
  "<<< 550 5.1.1 <addr>... User unknown"). Exim's X-Failed-Recipients and the returned
  original's To/Cc list every address.
- `outcome(raw, address, action)`: one more per-recipient block with Action delivered,
  relayed, expanded or delayed.
- `reversed_blocks(raw)`: the per-recipient blocks in reverse order.

A transform returns `(message, None)` or `(None, why)` when the layout cannot be extended
faithfully: the address named in a sentence ("Your message to addr couldn't be delivered"),
in the Subject, in an HTML copy of the notice, or a report that is no stdlib-readable
message/delivery-status part. Built with the first round's stdlib helpers (transport.py),
never the classifier's parser.
"""

from __future__ import annotations

import base64
import copy
import quopri
import re
from email.message import Message

from tests.classifier.transport import notice_parts, parse, write

Result = tuple[bytes | None, str | None]

# Fields of a copy of the original's headers: To/Cc list every recipient of a message sent to
# several; a trace field names the one copy it carried and stays as it is.
_LIST_FIELD = re.compile(r"^[ \t]*(?:to|cc)[ \t]*:", re.I)
_TRACE_FIELD = re.compile(r"^(?:[ \t]+for[ \t]|[ \t]*(?:received|delivered-to|x-original-to|envelope-to|"
                          r"x-rcpt-to|x-failed-recipients|bcc|resent-to|return-path|from|reply-to|sender)[ \t]*:)", re.I)
# A transcript line about the address: an SMTP reply or command (Sendmail, Postfix's verbose).
_TRANSCRIPT = r"[ \t]*(?:<<<|>>>)?[ \t]*(?:\d{3}[ -](?:\d\.\d{1,3}\.\d{1,3}[ -])?|rcpt to:[ \t]*)<?"


def new_addresses(address: str, n: int) -> list[str]:
    """`address` and n - 1 more at its domain (`jdoe2@`, ...: none holds the first as a part)."""
    local, _, domain = address.rpartition("@")
    return [address] + [f"{local}{i}@{domain}" for i in range(2, n + 1)]


def _sub(text: str, address: str, new: str) -> str:
    return re.sub(re.escape(address), new.replace("\\", r"\\"), text, flags=re.I)


# ----------------------------------------------------------------- the notice text

_MARKER = re.compile(r"[ \t]*(?:->|\*)[ \t]")  # amavis's "-> addr", a bulleted "* addr"


def _head(line: str, address: str) -> bool:
    """A line that starts with the address (a list entry), bracketed or not."""
    m = re.match(r"[ \t]*(?:(?:->|\*)[ \t]+)?<?" + re.escape(address) + r">?(?=$|[\s:,.)]|\.\.\.)", line, re.I)
    return m is not None


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _unit_end(lines: list[str], i: int) -> int:
    """Where the list entry opened by lines[i] ends: a head at the margin runs to the next
    blank line (qmail, Postfix, Sendmail, Exchange); an indented head (Exim) takes the lines
    indented further."""
    j = i + 1
    head = _indent(lines[i])
    while j < len(lines) and lines[j].strip():
        if head and _indent(lines[j]) <= head:
            break
        j += 1
    return j


def _gapped(unit: list[str]) -> bool:
    """Entries of this layout are blank-separated: paragraphs at the margin (qmail, Postfix,
    Exchange) are; indented (Exim, Gmail) and bulleted (amavis) ones are not, nor Sendmail's
    bare "<addr>" line with its indented "(reason: ...)" under it."""
    head = unit[0]
    if _indent(head) or _MARKER.match(head):
        return False
    bare = re.fullmatch(r"<[^<>\s]+@[^<>\s]+>", head.strip()) is not None
    return not (bare and len(unit) > 1 and all(_indent(x) for x in unit[1:]))


def extend_text(text: str, address: str, others: list[str]) -> tuple[str | None, str | None]:
    """`text` naming `others` beside `address` in its own layout; None and why if it cannot."""
    lines = text.split("\n")
    out: list[str] = []
    i = found = 0
    low = address.lower()
    while i < len(lines):
        line = lines[i]
        if low not in line.lower():
            out.append(line)
            i += 1
            continue
        if _head(line, address):
            j = _unit_end(lines, i)
            unit = lines[i:j]
            out.extend(unit)
            for other in others:
                gap = [""] if _gapped(unit) else []
                out.extend(gap + [_sub(x, address, other) for x in unit])
            found += 1
            i = j
            continue
        if re.match(_TRANSCRIPT + re.escape(address), line, re.I):
            out.append(line)
            out.extend(_sub(line, address, other) for other in others)
            found += 1
        elif _LIST_FIELD.match(line):
            out.append(line.rstrip() + "".join(f", {o}" for o in others))
        elif _TRACE_FIELD.match(line):
            out.append(line)
        else:
            return None, "prose"  # named in a sentence: a one-recipient layout
        i += 1
    return ("\n".join(out), None) if found else (None, "not listed")


def _set_text(part: Message, text: str) -> None:
    """`text` (latin-1 code points for the part's bytes) as the part's body, in its own
    transfer encoding and charset."""
    data = text.encode("latin-1")
    cte = (part.get("Content-Transfer-Encoding") or "").strip().lower()
    if cte == "base64":
        part.set_payload(base64.encodebytes(data).decode("ascii"))
    elif cte == "quoted-printable":
        part.set_payload(quopri.encodestring(data).decode("ascii"))
    else:
        part.set_payload(data.decode("ascii", "surrogateescape"))


def _text_parts(msg: Message) -> list[Message]:
    return [p for p in notice_parts(msg) if not p.is_multipart() and p.get_content_maintype() == "text"
            and p.get_content_type() != "text/rfc822-headers"]


def _extend_notice(msg: Message, address: str, others: list[str], dsn: bool) -> str | None:
    """The notice's text parts extended; why not, or None when done. A notice with no report
    must list the address in its text (a Sieve refusal names one recipient, by login name)."""
    done = dsn
    for part in _text_parts(msg):
        data = part.get_payload(decode=True)
        if not isinstance(data, bytes):
            return "undecodable"
        text = data.decode("latin-1")
        if address.lower() not in text.lower():
            continue
        if part.get_content_type() != "text/plain":
            return "html"
        new, why = extend_text(text, address, others)
        if new is None and not (dsn and why == "not listed"):
            return why
        if new is not None:
            _set_text(part, new)
            done = True
    return None if done else "not listed"


def _extend_headers(msg: Message, address: str, others: list[str]) -> str | None:
    if address.lower() in str(msg.get("Subject") or "").lower():
        return "subject"
    value = str(msg.get("X-Failed-Recipients") or "")
    if value and address.lower() in value.lower():
        msg.replace_header("X-Failed-Recipients", value.rstrip() + "".join(f", {o}" for o in others))
    return None


def _extend_original(msg: Message, address: str, others: list[str]) -> None:
    """The returned original's To/Cc: it was sent to every recipient."""
    for part in notice_parts(msg):
        if part.get_content_type() != "message/rfc822" or not part.is_multipart():
            continue
        for sub in part.get_payload():
            for name in ("To", "Cc"):
                value = sub.get(name)
                if isinstance(value, str) and address.lower() in value.lower():
                    sub.replace_header(name, value.rstrip() + "".join(f", {o}" for o in others))
        return
    for part in notice_parts(msg):
        if part.get_content_type() == "text/rfc822-headers":
            data = part.get_payload(decode=True)
            if isinstance(data, bytes):
                lines = data.decode("latin-1").split("\n")
                lines = [x.rstrip() + "".join(f", {o}" for o in others)
                         if _LIST_FIELD.match(x) and address.lower() in x.lower() else x for x in lines]
                _set_text(part, "\n".join(lines))


# ----------------------------------------------------------------- the report's blocks

def status_parts(msg: Message) -> list[Message]:
    return [p for p in notice_parts(msg) if p.get_content_type().endswith("delivery-status")]


def _recipient_blocks(part: Message) -> list[Message]:
    return [b for b in part.get_payload()[1:]
            if any(k.lower() in ("final-recipient", "original-recipient") for k in b.keys())]


def _block_for(block: Message, address: str, new: str) -> Message:
    out = copy.deepcopy(block)
    out._headers = [(k, _sub(v, address, new)) for k, v in block._headers]
    return out


def _the_block(msg: Message, address: str) -> tuple[Message | None, Message | None, str | None]:
    """The report's status part and its one per-recipient block, naming `address`."""
    parts = status_parts(msg)
    if not parts:
        return None, None, None
    if len(parts) > 1 or not parts[0].is_multipart():
        return None, None, "status part unreadable"
    blocks = _recipient_blocks(parts[0])
    if len(blocks) != 1:
        return None, None, "several blocks"
    if address.lower() not in str(blocks[0].get("Final-Recipient", "")).lower():
        return None, None, "address not in Final-Recipient"
    return parts[0], blocks[0], None


def failed(raw: bytes, address: str, n: int) -> Result:
    """`raw` naming n recipients that failed as `address` did."""
    msg = parse(raw)
    others = new_addresses(address, n)[1:]
    part, block, why = _the_block(msg, address)
    why = why or _extend_headers(msg, address, others) or _extend_notice(msg, address, others, part is not None)
    if why:
        return None, why
    if part is not None:
        payload = part.get_payload()
        at = payload.index(block) + 1
        part.set_payload(payload[:at] + [_block_for(block, address, o) for o in others] + payload[at:])
    _extend_original(msg, address, others)
    out = write(msg)
    # Nothing the stdlib could find to extend (a report whose boundary its header misnames).
    return (None, "unreadable") if out == write(parse(raw)) else (out, None)


# What each outcome's block says (RFC 3464 2.3.3; the replies Postfix writes for them).
_OUTCOMES = {
    "delivered": ("2.0.0", "smtp; 250 2.0.0 Ok: queued as 4QxLk21Mbz"),
    "relayed": ("2.0.0", "smtp; 250 2.0.0 Ok: queued as 4QxLk21Mbz"),
    "expanded": ("2.0.0", None),
    "delayed": ("4.4.1", "smtp; 451 4.4.1 connect to mx.example.net[192.0.2.7]:25: Connection timed out"),
}


def outcome(raw: bytes, address: str, action: str) -> Result:
    """`raw` with one more recipient (`address` with a 9 added) whose Action is `action`."""
    msg = parse(raw)
    part, block, why = _the_block(msg, address)
    if part is None:
        return None, why or "no report"
    if "action" not in (k.lower() for k in block.keys()):
        return None, "no Action field"  # Haraka's blocks; a corpus message's mangled 'ction:'
    other = new_addresses(address, 9)[-1]
    status, diagnostic = _OUTCOMES[action]
    fields = []
    for k, v in _block_for(block, address, other)._headers:
        name = k.lower()
        if name == "action":
            v = action
        elif name == "status":
            v = status
        elif name == "diagnostic-code":
            if diagnostic is None:
                continue
            v = diagnostic
        elif name in ("last-attempt-date", "final-log-id"):
            continue
        fields.append((k, v))
    if action == "delayed":
        fields.append(("Will-Retry-Until", "Sat, 7 Mar 2026 09:00:00 +0100"))
    added = copy.deepcopy(block)
    added._headers = fields
    payload = part.get_payload()
    part.set_payload(payload + [added])
    return write(msg), None


def reversed_blocks(raw: bytes) -> Result:
    """`raw` with its per-recipient blocks in reverse order."""
    msg = parse(raw)
    parts = status_parts(msg)
    if len(parts) != 1 or not parts[0].is_multipart():
        return None, "no report" if not parts else "status part unreadable"
    payload = parts[0].get_payload()
    if len(_recipient_blocks(parts[0])) < 2 or len(payload) < 3:
        return None, "one block"
    parts[0].set_payload(payload[:1] + payload[1:][::-1])
    return write(msg), None
