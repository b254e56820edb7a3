"""How different MTAs lay out the same RFC 3464 facts, as functions `bytes -> bytes`
(tests/classifier/test_layout_invariance.py).

Each transform rewrites the message/delivery-status part (or the human-readable part) of a
multipart/report the way another generator writes the same recipient, status and remote reply:
the Diagnostic-Code's type and spacing (RFC 3464 2.3.6: `diagnostic-type ";" *text`, types
compared case-insensitively), a reply folded at 78 columns (Sendmail, Exchange), the enhanced
code repeated in the reply or not, a multi-line reply, a Status comment (RFC 3464 2.3.4 allows
one), Action in upper case, fields in another order, Final-Recipient with angle brackets or no
space, Remote-MTA / Reporting-MTA spellings and presence, extension fields (Postfix's
X-Postfix-Queue-ID and X-Actual-Recipient), Arrival-Date and Last-Attempt-Date, the report typed
text/plain (the human part as Postfix or Exchange write it: layout_human.py).

Fields the transform does not touch are written back byte for byte (a block is a list of
(name, raw value with its continuation lines)); a message without a delivery-status part, or
without what a transform changes, comes back unchanged (the test skips it).
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from email.message import Message

from tests.classifier.transport import _POLICY, Transform, _Generator, _retype, _status_text, notice_parts, parse

STATUS_TYPES = ("message/delivery-status", "message/global-delivery-status")
Block = list[list[str]]  # [[name, raw value (after the colon, continuation lines kept)], ...]; name "" = other line
_FIELD = re.compile(r"([A-Za-z][A-Za-z0-9-]{0,40}):(.*)", re.S)
_REPLY = re.compile(r"^\s*([245]\d\d)([ -])(?:([245]\.\d{1,3}\.\d{1,3}) )?")
_CODE = re.compile(r"^\s*([245]\.\d{1,3}\.\d{1,3})")
_RECIPIENT = ("final-recipient", "original-recipient")
# RFC 3463's own names of the codes most reports carry (the Status comment some servers add).
RFC3463 = {"5.1.1": "bad destination mailbox address", "5.1.2": "bad destination system address",
           "5.1.10": "recipient address has null MX", "5.2.1": "mailbox disabled, not accepting messages",
           "5.2.2": "mailbox full", "4.2.2": "mailbox full", "5.3.4": "message too big for system",
           "5.4.4": "unable to route", "4.4.1": "no answer from host", "4.4.7": "delivery time expired",
           "5.7.1": "delivery not authorized, message refused", "5.4.6": "routing loop detected"}


# ----------------------------------------------------------------- parse and write back

class _TextStatusGenerator(_Generator):
    """transport's generator, writing a delivery-status part given as text as it is (the
    stdlib's writer expects its blocks as messages)."""

    def _handle_message_delivery_status(self, msg: Message) -> None:
        if isinstance(msg.get_payload(), str):
            self._handle_text(msg)
        else:
            super()._handle_message_delivery_status(msg)


def _edit(raw: bytes, edit: Callable[[Message], bool]) -> bytes:
    """`edit` the parsed tree; `raw` itself when it found nothing to change."""
    msg = parse(raw)
    if not edit(msg):
        return raw
    out = io.BytesIO()
    _TextStatusGenerator(out, mangle_from_=False, maxheaderlen=0, policy=_POLICY).flatten(msg)
    return out.getvalue()


# ----------------------------------------------------------------- blocks

def split_blocks(text: str) -> list[Block]:
    """A delivery-status body as blocks of raw fields (continuations kept with their field)."""
    blocks: list[Block] = []
    current: Block = []
    for line in text.split("\n"):
        if not line.strip():
            if current:
                blocks.append(current)
                current = []
            continue
        m = _FIELD.match(line)
        if line[0] in " \t" and current:
            current[-1][1] += "\n" + line
        elif m:
            current.append([m.group(1), m.group(2)])
        else:
            current.append(["", line])
    if current:
        blocks.append(current)
    return blocks


def join_blocks(blocks: list[Block]) -> str:
    return "\n\n".join("\n".join(f"{k}:{v}" if k else v for k, v in b) for b in blocks) + "\n"


def value(field: list[str]) -> str:
    """A field's value unfolded and stripped."""
    return " ".join(field[1].split())


