"""Faster searches for the wording tables' patterns, with the very same matches.

Python's regex engine tries every alternative of a pattern at every offset of the text. It
skips an alternative in one comparison when the alternative starts with a literal character
that is not the text's, but not when the literal ignores case, and it never groups the
alternatives that start alike. A case-insensitive alternation of twenty wordings costs tens
of microseconds on a notice of a few hundred characters. Three exact remedies, applied to a
pattern's parse tree (`re._parser`) and compiled again:

- `lowered`: a case-sensitive twin that matches `text.lower()` where the pattern matches
  `text`, for ASCII text (lowercasing ASCII keeps every offset). Each character test becomes
  the class of lowercased ASCII characters it accepts, found by asking the engine about each
  of the 128 characters. Where the pattern tells a letter's cases apart ("MAIL FROM" but not
  "mail from") the twin accepts both and is only a first filter: the pattern itself then
  decides at each offset the twin finds.
- `tried` (classifier/alternatives.py, re-exported here): alternatives that start with the same
  literal are grouped under it, a trie (`user|username|...` is tried once per offset that starts
  with "u", not once per word), and a leading word boundary before a literal is moved behind it
  (`\\bby` becomes `b(?<=\\bb)y`), so the engine can jump from one "b" to the next.

`Fast(pattern).search(text)` returns exactly `pattern.search(text)`; `Guarded` adds a cheap
keyword test in front. Text with non-ASCII characters (where Unicode case rules differ,
e.g. the Kelvin sign) always runs the pattern itself. tests/classifier/test_guard.py checks
the twins against their patterns.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from re import _compiler, _parser  # type: ignore[attr-defined]

from classifier.alternatives import rewritten, tried  # noqa: F401 - importers ask guard for `tried`
from classifier.folded import OtherText
from classifier.regex_tree import CHARACTER as _CHARACTER
from classifier.regex_tree import C as _C
from classifier.regex_tree import NoTwin as _NoTwin
from classifier.regex_tree import compile_tree as _compile
from classifier.regex_tree import map_nodes as _map
from classifier.words_needed import Words, required_sets, required_words  # noqa: F401 - importers ask guard for them

_ASCII = [chr(i) for i in range(128)]


class Fast:
    """`pattern.search`, through the pattern's lowercased twin on ASCII text; a pattern that
    never ignores case through its `tried` self instead (the same on any text)."""

    __slots__ = ("pattern", "plain", "twin", "exact", "empty", "other")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.plain = tried(pattern)
        self.twin, self.exact = lowered(pattern) if self.plain is pattern else (None, False)
        shortest = _shortest(pattern)
        self.empty = shortest is None or shortest == 0  # finditer's rules for empty matches differ
        self.other = OtherText(pattern, self.plain)  # non-ASCII text: skipped where no match can be (folded.py)

    def search(self, text: str) -> re.Match[str] | None:
        if self.twin is None or not text.isascii():
            return self.plain.search(text) if text.isascii() else self.other.search(text)
        return self.search_lowered(text, text.lower())

    def match(self, text: str) -> re.Match[str] | None:
        """`pattern.match(text)`."""
        if self.twin is None or not text.isascii():
            return self.plain.match(text)
        if self.twin.match(text.lower()) is None:
            return None
        return self.pattern.match(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """`pattern.finditer(text)`, for a pattern that never matches the empty string."""
        if self.twin is None or not text.isascii() or self.empty:
            yield from self.plain.finditer(text)
            return
        low = text.lower()
        found = self.search_lowered(text, low)
        while found is not None:
            yield found
            found = self.search_lowered(text, low, found.end())

    def search_lowered(self, text: str, low: str, start: int = 0) -> re.Match[str] | None:
        """`search(text)` for ASCII `text` whose lowercase the caller already has, when no
        match starts before `start`."""
        if self.twin is None:
            return self.plain.search(text, start)
        found = self.twin.search(low, start)
        while found is not None:
            # The pattern's own match where the twin found one: the very match search gives.
            match = self.pattern.match(text, found.start())
            if match is not None or self.exact:
                return match
            found = self.twin.search(low, found.start() + 1)
        return None


class Guarded(Fast):
    """`pattern.search`, skipped on ASCII text that holds none of `words` (lowercase). Every
    match of `pattern` must contain one of the words: list a word of each alternative.

    On a long text the search starts where a match could first be: no earlier than the
    pattern's longest match before the first word found (a match always holds a word)."""

    __slots__ = ("words", "width", "seen")

    def __init__(self, pattern: re.Pattern[str], words: tuple[str, ...]) -> None:
        super().__init__(pattern)
        self.words = words
        self.width = _longest(pattern)
        self.seen = Words(words)

    def search(self, text: str) -> re.Match[str] | None:
        if not text.isascii():
            return self.other.search(text)
        return self.search_ascii(text, text.lower())

    def search_ascii(self, text: str, low: str) -> re.Match[str] | None:
        """`search(text)` for ASCII `text` whose lowercase the caller already has (one text
        asked of many patterns is lowered once, not once per pattern)."""
        width = self.width
        if width is None or len(low) < 2_000 or len(low) < 8 * width:  # short: the first word found decides
            return self.search_lowered(text, low) if self.seen.seen_in(low) else None
        first = self.seen.first_in(low)
        if first == len(low):
            return None
        return self.search_lowered(text, low, max(0, first - width))


