"""A server that writes its words in capitals or with other blanks, as functions `bytes -> bytes`
(tests/classifier/test_case_and_blank_invariance.py).

Mail servers' replies and notices are not written in one case: old gateways and mainframe,
GroupWise and X.400 systems answer "550 USER UNKNOWN" and write their notices in capitals;
others put non-breaking spaces (U+00A0) or tabs where a space was, or several blanks between
words. SMTP reply text has no case (RFC 5321 §4.2: the text is for people), so none of this
changes who failed, why, or how hard:

- `upper_diagnostic`: every Diagnostic-Code's text in capitals (its type and the addresses kept);
- `upper_notice`: the notice's human-readable text in capitals (addresses kept; the Subject and
  the generator's headers are left alone: a reporter is known by those);
- `nbsp_notice`: every space of the human-readable text a non-breaking space, the part UTF-8;
- `tabs_diagnostic`: the blanks of every Diagnostic-Code's text tabs and double spaces;
- `wrap_72`, `wrap_60`: the notice's long lines broken at another width, each piece indented
  as its line (writers break their sentences where their width falls: Postfix at 78, others
  at 72 or 60); the original's quoted header block is left as it is.

Addresses are kept as written: their case is the recipient's (the baseline compares them).
"""

from __future__ import annotations

import re
from email.message import Message

from tests.classifier.transport import (Transform, _edit, _leaf_text, _rewrite_fields, _set_encoded, _source,
                                        notice_parts)

_ADDRESS = re.compile(r"[^\s<>()\[\]\"',;:]+@[^\s<>()\[\]\"',;:]+")
_TEXT_TYPES = ("text/plain", "text/html")
_HTML_MARKUP = re.compile(r"<[^>]*>|&[#a-zA-Z0-9]+;")


def keeping_addresses(text: str, change=str.upper) -> str:
    """`text` through `change` (capitals by default) except its addresses."""
    out, at = [], 0
    for m in _ADDRESS.finditer(text):
        out.append(change(text[at:m.start()]))
        out.append(m.group(0))
        at = m.end()
    out.append(change(text[at:]))
    return "".join(out)


def upper_keeping_addresses(text: str) -> str:
    """`text` in capitals except its addresses."""
    return keeping_addresses(text)


def html_keeping_markup(text: str, change=str.upper) -> str:
    """HTML through `change` (capitals by default) outside its tags and entities (a mailto:
    link's address is in a tag) and its addresses."""
    pieces = _HTML_MARKUP.split(text)
    marks = _HTML_MARKUP.findall(text)
    return "".join(keeping_addresses(p, change) + (marks[i] if i < len(marks) else "") for i, p in enumerate(pieces))


def in_notice(edit_text) -> Transform:
    """Each human-readable leaf of the notice (never the returned original) through `edit_text`."""
    def edit(msg: Message) -> bool:
        done = False
        for part in notice_parts(msg):
            if part.get_content_type() not in _TEXT_TYPES or part.is_multipart():
                continue
            if "attachment" in str(part.get("content-disposition", "")).lower():
                continue  # a header dump of the original attached as text: the original's
            text = _leaf_text(part)
            if text is None or not text.strip():
                continue
            changed = edit_text(text, part.get_content_type() == "text/html")
            if changed == text:
                continue
            if text.isascii() and changed.isascii() and str(part.get("content-transfer-encoding", "")).lower() \
                    in ("", "7bit", "8bit"):
                part.set_payload(_source(changed))
            else:
                _set_encoded(part, changed, "quoted-printable")
            done = True
        return done
    return lambda raw: _edit(raw, edit)


def _upper_text(text: str, html: bool) -> str:
    # The original, when quoted below the notice, is the user's mail: its words may stay.
    return html_keeping_markup(text) if html else upper_keeping_addresses(text)


def _nbsp_text(text: str, html: bool) -> str:
    if html:
        return re.sub(r"(?<=[^\s<>]) (?=[^\s<>])", "&nbsp;", text)
    return re.sub(r"(?<=\S) (?=\S)", "\u00a0", text)


def _diagnostic(change) -> Transform:
    def rename(name: str, value: str) -> tuple[str, str]:
        if name.lower() != "diagnostic-code" or ";" not in value:
            return name, value
        kind, _, text = value.partition(";")
        return name, f"{kind};{change(text)}"
    return lambda raw: _rewrite_fields(raw, rename)


def _tabs(text: str) -> str:
    words = text.split(" ")
    return "".join(w + ("\t" if i % 2 else "  ") for i, w in enumerate(words[:-1])) + words[-1]


upper_notice = in_notice(_upper_text)
nbsp_notice = in_notice(_nbsp_text)
upper_diagnostic = _diagnostic(upper_keeping_addresses)
tabs_diagnostic = _diagnostic(_tabs)

TRANSFORMS: dict[str, Transform] = {
    "upper_diagnostic": upper_diagnostic,
    "upper_notice": upper_notice,
    "nbsp_notice": nbsp_notice,
    "tabs_diagnostic": tabs_diagnostic,
}


# ----------------------------------------------------------------- line widths

# The first line of the returned original's header block quoted below a notice: from there on
# the text is the original's, whose header fields a writer does not re-wrap.
_ORIGINAL_HEADER = re.compile(r"(?i)^[ \t>]{0,4}(?:received|return-path|message-id|date|mime-version|"
                              r"content-type|dkim-signature|x-[a-z0-9-]+|from|to|subject):")


def wrapped(text: str, width: int, more: str | None = None) -> str:
    """Every line of the notice longer than `width` broken at blanks, each piece indented as
    the line was (as Postfix writes a long reply in its notice, at its own width), or by
    `more` where given ("" flush left, " " folded as a header continuation); the
    original's quoted header block and what follows are left as they are."""
    out = []
    lines = text.split("\n")
    for n, line in enumerate(lines):
        if _ORIGINAL_HEADER.match(line):
            out.extend(lines[n:])
            break
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        while len(line) > width:
            at = line.rfind(" ", len(indent) + 1, width)
            if at <= len(indent):
                break
            out.append(line[:at])
            line = (indent if more is None else more) + line[at + 1 :].lstrip(" ")
        out.append(line)
    return "\n".join(out)


def _wrap(width: int):
    def edit_text(text: str, html: bool) -> str:
        return text if html else wrapped(text, width)
    return in_notice(edit_text)


TRANSFORMS.update({"wrap_72": _wrap(72), "wrap_60": _wrap(60)})