def get(block: Block, name: str) -> list[str] | None:
    return next((f for f in block if f[0].lower() == name), None)


def is_recipient(block: Block) -> bool:
    return any(f[0].lower() in _RECIPIENT for f in block)


def diagnostic(block: Block) -> tuple[str, str] | None:
    """(type, text) of the block's Diagnostic-Code."""
    f = get(block, "diagnostic-code")
    if f is None or ";" not in value(f):
        return None
    kind, _, text = value(f).partition(";")
    return kind.strip(), text.strip()


def substantial(block: Block) -> bool:
    """A Diagnostic-Code the classifier reads alone (dsn.facts_from_blocks borrows the notice's
    lines for a shorter one, so a transform of the human part would change its words)."""
    d = diagnostic(block)
    return d is not None and len(d[1]) >= 8 and any(c.isalpha() for c in d[1])


def status_parts(msg: Message) -> list[Message]:
    """The delivery-status parts of the notice's multipart/report parts (RFC 3464 reports only:
    a status part in a multipart/mixed is some appliance's own layout)."""
    return [sub for p in notice_parts(msg) if p.get_content_type() == "multipart/report" and p.is_multipart()
            for sub in p.get_payload() if sub.get_content_type() in STATUS_TYPES]


BlockEdit = Callable[[list[Block]], bool]


def on_blocks(edit: BlockEdit) -> Transform:
    """A transform editing every delivery-status part's blocks in place."""
    def tree(msg: Message) -> bool:
        done = False
        for part in status_parts(msg):
            text = _status_text(part)
            if "\n--" in "\n" + text:
                continue  # a boundary line inside: a broken source, whose next part lies in this one
            blocks = split_blocks(text)
            if edit(blocks):
                part.set_payload(join_blocks(blocks))
                done = True
        return done
    return lambda raw: _edit(raw, tree)


def per_field(names: tuple[str, ...], change: Callable[[str, Block], str | None],
              recipients_only: bool = True) -> Transform:
    """Each field of `names` replaced by `change(value, block)` (None: left as it is)."""
    def edit(blocks: list[Block]) -> bool:
        done = False
        for block in blocks:
            if recipients_only and not is_recipient(block):
                continue
            for f in block:
                if f[0].lower() in names:
                    new = change(value(f), block)
                    if new is not None and new != value(f):
                        f[1] = " " + new
                        done = True
        return done
    return on_blocks(edit)


# ----------------------------------------------------------------- 1. Diagnostic-Code type and spacing

def _retyped(spelling: str, reply: bool) -> Callable[[str, Block], str | None]:
    """The Diagnostic-Code's type written `spelling`: `SMTP` for an SMTP reply (Sendmail writes
    upper case), `X-Postfix` for a text that is no reply (Postfix's own diagnostics, which
    Exchange and others type `smtp` whatever they hold). X-Unix is left alone: it marks a local
    delivery program's output, which dsn.py reads as such on purpose."""
    def change(v: str, block: Block) -> str | None:
        kind, _, text = v.partition(";")
        if kind.strip().lower() not in ("smtp", "x-postfix") or bool(_REPLY.match(text)) != reply or not text.strip():
            return None
        return f"{spelling}; {text.strip()}"
    return change


def _spaced(gap: str) -> Callable[[str, Block], str | None]:
    def change(v: str, block: Block) -> str | None:
        kind, sep, text = v.partition(";")
        return f"{kind.strip()};{gap}{text.strip()}" if sep and text.strip() and len(kind) < 20 else None
    return change


def fold78(name: str, text: str, indent: str = "    ") -> str:
    """`text` as the value of field `name` wrapped at 78 columns, continuation lines indented
    (Sendmail's and Exchange's way with a long reply)."""
    words, lines, line = text.split(" "), [], f"{name}:"
    for w in words:
        if len(line) + 1 + len(w) > 78 and line.strip() and line != f"{name}:":
            lines.append(line)
            line = indent + w
            continue
        line = f"{line} {w}"
    lines.append(line)
    return "\n".join(lines)[len(name) + 1 :]


