"""A regular expression's parse tree (`re._parser`), walked and compiled again: the pieces that `guard` (a pattern's
lowercased twin) and `alternatives` (its alternatives grouped and led by a literal) share. Every rewrite keeps the
pattern's matches; tests/classifier/test_guard.py and test_alternatives.py compare them."""

from __future__ import annotations

import _sre
import re
from re import _compiler, _constants, _parser  # type: ignore[attr-defined]

C = _constants
CHARACTER = (C.LITERAL, C.NOT_LITERAL, C.IN)  # the nodes that test one character
REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT))
BOUNDARIES = (C.AT_BOUNDARY, getattr(C, "AT_UNI_BOUNDARY", C.AT_BOUNDARY))


class NoTwin(Exception):
    """The pattern has a part this module does not rewrite."""


def holds_a_group(data: list) -> bool:
    found: list[bool] = []

    def visit(d: list) -> list:
        for op, av in d:
            if (op is C.SUBPATTERN and av[0] is not None) or op is C.GROUPREF or op is C.GROUPREF_EXISTS:
                found.append(True)
        return map_nodes(d, None, visit)

    visit(data)
    return bool(found)


def compile_tree(source: re.Pattern[str], tree: object) -> re.Pattern[str]:
    """`tree` compiled as `re._compiler.compile` does, keeping `source`'s text as its
    `.pattern` (other patterns are built from it, and reprs stay readable)."""
    state = tree.state
    code = _compiler._code(tree, 0)
    groupindex = state.groupdict
    indexgroup = [None] * state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return _sre.compile(source.pattern, state.flags, code, state.groups - 1, groupindex, tuple(indexgroup))


def ignores_case(data: list) -> bool:
    found: list[bool] = []

    def visit(d: list) -> list:
        for op, av in d:
            if op is C.SUBPATTERN and av[1] & re.IGNORECASE:
                found.append(True)
        return map_nodes(d, None, visit)

    visit(data)
    return bool(found)


def map_nodes(data: list, state: object, each: object) -> list:
    """`data` with `each(sub_data)` applied to the contents of every node that holds some."""
    def sub(p: object) -> object:
        return _parser.SubPattern(state, each(p.data))

    out = []
    for op, av in data:
        if op is C.BRANCH:
            out.append((op, (av[0], [sub(alt) for alt in av[1]])))
        elif op is C.SUBPATTERN:
            out.append((op, (*av[:3], sub(av[3]))))
        elif op in REPEATS:
            out.append((op, (av[0], av[1], sub(av[2]))))
        elif op in (C.ASSERT, C.ASSERT_NOT):
            out.append((op, (av[0], sub(av[1]))))
        elif op is getattr(C, "ATOMIC_GROUP", None):
            out.append((op, sub(av)))
        elif op is C.GROUPREF_EXISTS:
            out.append((op, (av[0], sub(av[1]), None if av[2] is None else sub(av[2]))))
        elif op in (C.AT, C.ANY, C.GROUPREF) or op in CHARACTER:
            out.append((op, av))
        else:
            raise NoTwin(f"unknown node {op}")
    return out
