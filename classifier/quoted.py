"""Addresses whose local part is a quoted string (RFC 5321 §4.1.2: Local-part = Dot-string /
Quoted-string, where qtextSMTP allows blanks and "@"), as MTAs print them: Exim keeps the
address as given (src/src/deliver.c deliver_split_address dequotes only its copy of the local
part) and writes it so in X-Failed-Recipients, its text and its DSN's Final-Recipient. The
plain address pattern (classifier.parse.ADDRESS) stops at a quote, so `"a@b"@example.org`
would read as `a@b`: these readers take such an address whole first. MTAs' internal names can
look so too (Courier's `".xalias/..."@host` Final-Recipient, Sendmail's X-Actual-Recipient
`"553 User address required"@host`): formats/dsn.py lets a plain address beside one win.
"""

from __future__ import annotations

import re

from classifier.parse import ADDRESS, INTL

__all__ = ["QUOTED_ADDRESS", "quoted_address", "addresses"]

QUOTED_ADDRESS = re.compile(rf'"(?:[^"\\\r\n]|\\[^\r\n]){{1,64}}"@[A-Za-z0-9{INTL}-]{{1,63}}'
                            rf"(?:\.[A-Za-z0-9{INTL}-]{{1,63}}){{0,10}}")


def quoted_address(text: str) -> str | None:
    """The address `text` is, when it is one with a quoted local part (brackets and blanks
    around it allowed); else None."""
    if '"' not in text:
        return None
    m = QUOTED_ADDRESS.fullmatch(text.strip().strip("<>").strip())
    return m.group(0) if m else None


def addresses(text: str) -> list[str]:
    """Every address of an address list (X-Failed-Recipients), a quoted local part kept whole:
    `ADDRESS.findall` where the text has no quote; an item in letters ADDRESS leaves out kept
    whole too (`_listed_wide`)."""
    if '"' not in text:
        found = [(m.start(), m.group(0)) for m in ADDRESS.finditer(text)]
    else:
        found = [(m.start(), m.group(0)) for m in QUOTED_ADDRESS.finditer(text)]
        rest = QUOTED_ADDRESS.sub(lambda m: " " * len(m.group(0)), text)
        found += [(m.start(), m.group(0)) for m in ADDRESS.finditer(rest)]
    if not text.isascii():
        found = _listed_wide(text, found)
    return [a for _, a in sorted(found)]


# One item of an address list whose letters ADDRESS does not take: RFC 6531/6532 allow any UTF-8 letter
# on either side of the @ (Chinese, Japanese, Devanagari, Thai, ...). ADDRESS leaves CJK out because
# Japanese and Chinese notices write an address flush against their own words (parse.INTL); a list
# header's items stand between commas and blanks, so there the whole item is the address.
_ITEM = re.compile(r'[^\s,;<>()"]{1,200}')
_L = r"[^\s!-/:-@\[-`{-~]"  # a label's letter: no blank, no ASCII punctuation (a combining vowel sign is one)
_LH = r"[^\s!-,./:-@\[-`{-~]"  # the same or a hyphen, inside a label
_LABEL = rf"{_L}(?:{_LH}{{0,61}}{_L})?"
_WIDE = re.compile(rf"[^\s@<>()\[\],;:\\\"]{{1,64}}@(?:{_LABEL}\.){{0,126}}{_LABEL}")


def _listed_wide(text: str, found: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """`found` (offset, address) with each list item `_WIDE` is whole and no found address is
    (X-Failed-Recipients "张伟@公司.example": ADDRESS reads nothing, or a fragment "x@example.com" of
    "张伟x@example.com") taken whole, the fragments inside it dropped (eai60)."""
    out = list(found)
    for m in _ITEM.finditer(text[:2000]):
        item = m.group(0)
        if item.isascii() or not _WIDE.fullmatch(item) or any(a == item for _, a in found):
            continue
        out = [(at, a) for at, a in out if not m.start() <= at < m.end()] + [(m.start(), item)]
    return out
