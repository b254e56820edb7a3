"""Words every match of a case-insensitive pattern holds, tested on text of any script (speed only).

guard.Fast and guard.Guarded search ASCII text through a lowercased twin behind ASCII words; text with other
characters ran the case-insensitive pattern itself, at every offset, every alternative: 60 microseconds a line for
formats/intros' list sentences on a German or Japanese notice. `Folded(pattern)` lets such a search be skipped
where the text cannot hold a match (`OtherText`), by the engine's own case rules:

- Under IGNORECASE a literal of the pattern matches a character of the text whose simple lowercase is the
  literal's, or one of the few the engine adds (re._casefix). A character that has no case matches only itself.
  For the ASCII letters that is the letter's two cases and four others, found by asking the engine about every
  code point (tests/classifier/test_prefilters.py asks again): U+0130 and U+0131 for "i", U+017F for "s", the
  Kelvin sign for "k". `fold(text)` is the text lowercased with those four written as their ASCII letter (U+0130
  first: str.lower() makes it two characters), so every literal run of a match made of ASCII characters and
  characters without case stands in the folded text as the run lowercased.
- `folded_words` reads such runs off the parse tree with words_needed.needed_words (folded=True), as required_words does (a run, an alternation
  whose every branch needs one, a group, a repeat of at least one), whatever the flags; a cased non-ASCII
  literal ("ä", "é") ends a run, as any other node does.

A text whose fold holds none of the words holds no match: the search is skipped. Otherwise the pattern searches
the text itself: every match found is the pattern's own.
"""

from __future__ import annotations

import re
from re import _constants as _C, _parser  # type: ignore[attr-defined]

from classifier.words_needed import Words, needed_sets, needed_words, required_sets, required_words


def fold(text: str) -> str:
    """`text` lowercased, each character the engine matches to an ASCII letter ignoring case written as that letter."""
    if "\u0130" in text:
        text = text.replace("\u0130", "i")
    low = text.lower()
    if "\u0131" in low:
        low = low.replace("\u0131", "i")
    if "\u017f" in low:
        low = low.replace("\u017f", "s")
    return low


def folded_words(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """Lowercase words of which every match of `pattern` holds one in the folded text (empty: none known)."""
    try:
        words = needed_words(_parser.parse(pattern.pattern, pattern.flags), folded=True)
    except (re.error, RecursionError, TypeError, ValueError):
        return ()
    return tuple(sorted(words, key=len, reverse=True)) if words and all(words) else ()


def folded_alternatives(pattern: re.Pattern[str]) -> tuple[tuple[tuple[str, ...], ...], ...]:
    """For each way a match can go, the sets of words it then holds one of each of in the text's fold (empty: none
    known): an alternation at the pattern's top level, its branches one by one (each with what stands around it), else
    the whole pattern. Read as words_needed.required_sets reads a case-sensitive pattern (a run of literals, the few
    strings a short choice spells, no set with an ASCII word under three characters), by `folded_words`' case rules:
    a text whose fold lacks a word of some set of every alternative holds no match."""
    try:
        nodes = list(_parser.parse(pattern.pattern, pattern.flags))
    except (re.error, RecursionError, TypeError, ValueError):
        return ()
    at = [i for i, (op, _) in enumerate(nodes) if op is _C.BRANCH]
    ways = [nodes[:at[0]] + list(b) + nodes[at[0] + 1:] for b in nodes[at[0]][1][1]] if len(at) == 1 else [nodes]
    found = []
    for way in ways:
        sets = needed_sets(way, folded=True)
        if not sets:
            return ()  # a way no word is known for: any text may hold a match
        sets.sort(key=lambda o: (len(o), -min(map(len, o)), sorted(o)))  # the fewest words first: the cheapest scan
        found.append(tuple(tuple(sorted(o, key=lambda w: (-len(w), w))) for o in sets[:3]))
    return tuple(found)


class OtherText:
    """`plain.search(text)` (`plain`: `pattern` or its guard.tried self) for text of any script, skipped where the
    text lacks the words every match holds: for a case-sensitive pattern, a word of each of its
    words_needed.required_sets (literal on any text, as guard.Worded tests them); for a case-insensitive one, a
    word of its `folded_words` in the text's fold. guard.Fast and guard.Guarded ask it of non-ASCII text. The
    words are read off the pattern on the first such text (at import they cost a tenth of a second of parsing
    for patterns most runs never search so: speed round 5)."""

    __slots__ = ("pattern", "plain", "sets", "folded")

    def __init__(self, pattern: re.Pattern[str], plain: re.Pattern[str]) -> None:
        self.pattern, self.plain = pattern, plain
        self.sets: tuple[Words, ...] | None = None  # made on the first search
        self.folded: Words | None = None

    def search(self, text: str) -> re.Match[str] | None:
        if self.sets is None:
            self.make()
        for words in self.sets:  # type: ignore[union-attr]
            if not words.seen_in(text):
                return None
        if self.folded is not None and not self.folded.seen_in(fold(text)):
            return None
        return self.plain.search(text)

    def make(self) -> None:
        pattern = self.pattern
        if pattern.flags & re.IGNORECASE:
            words = folded_words(pattern)
            self.folded = Words(words) if words else None
            self.sets = ()
        elif len(pattern.pattern) > _LONGEST:
            self.sets = ()  # (see _LONGEST)
        else:  # guard.Worded's sets
            sets = required_sets(pattern)[:3]
            needed = () if sets else required_words(pattern)
            self.sets = tuple(Words(w) for w in sets or ((needed,) if needed else ()))


class Sub:
    """`pattern.sub(repl, text)`, skipped where the text's fold holds none of `words` (every match holds one, whatever
    the flags), or where it lacks a word of some set of each way a match can go (`ways`, `folded_alternatives`): the
    text itself, as the substitution would leave it (speed only: a few scans for words where the pattern is tried at
    every offset). For patterns whose words most texts lack; a pattern without such words always substitutes."""

    __slots__ = ("pattern", "words", "ways")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        # The words of each way a match can go (`folded_alternatives`), and as `words` a set of each way's: a text may
        # hold a word of `folded_words` ("error" in Exim's "This is a permanent error"), seldom all that one way needs
        # ("without" too): asked of every sentence of a success notice, a substitution cost 70 us (session 33).
        ways = folded_alternatives(pattern)
        words = tuple(sorted({w for sets in ways for w in sets[0]}, key=lambda w: (-len(w), w))) if ways \
            else folded_words(pattern)
        self.words = Words(words) if words else None
        # (one way of one set: `words` is all there is to ask)
        self.ways = tuple(tuple(Words(w) for w in sets) for sets in ways) if len(ways) > 1 or ways and len(ways[0]) > 1 \
            else ()

    def sub(self, repl: str, text: str, folded: str | None = None) -> str:
        """`folded`: `fold(text)`, where the caller already has it."""
        if self.words is not None:
            low = fold(text) if folded is None else folded
            if not self.words.seen_in(low) or self.ways and not any(
                    all(words.seen_in(low) for words in sets) for sets in self.ways):
                return text
        return self.pattern.sub(repl, text)


# The longest case-sensitive pattern (its source) whose words are read for non-ASCII text: parsing the longer ones
# (departures' leavers, lexicon's nouns, 1,200 to 5,000 characters) and compiling a search for their sets of a
# hundred words or more cost 6 to 23 ms each on the first such text, more than their later searches saved in a
# run of the corpus; mailbox_states' size shape (730 characters), whose search of a German notice cost 0.7 ms,
# takes 2 ms.
_LONGEST = 1_000