def _multiline(v: str, block: Block) -> str | None:
    """A reply of several sentences as the multi-line reply servers send (RFC 5321 4.2.1:
    '550-5.1.1 first line' ... '550 5.1.1 last line', Gmail's way), one sentence a line, as
    Postfix and Exim copy it into the Diagnostic-Code (the lines run together)."""
    kind, _, text = v.partition(";")
    m = _REPLY.match(text)
    if not m or m.group(2) != " ":
        return None
    code = m.group(1) + (f" {m.group(3)}" if m.group(3) else "")
    sentences = re.split(r"(?<=[a-z]\.) (?=[A-Z])", text[m.end():].strip())
    if len(sentences) < 2:
        return None
    head = [f"{code.replace(' ', '-', 1)} {s}" for s in sentences[:-1]]
    return f"{kind.strip()}; " + " ".join([*head, f"{code} {sentences[-1]}"])


def diag_folded(raw: bytes) -> bytes:
    def edit(blocks: list[Block]) -> bool:
        done = False
        for block in filter(is_recipient, blocks):
            f = get(block, "diagnostic-code")
            if f is not None and len(f[0]) + len(value(f)) > 76 and "\n" not in f[1]:
                f[1] = fold78(f[0], value(f))
                done = True
        return done
    return on_blocks(edit)(raw)


# ----------------------------------------------------------------- 2. status, action, recipient spellings

def _status_of(block: Block) -> str | None:
    f = get(block, "status")
    m = _CODE.match(value(f)) if f else None
    return m.group(1) if m else None


def _without_code(v: str, block: Block) -> str | None:
    """'550 5.1.1 text' -> '550 text' where 5.1.1 is the block's Status (Postfix repeats it, many don't)."""
    kind, _, text = v.partition(";")
    m = _REPLY.match(text)
    if not m or not m.group(3) or m.group(3) != _status_of(block) or m.group(2) != " ":
        return None
    return f"{kind.strip()}; {m.group(1)} {text[m.end():].strip()}"


def _with_code(v: str, block: Block) -> str | None:
    """'550 text' -> '550 5.1.1 text' where the Status is 5.1.1 (not x.0.0, which says nothing)."""
    kind, _, text = v.partition(";")
    m = _REPLY.match(text)
    status = _status_of(block)
    if not m or m.group(3) or m.group(2) != " " or not status or status.endswith(".0.0") \
            or status[0] != m.group(1)[0] or _CODE.match(text[m.end():]):
        return None
    return f"{kind.strip()}; {m.group(1)} {status} {text[m.end():].strip()}"


def _status_comment(v: str, block: Block) -> str | None:
    """'5.1.1' -> '5.1.1 (bad destination mailbox address)' (RFC 3463's name of the code), only
    where a Diagnostic-Code speaks for the recipient: without one, dsn.py reads the comment as
    the explanation (Haraka puts the reply there), which is what it is for."""
    m = _CODE.match(v)
    if not m or v.strip() != m.group(1) or m.group(1) not in RFC3463 or not substantial(block):
        return None
    return f"{m.group(1)} ({RFC3463[m.group(1)]})"


def _recipient(fmt: str) -> Callable[[str, Block], str | None]:
    def change(v: str, block: Block) -> str | None:
        kind, sep, addr = v.partition(";")
        addr = addr.strip()
        if not sep or kind.strip().lower() != "rfc822" or not re.fullmatch(r"[^\s<>]+@[^\s<>]+", addr):
            return None
        return fmt.format(addr)
    return change


# ----------------------------------------------------------------- 3. MTA fields, extensions, dates

def _mta(fmt: str) -> Callable[[str, Block], str | None]:
    def change(v: str, block: Block) -> str | None:
        kind, sep, host = v.partition(";")
        return fmt.format(host.strip()) if sep and kind.strip().lower() == "dns" and host.strip() else None
    return change


def _drop(name: str) -> Transform:
    def edit(blocks: list[Block]) -> bool:
        done = False
        for block in blocks:
            for f in [f for f in block if f[0].lower() == name]:
                block.remove(f)
                done = True
        return done
    return on_blocks(edit)


_DATE = "Thu, 3 Dec 2026 06:59:12 +0000"


