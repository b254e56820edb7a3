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
- `tabs_diagnostic`: the blanks of every Diagnostic-Code's text tabs and double spaces.

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


def upper_keeping_addresses(text: str) -> str:
    """`text` in capitals except its addresses."""
    out, at = [], 0
    for m in _ADDRESS.finditer(text):
        out.append(text[at:m.start()].upper())
        out.append(m.group(0))
        at = m.end()
    out.append(text[at:].upper())
    return "".join(out)


def _upper_html(text: str) -> str:
    """HTML in capitals outside its tags and entities (a mailto: link's address is in a tag)."""
    pieces = _HTML_MARKUP.split(text)
    marks = _HTML_MARKUP.findall(text)
    return "".join(upper_keeping_addresses(p) + (marks[i] if i < len(marks) else "") for i, p in enumerate(pieces))


def _in_notice(edit_text) -> Transform:
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
    return _upper_html(text) if html else upper_keeping_addresses(text)


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


upper_notice = _in_notice(_upper_text)
nbsp_notice = _in_notice(_nbsp_text)
upper_diagnostic = _diagnostic(upper_keeping_addresses)
tabs_diagnostic = _diagnostic(_tabs)

TRANSFORMS: dict[str, Transform] = {
    "upper_diagnostic": upper_diagnostic,
    "upper_notice": upper_notice,
    "nbsp_notice": nbsp_notice,
    "tabs_diagnostic": tabs_diagnostic,
}
