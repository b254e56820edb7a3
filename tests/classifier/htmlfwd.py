"""HTML-only notices and a person's inline forward of a notice, built from a bounce
(tests/classifier/test_html_and_inline_forward.py).

A. `html_only(raw, mailto)`: every human-readable text/plain part of the notice (outside the
   returned original and the report) becomes a text/html rendering of the same text, as
   Outlook/Exchange and Gmail write one: paragraphs as <p>, line breaks as <br>, the text
   HTML-escaped, and with `mailto` every address as a mailto link. A multipart/alternative
   keeps only that rendering (no text/plain alternative is left); a plain-text notice becomes
   a single text/html body.
B. `inline_forward(raw, client)`: a colleague's forward of the notice as mail clients write
   it in the body: Gmail's "---------- Forwarded message ---------" block (From, Date,
   Subject, To), Outlook's "-----Original Message-----" block (From, Sent, To, Subject),
   Thunderbird's "-------- Forwarded Message --------" table or Apple Mail's "Begin forwarded
   message:" (both sent format=flowed, RFC 3676: long lines soft-broken at 72 or 76
   columns, Apple's with delsp=yes), the notice's human-readable text pasted below, from a new sender with Subject
   "Fwd: <subject>" and no report or original part.

Built with the first round's stdlib helpers (transport.py), never the classifier's parser.
Each returns `(message, None)` or `(None, why)` when it does not apply.
"""

from __future__ import annotations

import html
import re
from email.message import Message

from tests.classifier.transport import _leaf_text, _retype, _set_encoded, notice_parts, parse, write

Result = tuple[bytes | None, str | None]

COLLEAGUE = "pat.colleague@colleague.example"
USER = "seller@ourco.example"
_ADDRESS = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_ORIGINAL_TYPES = ("message/rfc822", "message/global", "text/rfc822-headers", "message/global-headers")


def _human_parts(msg: Message) -> list[Message]:
    """The notice's own text/plain leaves, not the report's or the original's."""
    return [p for p in notice_parts(msg) if p.get_content_type() == "text/plain" and not p.is_multipart()]


# ----------------------------------------------------------------- A. HTML only

