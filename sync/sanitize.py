"""Text from mail made safe to keep and to show: the one home of that rule.

A bounce is written by a stranger, so its diagnostic, subject or From can carry anything: line
breaks that forge a log line, ANSI/OSC/DCS escape sequences and BEL that drive a terminal, NUL
that cuts a C string or a database value, bidirectional overrides that make a line read
differently from what it says. Pure functions, no I/O:

- `clean(text, limit=)`: what our records keep (every CRM field, history row, alert and the
  planner's notes). Escape sequences and control characters are REMOVED, whitespace controls
  become one space, and the text is cut to `limit` characters on a character boundary (never
  inside a combining sequence, an emoji joined by ZWJ or a surrogate pair), an ellipsis
  marking the cut. Applied once, where mail text enters our records: the planner's `trim`
  (sync/planner/rules.py).
- `for_terminal(text)`: what a person's terminal shows of anything else (a log line, an
  `alerts list` or `status` line, the classify command's table). Controls are SHOWN as
  escapes (`\\x1b`, `\\n`) rather than removed, so a forgery stays visible but inert.

Markup is left as it is: angle brackets and entities are plain text to every place we write
(HubSpot and Salesforce text fields, the local CRM, logs), none of which renders HTML, so
nothing is stripped or escaped for it; stripping would change what the server said.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

__all__ = ["ELLIPSIS", "clean", "for_terminal", "cut"]

ELLIPSIS = "…"

# Terminal escape sequences, 7-bit and 8-bit forms (ECMA-48): CSI (ESC [ / 0x9b) up to its
# final byte; OSC, DCS, SOS, PM, APC (ESC ] P X ^ _ / 0x9d 0x90 0x98 0x9e 0x9f) up to the
# string terminator (ESC \, 0x9c) or BEL, or the end of the text when unterminated; any other
# ESC with the one character it introduces (ESC c, ESC 7, ...).
_SEQUENCES = re.compile(
    "(?:\x1b\\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?"
    "|(?:\x1b[\\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\\\|\x9c)?"
    "|\x1b[\x20-\x7e]?")
# Whitespace controls and Unicode line/paragraph separators: one space on a one-line field.
_BREAKS = re.compile("[\t\n\v\f\r\x1c-\x1f\x85\u2028\u2029]+")
# Every other C0 and C1 control, DEL, and the bidirectional controls (embeddings, overrides,
# isolates, LRM/RLM/ALM): they reorder or hide what a person reads.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_SHOWN = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
                    "\u2028\u2029]")
_SURROGATES = re.compile("[\ud800-\udfff]")
# Characters that belong to the one before them: a cut never falls just before these.
_JOINERS = frozenset("\u200c\u200d\u034f")


def clean(text: str | None, *, limit: int | None = None, one_line: bool = True) -> str:
    """`text` with no escape sequence, control character or bidi control, whitespace runs
    made one space (line breaks too, unless `one_line` is False), cut to `limit`."""
    text = _SEQUENCES.sub("", _SURROGATES.sub("", text or ""))  # lone surrogates: not text
    if one_line:
        text = " ".join(_CONTROLS.sub("", _BREAKS.sub(" ", text)).split())
    else:
        text = _CONTROLS.sub("", text.replace("\r\n", "\n")).replace("\r", "\n")
        text = _BREAKS.sub(lambda m: "\n" if "\n" in m.group() else " ", text).strip()
    return cut(text, limit) if limit is not None else text


def cut(text: str, limit: int, *, size: Callable[[str], int] = len) -> str:
    """`text` in at most `limit` (as `size` counts: characters by default; Salesforce counts
    UTF-16 units), ending on a character boundary with an ellipsis when cut: never between a
    base character and its combining marks, inside a ZWJ sequence or before a variation
    selector (grapheme-safe enough for CRM fields, without a grapheme library)."""
    if size(text) <= limit:
        return text
    room = limit - size(ELLIPSIS)
    if room < 0:
        return ""
    used = end = 0
    for i, ch in enumerate(text):
        used += size(ch)
        if used > room:
            break
        end = i + 1
    while 0 < end < len(text) and _belongs_to_previous(text, end):
        end -= 1
    return text[:end].rstrip() + ELLIPSIS


def _belongs_to_previous(text: str, i: int) -> bool:
    """Would cutting before text[i] split a character a person sees as one?"""
    c, before = text[i], text[i - 1]
    return (unicodedata.combining(c) != 0 or c in _JOINERS or before in _JOINERS
            or 0xFE00 <= ord(c) <= 0xFE0F or 0xE0100 <= ord(c) <= 0xE01EF  # variation selectors
            or 0x1F3FB <= ord(c) <= 0x1F3FF  # emoji skin-tone modifiers
            or unicodedata.category(c) == "Mc")  # spacing combining marks (Indic vowel signs)


def for_terminal(text: str, *, json: bool = False) -> str:
    """`text` on one line for a person's terminal: every control character (line breaks,
    ESC, BEL, NUL) and bidi control shown as its escape (`\\n`, `\\x1b`, `\\u202e`), so it
    can neither forge a line, drive the terminal nor reorder what is read. `json`: `text`
    is a JSON document, and the escapes are JSON's (`\\u009b`), so it stays valid JSON (the
    characters can only stand inside its strings; JSON itself escapes only C0 controls)."""
    if json:
        return _SHOWN.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return _SHOWN.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)
