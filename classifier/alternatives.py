"""A pattern's alternatives rewritten for the regex engine, with the very same matches (`tried`, which `guard`
re-exports): alternatives that start with the same literal grouped under it, a trie (`user|username|...` is tried once
per offset that starts with "u", not once per word); a leading word boundary or look-behind moved behind the first
character (`\\bby` becomes `b(?<=\\bb)y`), so the engine jumps from one "b" to the next; a leading choice multiplied
out so every alternative opens with a literal. Python's engine enters a choice at every offset unless each of its
alternatives opens with a literal character. tests/classifier/test_alternatives.py compares the rewrites with their
patterns."""

from __future__ import annotations

import re
from re import _parser  # type: ignore[attr-defined]

from classifier.regex_tree import BOUNDARIES as _BOUNDARIES
from classifier.regex_tree import CHARACTER as _CHARACTER
from classifier.regex_tree import C as _C
from classifier.regex_tree import NoTwin as _NoTwin
from classifier.regex_tree import compile_tree as _compile
from classifier.regex_tree import holds_a_group as _holds_a_group
from classifier.regex_tree import ignores_case as _ignores_case
from classifier.regex_tree import map_nodes as _map


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
        data = rewritten(parsed.data, parsed.state)
        return _compile(pattern, _parser.SubPattern(parsed.state, data))
    except (_NoTwin, re.error, RecursionError, TypeError, ValueError, AttributeError):
        return pattern



def rewritten(data: list, state: object) -> list:
    """A parse tree's nodes with its alternatives grouped, led and spread (`tried`'s rewrite; `guard.lowered` asks it
    of a lowercased twin's tree)."""
    return _spread(_lead(_tried(data, state), state), state)


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
