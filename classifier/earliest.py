"""`Earliest`: one pattern's search as two, for a pattern whose alternatives mostly open with a literal but a
few open with an anchor or a look-behind choice.

Python's regex engine skips an offset in one test when every alternative of a pattern's leading choice opens
with a character (guard.tried groups them so); one alternative opening otherwise (lexicon._SENDER's
sender_words.OPENING_YOURS, "(?:^|(?<=\\n)|after a code|after a label: )(?:ihre|su|...) ", or lexicon_more._YOUR's
"^(?:550 )?(?:5.1.1 )?(?:su|sua|seu)") makes it enter the whole choice, every alternative, at every offset: a
tenth of the classifier's time for those two.

Cut the choice's alternatives in two runs, `pattern` = "(?:A1|...|Ak|B1|...|Bn)REST" (or, at the top level,
"A1|...|Ak|B1|...|Bn"): `first` = "(?:A1|...|Ak)REST", `second` = "(?:B1|...|Bn)REST". At an offset the engine
tries A1..Ak then B1..Bn, each with REST, and takes the first that matches; so `pattern` matches at an offset
exactly where `first` or `second` does, with `first`'s match where it has one. `pattern.search` is the earlier of
the two searches' matches, `first`'s on a tie: the same span (no capturing groups, so nothing else to tell).
Each search runs behind guard.Worded's word tests. tests/classifier/test_earliest.py checks them on real text.
More runs than two ("A|B|C" as A, B, C) the same way: the earliest match, the first run's on a tie.
"""

from __future__ import annotations

import re

from classifier.guard import Worded


class Earliest:
    """`pattern.search` as the earlier of `first`'s and `second`'s (see the module's docstring)."""

    __slots__ = ("pattern", "first", "second", "more")

    def __init__(self, pattern: re.Pattern[str], first: str, second: str, *more: str) -> None:
        if pattern.groups:
            raise ValueError("capturing groups would be numbered differently in the two parts")
        self.pattern = pattern
        self.first = Worded(re.compile(first, pattern.flags))
        self.second = Worded(re.compile(second, pattern.flags))
        self.more = tuple(Worded(re.compile(part, pattern.flags)) for part in more)

    def search(self, text: str) -> re.Match[str] | None:
        earliest = None
        for part in (self.first, self.second, *self.more):  # an earlier run wins a tie
            found = part.search(text)
            if found is not None and (earliest is None or found.start() < earliest.start()):
                earliest = found
        return earliest


def cut(pattern: re.Pattern[str], tail: str) -> Earliest:
    """`pattern`, whose source is "(?:LEADING|" + tail + ")" + REST (`tail` its leading choice's last alternatives,
    as written in it), searched as "(?:LEADING)" + REST and "(?:" + tail + ")" + REST."""
    source = pattern.pattern
    end = f"|{tail})"
    at = source.find(end)
    if not source.startswith("(?:") or at < 0 or source.count(end) != 1:
        raise ValueError("the pattern does not open with a choice ending in these alternatives")
    rest = source[at + len(end):]
    return Earliest(pattern, f"{source[:at]}){rest}", f"(?:{tail}){rest}")


def at(pattern: re.Pattern[str], second: str) -> Earliest:
    """`pattern`, a top-level choice "A1|...|Ak|B1|...|Bn", searched as "A1|...|Ak" and "B1|...|Bn": `second` is
    "|" and the opening of B1 as written in the source (where it stands is the caller's to know: the tests compare
    the two searches with the pattern)."""
    source = pattern.pattern
    if not second.startswith("|") or source.count(second) != 1:
        raise ValueError("the pattern has no one top-level alternative opening so")
    i = source.index(second)
    return Earliest(pattern, source[:i], source[i + 1:])