def _add_after(name: str, line: Callable[[Block], str | None], per_message: bool) -> Transform:
    """A field `line(block)` added after the block's field `name` (or at its end)."""
    def edit(blocks: list[Block]) -> bool:
        targets = blocks[:1] if per_message else [b for b in blocks if is_recipient(b)]
        if per_message and (not blocks or is_recipient(blocks[0])):
            return False
        done = False
        for block in targets:
            new = line(block)
            if new is None:
                continue
            at = next((i + 1 for i, f in enumerate(block) if f[0].lower() == name), len(block))
            k, _, v = new.partition(":")
            block.insert(at, [k, v])
            done = True
        return done
    return on_blocks(edit)


def _actual(block: Block) -> str | None:
    """Postfix's X-Actual-Recipient, here the same address as Final-Recipient."""
    if get(block, "x-actual-recipient"):
        return None
    f = get(block, "final-recipient")
    return f"X-Actual-Recipient: {value(f)}" if f and value(f).lower().startswith("rfc822;") else None


# The order Amazon SES's inbound reports use (Action first, Status last); RFC 3464 sets no order.
_SES_ORDER = {"action": 0, "final-recipient": 1, "original-recipient": 2, "remote-mta": 3, "diagnostic-code": 4,
              "status": 5}


def action_first(raw: bytes) -> bytes:
    """A recipient's fields in another order (Action first, Status after the Diagnostic-Code).
    Not in a block holding several recipients run together (AOL's relay), where order is the
    only thing that says which field is whose."""
    def edit(blocks: list[Block]) -> bool:
        done = False
        for block in blocks:
            if sum(f[0].lower() == "final-recipient" for f in block) != 1 or any(not f[0] for f in block):
                continue
            new = sorted(block, key=lambda f: _SES_ORDER.get(f[0].lower(), 9))
            if new != block:
                block[:] = new
                done = True
        return done
    return on_blocks(edit)(raw)


# ----------------------------------------------------------------- 5. the report typed text/plain

def as_text_plain(raw: bytes) -> bytes:
    """The delivery-status part declared text/plain, same fields (older Exchange and Notes)."""
    def tree(msg: Message) -> bool:
        parts = [p for p in status_parts(msg) if p.get_content_type() == "message/delivery-status"]
        for part in parts:
            text = _status_text(part)
            _retype(part, "text/plain")
            part.set_payload(text)
        return bool(parts)
    return _edit(raw, tree)


TRANSFORMS: dict[str, Transform] = {
    "diag_type_upper": per_field(("diagnostic-code",), _retyped("SMTP", True)),
    "diag_type_postfix": per_field(("diagnostic-code",), _retyped("X-Postfix", False)),
    "diag_type_smtp": per_field(("diagnostic-code",), _retyped("smtp", False)),
    "diag_no_space": per_field(("diagnostic-code",), _spaced("")),
    "diag_spaces": per_field(("diagnostic-code",), _spaced("   ")),
    "diag_folded": diag_folded,
    "diag_multiline": per_field(("diagnostic-code",), _multiline),
    "diag_without_code": per_field(("diagnostic-code",), _without_code),
    "diag_with_code": per_field(("diagnostic-code",), _with_code),
    "status_comment": per_field(("status",), _status_comment),
    "action_upper": per_field(("action",), lambda v, b: v.upper()),
    "recipient_brackets": per_field(_RECIPIENT, _recipient("RFC822; <{}>")),
    "recipient_no_space": per_field(_RECIPIENT, _recipient("rfc822;{}")),
    "mta_upper_no_space": per_field(("reporting-mta", "remote-mta"), _mta("DNS;{}"), recipients_only=False),
    "no_remote_mta": _drop("remote-mta"),
    "no_arrival_date": _drop("arrival-date"),
    "arrival_date": _add_after("reporting-mta", lambda b: None if get(b, "arrival-date") else f"Arrival-Date: {_DATE}",
                               per_message=True),
    "queue_id": _add_after("reporting-mta", lambda b: None if get(b, "x-postfix-queue-id")
                           else "X-Postfix-Queue-ID: 4dM1Zc2Xq7z9vLk", per_message=True),
    "actual_recipient": _add_after("final-recipient", _actual, per_message=False),
    "action_first": action_first,
    "last_attempt": _add_after("status", lambda b: None if get(b, "last-attempt-date")
                               else f"Last-Attempt-Date: {_DATE}", per_message=False),
    "as_text_plain": as_text_plain,
}