class Worded:
    """`pattern.search` for a pattern that never ignores case, skipped where the text holds none of
    its `required_words`: a match holds one of them literally, so a text without any (most, for a
    long alternation of wordings) has no match, on any text, ASCII or not. Found a word, the
    pattern's `tried` self searches (the same matches). A pattern with no such words always searches.
    One needing two things (lexicon._SENDER: a sender word, then an absence) has a set for each
    (`required_sets`): long replies hold "your " or "address" often, an absence rarely beside them."""

    __slots__ = ("pattern", "plain", "words", "sets", "seen")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.plain = tried(pattern)
        self.words = required_words(pattern)
        self.sets = required_sets(pattern)[:3] or ((self.words,) if self.words else ())
        self.seen = tuple(Words(words) for words in self.sets)

    def search(self, text: str) -> re.Match[str] | None:
        for words in self.seen:
            if not words.seen_in(text):
                return None
        return self.plain.search(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """`pattern.finditer(text)`."""
        return self.plain.finditer(text) if self.search(text) is not None else iter(())


class Needing:
    """`pattern.match(line)` for a pattern every match of which holds one of `chars` (formats/recipients.py's labelled
    patterns, each led by a label ending in a colon): a line holding none has no match, and most lines asked hold none.
    Speed only (session 45: -0.64% of the instructions per message)."""

    __slots__ = ("match_", "chars")

    def __init__(self, pattern: Fast | re.Pattern[str], *chars: str) -> None:
        self.match_ = pattern.match
        self.chars = chars

    def match(self, line: str) -> re.Match[str] | None:
        for char in self.chars:
            if char in line:
                return self.match_(line)
        return None


def _shortest(pattern: re.Pattern[str]) -> int | None:
    try:
        return _parser.parse(pattern.pattern, pattern.flags).getwidth()[0]
    except (re.error, RecursionError, TypeError, ValueError):
        return None


def _longest(pattern: re.Pattern[str]) -> int | None:
    """The most characters a match of `pattern` can span, or None without a bound."""
    try:
        longest = _parser.parse(pattern.pattern, pattern.flags).getwidth()[1]
    except (re.error, RecursionError, TypeError, ValueError):
        return None
    return longest if longest < 100_000 else None


def lowered(pattern: re.Pattern[str]) -> tuple[re.Pattern[str] | None, bool]:
    """(twin, exact): a case-sensitive, trie-grouped pattern that matches `text.lower()` at
    every offset where `pattern` matches ASCII `text` (exact: at those offsets only), or
    (None, False) when the pattern cannot be rewritten."""
    if not isinstance(pattern.pattern, str):
        return None, False
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        state = copy.copy(parsed.state)
        state.flags = parsed.state.flags & ~re.IGNORECASE
        loose: list[bool] = []
        data = rewritten(_twin(parsed.data, parsed.state.flags, state, loose), state)
        return _compile(pattern, _parser.SubPattern(state, data)), not loose
    except (_NoTwin, re.error, RecursionError, TypeError, ValueError, AttributeError):
        return None, False


def _twin(data: list, flags: int, state: object, loose: list[bool]) -> list:
    out = []
    for op, av in data:
        if op in _CHARACTER:
            twin, exact = _character(op, av, flags)
            if not exact:
                loose.append(True)
            out.append(twin)
        elif op is _C.SUBPATTERN:
            group, add, remove, sub = av
            inner = (flags | add) & ~remove
            out.append((op, (group, add & ~re.IGNORECASE, remove & ~re.IGNORECASE,
                             _parser.SubPattern(state, _twin(sub.data, inner, state, loose)))))
        elif op is _C.GROUPREF and not flags & re.IGNORECASE:
            loose.append(True)  # equal lowercased groups may differ in case
            out.append((op, av))
        else:
            out.extend(_map([(op, av)], state, lambda d: _twin(d, flags, state, loose)))
    return out


def _character(op: object, av: object, flags: int) -> tuple[tuple, bool]:
    """The twin of one character test: the lowercased ASCII characters it accepts, and
    whether it accepts a letter in both cases alike (else the twin accepts more)."""
    key = (op, repr(av), flags)
    known = _CHARACTERS.get(key)
    if known is None:
        state = _parser.State()
        state.flags = flags
        alone = _compiler.compile(_parser.SubPattern(state, [(op, av)]), flags)
        accepted = {c for c in _ASCII if alone.fullmatch(c)}
        twin = {c.lower() for c in accepted}
        exact = all((c.lower() in twin) == (c in accepted) for c in _ASCII)
        known = _CHARACTERS[key] = (_class(twin), exact)
    return known


_CHARACTERS: dict[tuple, tuple[tuple, bool]] = {}


def _class(chars: set[str]) -> tuple:
    if len(chars) == 1:
        return (_C.LITERAL, ord(next(iter(chars))))
    if not chars:
        return (_C.IN, [(_C.LITERAL, 0x80)])  # a character no ASCII text holds
    if len(chars) > 64:
        return (_C.IN, [(_C.NEGATE, None)] + [(_C.LITERAL, ord(c)) for c in sorted(set(_ASCII) - chars)])
    return (_C.IN, [(_C.LITERAL, ord(c)) for c in sorted(chars)])