def render(text: str, mailto: bool, table: bool = False) -> str:
    """`text` as an HTML body: a <p> a paragraph, <br> a line break, addresses as links; with
    `table`, a paragraph a table and a line a row, a "Label: value" line two cells, written
    without a blank between tags (Exchange Online's NDR puts its facts in table cells so)."""
    def line(s: str) -> str:
        escaped = html.escape(s, quote=False)
        if mailto:
            escaped = _ADDRESS.sub(lambda m: f'<a href="mailto:{m.group(0)}">{m.group(0)}</a>', escaped)
        return escaped

    def row(s: str) -> str:
        label, sep, value = s.strip().partition(": ")
        cells = [label + ":", value] if sep and value else [s.strip()]
        return "<tr>" + "".join(f"<td>{line(c)}</td>" for c in cells) + "</tr>"
    paragraphs = [p for p in re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n")) if p.strip()]
    if table:
        # A <br> after each table keeps the blank line between paragraphs.
        body = "".join("<table>" + "".join(row(s) for s in p.split("\n") if s.strip()) + "</table><br>"
                       for p in paragraphs)
    else:
        body = "".join("<p>" + "<br>\n".join(line(s) for s in p.split("\n")) + "</p>\n" for p in paragraphs)
    return f'<html><head><meta charset="utf-8"></head><body>\n{body}</body></html>\n'


def html_only(raw: bytes, mailto: bool = False, table: bool = False) -> Result:
    msg = parse(raw)
    done = False
    for part in list(notice_parts(msg)):
        if part.get_content_type() == "multipart/alternative" and part.is_multipart():
            plain = [p for p in part.get_payload() if p.get_content_type() == "text/plain"]
            text = _leaf_text(plain[0]) if plain else None
            if text is None or not text.strip():
                continue
            rendered = plain[0]
            part.set_payload([rendered])  # the alternative keeps only the HTML rendering
        elif part.get_content_type() == "text/plain" and not part.is_multipart():
            text = _leaf_text(part)
            if text is None or not text.strip():
                continue
            rendered = part
        else:
            continue
        _retype(rendered, "text/html")
        _set_encoded(rendered, render(text, mailto, table), "quoted-printable")
        done = True
    return (write(msg), None) if done else (None, "no human-readable text/plain part")


# ----------------------------------------------------------------- B. inline forward

def _field(msg: Message, name: str) -> str:
    return " ".join(str(msg.get(name, "")).split())


def pasted_text(raw: bytes) -> str | None:
    """The notice's human-readable text as a person's client pastes it (text/plain parts)."""
    texts = [_leaf_text(p) for p in _human_parts(parse(raw))]
    text = "\n\n".join(t.strip("\n") for t in texts if t and t.strip())
    return text or None


_GMAIL = "---------- Forwarded message ---------\nFrom: {frm}\nDate: {date}\nSubject: {subject}\nTo: {to}\n"
_OUTLOOK = "-----Original Message-----\nFrom: {frm}\nSent: {date}\nTo: {to}\nSubject: {subject}\n"
# Thunderbird's plain-text inline forward: its header table (a tab after each name), the body
# sent format=flowed (RFC 3676) wrapped at its default 72 columns. Apple Mail's, flowed with
# delsp=yes. HAND-MADE after the clients' output.
_THUNDERBIRD = "-------- Forwarded Message --------\nSubject: \t{subject}\nDate: \t{date}\nFrom: \t{frm}\nTo: \t{to}\n"
_APPLE = "Begin forwarded message:\n\nFrom: {frm}\nSubject: {subject}\nDate: {date}\nTo: {to}\n"
CLIENTS = {"gmail": _GMAIL, "outlook": _OUTLOOK, "thunderbird": _THUNDERBIRD, "apple": _APPLE}
# client -> (width, delsp) for the clients that send format=flowed
FLOWED = {"thunderbird": (72, False), "apple": (76, True)}


def flowed(text: str, width: int, delsp: bool) -> str:
    """`text` as RFC 3676 format=flowed: lines longer than `width` broken after a space, each
    broken line ending in that space (a soft break; with delsp=yes one more space, which the
    reader deletes), lines that start with a space, ">" or "From " space-stuffed."""
    out = []
    for line in text.split("\n"):
        if line.startswith((" ", ">", "From ")):
            line = " " + line
        while len(line) > width:
            at = line.rfind(" ", 1, width)
            if at <= 0:
                at = line.find(" ", width)
            if at <= 0:
                break
            out.append(line[: at + 1] + (" " if delsp else ""))
            line = line[at + 1 :]
        out.append(line.rstrip(" "))  # a hard break: no trailing space
    return "\n".join(out)


def forwarded_fields(raw: bytes) -> dict[str, str]:
    msg = parse(raw)
    return {"frm": _field(msg, "from"), "date": _field(msg, "date"), "subject": _field(msg, "subject"),
            "to": _field(msg, "to")}


def inline_forward(raw: bytes, client: str) -> Result:
    text = pasted_text(raw)
    if text is None:
        return None, "no human-readable text/plain part to paste"
    fields = forwarded_fields(raw)
    block = CLIENTS[client].format(**fields)
    body = f"Hi, this one bounced - can you fix the address in the CRM?\n\n{block}\n{text}\n"
    msg = Message()
    msg["From"] = f"Pat Colleague <{COLLEAGUE}>"
    msg["To"] = USER
    msg["Subject"] = f"Fwd: {fields['subject']}"
    msg["Date"] = "Thu, 12 Mar 2026 09:00:00 +0000"
    msg["Message-ID"] = "<fwd-0001@colleague.example>"
    msg["MIME-Version"] = "1.0"
    msg["Content-Type"] = "text/plain"
    if client in FLOWED:
        width, delsp = FLOWED[client]
        body = flowed(body, width, delsp)
        msg.set_param("format", "flowed")
        if delsp:
            msg.set_param("delsp", "yes")
    _set_encoded(msg, body, "quoted-printable")
    return write(msg), None
