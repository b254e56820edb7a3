"""Case-insensitive patterns behind a cheap keyword test, run case-sensitively on ASCII text.

Python's regex engine tries every alternative of a pattern at every offset of the text, and
a case-insensitive alternation of twenty wordings costs tens of microseconds on a notice of
a few hundred characters. Most texts hold none of the words any alternative needs, and a
`str.find` for each word is far cheaper. On ASCII text lowercasing agrees exactly with the
engine's case-insensitive matching of an ASCII pattern, so the test is exact there; text
with other characters (where Unicode case rules differ, e.g. the Kelvin sign) always runs
the pattern itself.

Where the words are there, the search runs on the lowercased text with a case-sensitive
twin of the pattern (`lowered`): the engine skips an alternative whose first character is
not the text's in one comparison, which it cannot do case-insensitively (about five times
faster on a line that holds a word but no match). The twin only says where the match
starts; the pattern itself then matches there, so the caller gets the very match
`pattern.search(text)` returns.
"""

from __future__ import annotations

import copy
import re
from re import _compiler, _constants, _parser  # type: ignore[attr-defined]

_ASCII = [chr(i) for i in range(128)]
_C = _constants
_CHARACTER = (_C.LITERAL, _C.NOT_LITERAL, _C.IN)
_REPEATS = (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", _C.MAX_REPEAT))


class Guarded:
    """`pattern.search`, skipped on ASCII text that holds none of `words` (lowercase). Every
    match of `pattern` must contain one of the words: list a word of each alternative."""

    __slots__ = ("pattern", "words", "twin")

    def __init__(self, pattern: re.Pattern[str], words: tuple[str, ...]) -> None:
        self.pattern = pattern
        self.words = words
        self.twin = lowered(pattern)

    def search(self, text: str) -> re.Match[str] | None:
        if not text.isascii():
            return self.pattern.search(text)
        low = text.lower()
        for word in self.words:
            if word in low:
                break
        else:
            return None
        if self.twin is None:
            return self.pattern.search(text)
        found = self.twin.search(low)
        return None if found is None else self.pattern.match(text, found.start())


class _NoTwin(Exception):
    """The pattern has a part that lowercased text cannot stand for."""


def lowered(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A case-sensitive pattern that matches `text.lower()` at exactly the offsets where
    `pattern` matches `text`, for every ASCII `text` (lowercasing ASCII keeps every offset);
    None when the pattern has no such twin (a case-sensitive letter, or a case-sensitive
    back reference, which lowercased text cannot tell apart).

    Every character test (literal, negated literal, class) becomes the class of lowercased
    ASCII characters it accepts in its own case mode, checked one character at a time with
    the engine itself; the structure around them (groups, repeats, anchors, look-arounds,
    back references) is kept as it is."""
    if not isinstance(pattern.pattern, str):
        return None
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        state = copy.copy(parsed.state)
        state.flags = parsed.state.flags & ~re.IGNORECASE
        data = _twin(parsed.data, parsed.state.flags, state)
        return _compiler.compile(_parser.SubPattern(state, data), 0)
    except (_NoTwin, re.error, RecursionError, TypeError, ValueError, AttributeError):
        return None


def _twin(data: list, flags: int, state: object) -> list:
    out = []
    for op, av in data:
        if op in _CHARACTER:
            out.append(_character(op, av, flags))
        elif op is _C.BRANCH:
            out.append((op, (av[0], [_parser.SubPattern(state, _twin(alt.data, flags, state)) for alt in av[1]])))
        elif op is _C.SUBPATTERN:
            group, add, remove, sub = av
            inner = (flags | add) & ~remove
            out.append((op, (group, add & ~re.IGNORECASE, remove & ~re.IGNORECASE,
                             _parser.SubPattern(state, _twin(sub.data, inner, state)))))
        elif op in _REPEATS:
            low, high, sub = av
            out.append((op, (low, high, _parser.SubPattern(state, _twin(sub.data, flags, state)))))
        elif op in (_C.ASSERT, _C.ASSERT_NOT):
            direction, sub = av
            out.append((op, (direction, _parser.SubPattern(state, _twin(sub.data, flags, state)))))
        elif op is getattr(_C, "ATOMIC_GROUP", None):
            out.append((op, _parser.SubPattern(state, _twin(av.data, flags, state))))
        elif op is _C.GROUPREF_EXISTS:
            group, yes, no = av
            out.append((op, (group, _parser.SubPattern(state, _twin(yes.data, flags, state)),
                             None if no is None else _parser.SubPattern(state, _twin(no.data, flags, state)))))
        elif op is _C.GROUPREF:
            if not flags & re.IGNORECASE:
                raise _NoTwin("case-sensitive back reference")
            out.append((op, av))
        elif op in (_C.AT, _C.ANY):
            out.append((op, av))
        else:
            raise _NoTwin(f"unknown node {op}")
    return out


def _character(op: object, av: object, flags: int) -> tuple:
    """The twin of one character test: the lowercased ASCII characters it accepts."""
    key = (op, repr(av), flags)
    known = _CHARACTERS.get(key)
    if known is None:
        known = _CHARACTERS[key] = _character_twin(op, av, flags)
    return known


_CHARACTERS: dict[tuple, tuple] = {}


def _character_twin(op: object, av: object, flags: int) -> tuple:
    state = _parser.State()
    state.flags = flags
    alone = _compiler.compile(_parser.SubPattern(state, [(op, av)]), flags)
    accepted = {c for c in _ASCII if alone.fullmatch(c)}
    twin = {c.lower() for c in accepted}
    if any((c.lower() in twin) != (c in accepted) for c in _ASCII):
        raise _NoTwin("a test that tells a letter's cases apart")
    if len(twin) == 1:
        return (_C.LITERAL, ord(twin.pop()))
    if not twin:
        return (_C.IN, [(_C.LITERAL, 0x80)])  # a character no ASCII text holds
    if len(twin) > 64:
        rest = sorted(set(_ASCII) - twin)
        return (_C.IN, [(_C.NEGATE, None)] + [(_C.LITERAL, ord(c)) for c in rest])
    return (_C.IN, [(_C.LITERAL, ord(c)) for c in sorted(twin)])
