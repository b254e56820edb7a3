"""Case-insensitive patterns behind a cheap keyword test.

Python's regex engine tries every alternative of a pattern at every offset of the text, and
a case-insensitive alternation of twenty wordings costs tens of microseconds on a notice of
a few hundred characters. Most texts hold none of the words any alternative needs, and a
`str.find` for each word is far cheaper. On ASCII text lowercasing agrees exactly with the
engine's case-insensitive matching of an ASCII pattern, so the test is exact there; text
with other characters (where Unicode case rules differ, e.g. the Kelvin sign) always runs
the pattern itself.
"""

from __future__ import annotations

import re


class Guarded:
    """`pattern.search`, skipped on ASCII text that holds none of `words` (lowercase). Every
    match of `pattern` must contain one of the words: list a word of each alternative."""

    __slots__ = ("pattern", "words")

    def __init__(self, pattern: re.Pattern[str], words: tuple[str, ...]) -> None:
        self.pattern = pattern
        self.words = words

    def search(self, text: str) -> re.Match[str] | None:
        if text.isascii():
            low = text.lower()
            for word in self.words:
                if word in low:
                    break
            else:
                return None
        return self.pattern.search(text)
