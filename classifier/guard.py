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
- `tried`: alternatives that start with the same literal are grouped under it, a trie
  (`user|username|...` is tried once per offset that starts with "u", not once per word).
- a leading word boundary before a literal is moved behind it (`\\bby` becomes
  `b(?<=\\bb)y`), so the engine can jump from one "b" to the next.

`Fast(pattern).search(text)` returns exactly `pattern.search(text)`; `Guarded` adds a cheap
keyword test in front. Text with non-ASCII characters (where Unicode case rules differ,
e.g. the Kelvin sign) always runs the pattern itself. tests/classifier/test_guard.py checks
the twins against their patterns.
"""

from __future__ import annotations

import _sre
import copy
import re
from collections.abc import Iterator
from re import _compiler, _constants, _parser  # type: ignore[attr-defined]

from classifier.folded import OtherText
from classifier.words_needed import Words, required_sets, required_words  # noqa: F401 - importers ask guard for them

_ASCII = [chr(i) for i in range(128)]
_C = _constants
_CHARACTER = (_C.LITERAL, _C.NOT_LITERAL, _C.IN)
_REPEATS = (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", _C.MAX_REPEAT))
_BOUNDARIES = (_C.AT_BOUNDARY, getattr(_C, "AT_UNI_BOUNDARY", _C.AT_BOUNDARY))


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


class _NoTwin(Exception):
    """The pattern has a part this module does not rewrite."""


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
        data = _spread(_lead(_tried(_twin(parsed.data, parsed.state.flags, state, loose), state), state), state)
        return _compile(pattern, _parser.SubPattern(state, data)), not loose
    except (_NoTwin, re.error, RecursionError, TypeError, ValueError, AttributeError):
        return None, False


def tried(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` with its alternatives grouped by their first literal and a leading word
    boundary moved behind its literal: the same matches, found sooner. Only for patterns that
    never ignore case (the grouping relies on literals that match one character each);
    others come back as they are."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.IGNORECASE:
        return pattern
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        if _ignores_case(parsed.data):
            return pattern
        data = _spread(_lead(_tried(parsed.data, parsed.state), parsed.state), parsed.state)
        return _compile(pattern, _parser.SubPattern(parsed.state, data))
    except (_NoTwin, re.error, RecursionError, TypeError, ValueError, AttributeError):
        return pattern


_SPREAD_MOST = 600  # alternatives a spread may make (each a copy of what follows its lead)


def _spread(data: list, state: object) -> list:
    """A leading choice whose alternatives open with choices of their own (mailbox_states.EITHER_OR:
    "(?:deaktiviert|...),? or ...|(?:unknown|...),? or ...") multiplied out, `(?:a|b)x|c` -> `ax|bx|c`,
    `[äa]x` -> `äx|ax`: the same alternatives in the same order, so the same matches. Every one then
    opening with a literal, sre gets their first characters (its charset prefix) and skips other
    offsets in one test, where a choice first had it enter the whole choice at every offset. Not
    where a copy would repeat a group, nor where some alternative would still open otherwise."""
    if not data or data[0][0] is not _C.BRANCH:
        return data
    out: list = []
    todo = [alt.data for alt in reversed(data[0][1][1])]
    while todo:
        alt = todo.pop()
        if alt and alt[0][0] is _C.LITERAL:
            out.append(alt)
        elif alt and alt[0][0] is _C.BRANCH and not _holds_a_group(alt[1:]):
            todo.extend(reversed([_lead([*inner.data, *alt[1:]], state) for inner in alt[0][1][1]]))
        elif alt and alt[0][0] is _C.IN and len(alt[0][1]) <= 4 and all(o is _C.LITERAL for o, _ in alt[0][1]) \
                and not _holds_a_group(alt[1:]):
            todo.extend(reversed([[(_C.LITERAL, c), *alt[1:]] for _, c in alt[0][1]]))
        else:
            return data
        if len(out) + len(todo) > _SPREAD_MOST:
            return data
    alternatives = _group([_parser.SubPattern(state, alt) for alt in out], state)
    return [(_C.BRANCH, (None, alternatives)), *data[1:]]


def _holds_a_group(data: list) -> bool:
    found: list[bool] = []

    def visit(d: list) -> list:
        for op, av in d:
            if (op is _C.SUBPATTERN and av[0] is not None) or op is _C.GROUPREF or op is _C.GROUPREF_EXISTS:
                found.append(True)
        return _map(d, None, visit)

    visit(data)
    return bool(found)


def _compile(source: re.Pattern[str], tree: object) -> re.Pattern[str]:
    """`tree` compiled as `re._compiler.compile` does, keeping `source`'s text as its
    `.pattern` (other patterns are built from it, and reprs stay readable)."""
    state = tree.state
    code = _compiler._code(tree, 0)
    groupindex = state.groupdict
    indexgroup = [None] * state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return _sre.compile(source.pattern, state.flags, code, state.groups - 1, groupindex, tuple(indexgroup))


def _ignores_case(data: list) -> bool:
    found: list[bool] = []

    def visit(d: list) -> list:
        for op, av in d:
            if op is _C.SUBPATTERN and av[1] & re.IGNORECASE:
                found.append(True)
        return _map(d, None, visit)

    visit(data)
    return bool(found)


def _map(data: list, state: object, each: object) -> list:
    """`data` with `each(sub_data)` applied to the contents of every node that holds some."""
    def sub(p: object) -> object:
        return _parser.SubPattern(state, each(p.data))

    out = []
    for op, av in data:
        if op is _C.BRANCH:
            out.append((op, (av[0], [sub(alt) for alt in av[1]])))
        elif op is _C.SUBPATTERN:
            out.append((op, (*av[:3], sub(av[3]))))
        elif op in _REPEATS:
            out.append((op, (av[0], av[1], sub(av[2]))))
        elif op in (_C.ASSERT, _C.ASSERT_NOT):
            out.append((op, (av[0], sub(av[1]))))
        elif op is getattr(_C, "ATOMIC_GROUP", None):
            out.append((op, sub(av)))
        elif op is _C.GROUPREF_EXISTS:
            out.append((op, (av[0], sub(av[1]), None if av[2] is None else sub(av[2]))))
        elif op in (_C.AT, _C.ANY, _C.GROUPREF) or op in _CHARACTER:
            out.append((op, av))
        else:
            raise _NoTwin(f"unknown node {op}")
    return out


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


def _tried(data: list, state: object) -> list:
    """Alternatives that start with the same literal grouped under it, everywhere. Within a
    run of alternatives that all start with a literal, those with different literals cannot
    match at the same offset, so only each literal's own alternatives keep their order. Where
    that leaves every alternative of a choice led by a character test, their leading zero-width
    tests go behind their first characters (`_lead`): one alternative led by a word boundary
    (ours._FRAMING's "\\bsaid:") had the engine enter the choice at every offset, where
    character-led ones let it skip each offset whose character starts none. (Where one stays led
    by something else, the choice is entered everywhere anyway, and a leading look-behind is the
    cheaper first filter: lexicon._SHAPE's search took half as long again with its nouns' moved.)
    An alternative led by a choice of literals (after `_lead`: `\\b(?:blocked|banned) by`) is first
    multiplied out (`_opened`): each alternative then opens with a literal (recipient_blocklists.OWN_LIST
    went from 35 to 3 microseconds a reply, departures' "has left" from 100 to 6)."""
    out = []
    for op, av in _map(data, state, lambda d: _tried(d, state)):
        if op is _C.BRANCH:
            led = [_lead(alt.data, state) for alt in av[1]]
            led = [part for seq in led for part in _opened(seq, state)]
            if not all(seq and seq[0][0] in _CHARACTER for seq in led):
                led = [alt.data for alt in av[1]]
            alternatives = _group([_parser.SubPattern(state, seq) for seq in led], state)
            if len(alternatives) == 1:
                out.extend(alternatives[0].data)
                continue
            av = (av[0], alternatives)
        out.append((op, av))
    return out


def _opened(seq: list, state: object) -> list:
    """`seq` led by a choice whose alternatives all open with a literal (`_lead` moved a word boundary into
    them: `\\b(?:a|b)x`) as one alternative per choice, `(?:a|b)x` -> `ax|bx` (the same matches, in the same
    order); otherwise `seq` alone. Not where a copy would repeat a group."""
    if not seq or seq[0][0] is not _C.BRANCH or _holds_a_group(seq[1:]):
        return [seq]
    alternatives = seq[0][1][1]
    if len(alternatives) > 40 or not all(alt.data and alt.data[0][0] is _C.LITERAL for alt in alternatives):
        return [seq]
    return [[*alt.data, *seq[1:]] for alt in alternatives]


def _group(alternatives: list, state: object) -> list:
    out: list = []
    run: dict[int, list] = {}  # first literal -> its alternatives, in order

    def flush() -> None:
        for char, members in run.items():
            if len(members) == 1:
                out.append(members[0])
                continue
            rests = _group([_parser.SubPattern(state, m.data[1:]) for m in members], state)
            tail = rests[0].data if len(rests) == 1 else [(_C.BRANCH, (None, rests))]
            out.append(_parser.SubPattern(state, [(_C.LITERAL, char), *tail]))
        run.clear()

    for alt in alternatives:
        if alt.data and alt.data[0][0] is _C.LITERAL:
            run.setdefault(alt.data[0][1], []).append(alt)
        else:
            flush()
            out.append(alt)
    flush()
    return out


def _lead(data: list, state: object) -> list:
    """Zero-width tests that lead the pattern (a word boundary, look-behinds) moved behind its
    first character test, as look-behinds that include it: `\\bx` becomes `x(?<=\\bx)` and
    `(?<!\\d)([245])` becomes `([245](?<!\\d[245]))`. The engine can then jump to the next
    offset whose character starts a match, instead of testing the zero-width ones everywhere."""
    lead = 0
    while lead < len(data) and _movable(data[lead]):
        lead += 1
    if not lead or lead == len(data):
        return data
    zero, (op, av) = data[:lead], data[lead]
    if op in _CHARACTER:
        return [(op, av), *(_behind(z, (op, av), state) for z in zero), *data[lead + 1:]]
    if op is _C.SUBPATTERN and av[3].data and av[3].data[0][0] in _CHARACTER and not av[1] and not av[2]:
        first, *rest = av[3].data
        inner = _parser.SubPattern(state, [first, *(_behind(z, first, state) for z in zero), *rest])
        return [(op, (*av[:3], inner)), *data[lead + 1:]]
    # (Alternatives that all start with a literal give the engine a set of first characters
    # to jump between; otherwise the zero-width test itself is the cheaper first filter.)
    if op is _C.BRANCH and all(alt.data and alt.data[0][0] is _C.LITERAL for alt in av[1]):
        alternatives = [_parser.SubPattern(state, [alt.data[0], *(_behind(z, alt.data[0], state) for z in zero),
                                                   *alt.data[1:]]) for alt in av[1]]
        return [(op, (av[0], alternatives)), *data[lead + 1:]]
    return data


def _movable(node: tuple) -> bool:
    op, av = node
    if op is _C.AT:
        return av in _BOUNDARIES or av in (_C.AT_NON_BOUNDARY, getattr(_C, "AT_UNI_NON_BOUNDARY", _C.AT_NON_BOUNDARY))
    return op in (_C.ASSERT, _C.ASSERT_NOT) and av[0] == -1


def _behind(zero: tuple, first: tuple, state: object) -> tuple:
    """`zero`, tested one character later: a look-behind that also covers `first`."""
    op, av = zero
    if op is _C.AT:
        return (_C.ASSERT, (-1, _parser.SubPattern(state, [zero, first])))
    return (op, (-1, _parser.SubPattern(state, [*av[1].data, first])))
