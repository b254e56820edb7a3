"""The words every match of a pattern holds: where a text lacks them, a search for the pattern can be skipped.

Read off the pattern's parse tree (`re._parser`), for patterns that never ignore case (a literal there matches one
character only). `required_words` gives one set (any of its words in a text lets a match be there); `required_sets`
one set for each part a match must pass through, all of which a text must show a word of. Used by classifier.guard's
`Worded`, and by the wording tables (classifier.wording, departures, remote) to skip patterns by plain `in` tests.
tests/classifier/test_guard.py checks on real text that every match holds its words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from re import _constants, _parser  # type: ignore[attr-defined]

import _sre

from classifier.alternatives import tried

_C = _constants
_REPEATS = (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", _C.MAX_REPEAT))


def required_words(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """Strings of which every match of `pattern` holds at least one (empty: none known), so
    that `any(w in text for w in words)`, a few memchr-fast scans, can stand in for a search
    that fails. Read off the parse tree: a run of literal characters, an alternation whose every
    branch needs a word (their union), a group or a repeat of at least one; of the sets a
    sequence offers, the one whose shortest word is longest. Nothing under a case-insensitive
    flag (a literal there matches its other cases too)."""
    if pattern.flags & re.IGNORECASE:
        return ()
    try:
        words = needed_words(_parser.parse(pattern.pattern, pattern.flags))
    except (re.error, RecursionError, TypeError, ValueError):
        return ()
    return tuple(sorted(words, key=len, reverse=True)) if words else ()


def needed_words(data: object, *, folded: bool = False) -> frozenset[str] | None:
    """`required_words` of a parsed sequence; None when it offers no set. `folded` (classifier.folded): the words as
    they stand in the text lowercased by the engine's case rules, whatever the flags: an ASCII literal or one
    without case joins the run lowercased, a cased non-ASCII literal ("ä") ends it, and a case-insensitive group is
    read too (unfolded, a literal under IGNORECASE matches its other cases: the group offers no word)."""
    options: list[frozenset[str]] = []
    run = ""
    for op, av in data:
        if op is _C.LITERAL:
            if not folded:
                run += chr(av)
                continue
            if av < 128 or not _sre.unicode_iscased(av):
                run += chr(av).lower()
                continue
        if run:  # any other node ends the run: what follows need not touch it
            options.append(frozenset((run,)))
            run = ""
        found = None
        if op is _C.SUBPATTERN and (folded or not av[1] & re.IGNORECASE):
            found = needed_words(av[3], folded=folded)
        elif op is _C.BRANCH:
            branches = [needed_words(b, folded=folded) for b in av[1]]
            found = frozenset().union(*branches) if all(branches) else None
        elif op in _REPEATS and av[0] >= 1:
            found = needed_words(av[2], folded=folded)
        elif op is getattr(_C, "ATOMIC_GROUP", None):
            found = needed_words(av, folded=folded)
        if found:
            options.append(found)
    if run:
        options.append(frozenset((run,)))
    return max(options, key=lambda o: (min(map(len, o)), -len(o)), default=None)


def required_sets(pattern: re.Pattern[str], shortest: int = 3) -> tuple[tuple[str, ...], ...]:
    """Every set of words of which each match of `pattern` holds one, strongest first (the first is
    much like `required_words`'): one for each part a match must pass through (a run of literal
    characters, with the few strings a short choice, class or optional character between them
    spells: "does ?n[o']t exist" is four words, not "does"), and no set with a word shorter than
    `shortest` ASCII characters (a CJK word of two, "不明", is as rare as a Latin one of six). A text
    lacking a word of ANY set has no match. Nothing under a case-insensitive flag."""
    if pattern.flags & re.IGNORECASE:
        return ()
    try:
        options = needed_sets(_parser.parse(pattern.pattern, pattern.flags), shortest=shortest)
    except (re.error, RecursionError, TypeError, ValueError):
        return ()
    options.sort(key=lambda o: (-min(map(len, o)), len(o), sorted(o)))
    return tuple(tuple(sorted(o, key=lambda w: (-len(w), w))) for o in options)  # the same order every run


def needed_sets(data: object, *, folded: bool = False, shortest: int = 3) -> list[frozenset[str]]:
    """`required_sets` of a parsed sequence, unordered; `folded`: the words as they stand in the text's fold (as
    `needed_words` reads them: classifier.folded.folded_alternatives)."""
    return [o for o in set(_options(data, folded)) if all(len(w) >= shortest or not w.isascii() for w in o)]


_FEW = 32  # the most strings a run of short choices may spell before it is cut


def _options(data: object, folded: bool = False) -> list[frozenset[str]]:
    """The sets of words of a parsed sequence (`required_sets`), each needed by every match; `folded`: as they stand in
    the text's fold, whatever the flags (`needed_words`' rules: classifier.folded.folded_alternatives)."""
    options: list[frozenset[str]] = []
    run: set[str] = {""}

    def end() -> None:
        if "" not in run:
            options.append(frozenset(run))

    for node in data:
        spelt = _spelt(node, folded)
        if spelt is not None and len(run) * len(spelt) <= _FEW:
            run = {a + b for a in run for b in spelt}
            continue
        end()
        run = set(spelt) if spelt is not None else {""}
        if spelt is None:
            op, av = node
            if op is _C.SUBPATTERN and (folded or not av[1] & re.IGNORECASE):
                options += _options(av[3], folded)
            elif op is _C.BRANCH:
                best = [_best(_options(b, folded)) for b in av[1]]
                if all(best):
                    options.append(frozenset().union(*best))
            elif op in _REPEATS and av[0] >= 1:
                options += _options(av[2], folded)
            elif op is getattr(_C, "ATOMIC_GROUP", None):
                options += _options(av, folded)
    end()
    return options


def _best(options: list[frozenset[str]]) -> frozenset[str] | None:
    return max(options, key=lambda o: (min(map(len, o)), -len(o)), default=None)


def _spelt(node: tuple, folded: bool = False) -> set[str] | None:
    """Every string `node` matches where they are few (zero-width tests match the empty one), else None. `folded`: as
    they stand in the text's fold (a cased non-ASCII character, which the fold may write otherwise, spells none)."""
    op, av = node
    if op is _C.LITERAL:
        if not folded:
            return {chr(av)}
        return {chr(av).lower()} if av < 128 or not _sre.unicode_iscased(av) else None
    if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
        return {""}  # consumes nothing: the characters around it stand side by side in the text
    if op is _C.IN:
        if len(av) <= 8 and all(o is _C.LITERAL for o, _ in av):
            if not folded:
                return {chr(a) for _, a in av}
            if all(a < 128 or not _sre.unicode_iscased(a) for _, a in av):
                return {chr(a).lower() for _, a in av}
        return None
    if op is _C.SUBPATTERN:
        return None if av[1] & re.IGNORECASE and not folded else _spelt_all(av[3], folded)
    if op is _C.BRANCH:
        found: set[str] = set()
        for branch in av[1]:
            spelt = _spelt_all(branch, folded)
            if spelt is None or len(found | spelt) > _FEW:
                return None
            found |= spelt
        return found
    if op in _REPEATS and av[0] == 0 and av[1] == 1:
        spelt = _spelt_all(av[2], folded)
        return None if spelt is None else spelt | {""}
    return None


def _spelt_all(data: object, folded: bool = False) -> set[str] | None:
    run: set[str] = {""}
    for node in data:
        spelt = _spelt(node, folded)
        if spelt is None or len(run) * len(spelt) > _FEW:
            return None
        run = {a + b for a in run for b in spelt}
    return run



class Words:
    """A set of words asked whether a text holds any of them (`seen_in`), or where the first of them stands
    (`first_in`): for a set of many, one search instead of a loop of `in` tests that scans the whole text once
    per word (for the hundred wordings of an absence, most texts none of them; the more so for non-ASCII words
    in an ASCII text, each a scan of its own). The same answers (tests/classifier/test_guard.py):

    - `seen_in`: each word is looked for from one of its characters (its anchor, `_anchors`), then the characters
      after it and a look-behind over the word: the engine tries the words only at the offsets that hold one of those
      few characters, where from their first ones it tried them at nearly every offset (a third less time). A
      word that holds another of the set is dropped: the shorter is in every text the longer is.
    - `first_in`: a trie of the words (one alternative per first character), whose search stops at the
      leftmost offset where a word starts, and only there.

    Where a text is ASCII, only the ASCII words are looked for (it holds no other). A set of few anchors
    (`_SPLIT_MOST`) is asked anchor by anchor: `anchor in text` (a memchr) and, only where the text holds it, a
    search of that anchor's alternative (a literal prefix, which the engine finds by a plain character scan), or for
    an anchor of one or two words, `word in text` for each (`_searcher`). One
    search of all the alternatives tested each character of the text against the set of anchors, a call per
    character: 40% of its instructions, for a text that ~22 sets are asked about in turn."""

    __slots__ = ("words", "found", "found_ascii", "first")

    def __init__(self, words: tuple[str, ...]) -> None:
        self.words = words
        # (Fewer words: the loop is cheaper than a search's call. An empty word is in every text.)
        self.found = _searcher(words) if len(words) >= 8 and all(words) else None
        self.found_ascii = self.found
        if self.found is not None:
            # An ASCII text holds none of the other words: it is searched for the ASCII words alone (their own
            # anchors, fewer alternatives to run through at each).
            ascii_words = tuple(word for word in words if word.isascii())
            if len(ascii_words) < len(words):
                self.found_ascii = _searcher(ascii_words) if ascii_words else _NOTHING
        self.first: re.Pattern[str] | None = None  # the trie, made when first asked (long texts only)

    def seen_in(self, text: str) -> bool:
        found = self.found
        if found is not None:
            if text.isascii():
                found = self.found_ascii
            if type(found) is not tuple:
                return found.search(text) is not None
            for needle, search in found:
                if needle in text and (search is None or search(text) is not None):
                    return True
            return False
        for word in self.words:
            if word in text:
                return True
        return False

    def first_in(self, text: str) -> int:
        """Where the first word in `text` starts (len(text) for none)."""
        if self.found is not None:
            if self.first is None:
                self.first = _trie(self.words)
            m = self.first.search(text)
            return len(text) if m is None else m.start()
        first = len(text)
        for word in self.words:
            at = text.find(word, 0, first + len(word) - 1)  # one starting before the first so far
            if at >= 0:
                first = at
        return first


# How often each character stands in the texts the sets are asked about (lowercase replies, notices and their
# sentences; per 10,000 characters of those the corpus's messages asked, session 33); any other (a capital, a
# non-ASCII letter) is rarer than all of them.
_PER_10K = {" ": 1252, "e": 893, "o": 544, "t": 542, "r": 536, "s": 488, "i": 461, "a": 452, "n": 416, ".": 407,
            "m": 294, "d": 275, "l": 272, "c": 233, "p": 213, "0": 211, "u": 182, "5": 168, "2": 166, "h": 137,
            ":": 128, "x": 123, "1": 113, "f": 108, "=": 103, "g": 89, "-": 81, "b": 77, "y": 76, "k": 71, "/": 70,
            "v": 68, "w": 60, "@": 45, "9": 43, "j": 42, ">": 41, "<": 39, "4": 39, "3": 36, "\n": 30, "[": 28,
            "]": 28, "*": 28, "7": 26, "6": 18, ",": 18, "(": 16, ")": 16, "|": 15, "8": 14, "'": 11, "#": 10,
            "q": 8, "z": 8, ";": 7, "_": 5, "?": 4, '"': 2, "+": 1}


def _frequency(char: str) -> float:
    return _PER_10K.get(char, 0.5)


def _anchors(words: list[str]) -> set[str]:
    """Characters of which each word holds one, few and rare: the search stops at every offset that holds one. A
    greedy cover, each time the character that the most words still without one hold per its frequency (the rarest
    character of each word alone made a larger set of commoner ones: a sixth more instructions, session 33)."""
    chosen: set[str] = set()
    todo = list(words)
    while todo:
        held: dict[str, int] = {}
        for word in todo:
            for char in set(word):
                held[char] = held.get(char, 0) + 1
        best = max(sorted(held), key=lambda c: held[c] / _frequency(c))
        chosen.add(best)
        todo = [word for word in todo if best not in word]
    return chosen


_NOTHING = re.compile(r"(?!)")  # matches no text
# The most anchors a set is searched for one by one (`Words`): over the corpus's searches 8 to 12 cost least (12%
# fewer instructions than one search each; 40, as many as one search).
_SPLIT_MOST = 8


def _searcher(words: tuple[str, ...]) -> re.Pattern[str] | tuple[tuple[str, Callable[[str], object] | None], ...]:
    """`Words`' search, something found where a text holds one of `words`: for few anchors, the anchors' alternatives
    apart, each with its anchor; else one pattern of them all. Each `tried` (alternatives.py: the same matches), whose
    trie of the rests after an anchor tests a shared opening once (4% fewer instructions in `seen_in` over the
    corpus's calls, speed66c). An anchor of one or two words is asked as those words (`word in text`, needle alone):
    a search that finds its anchor allocates the engine's stack, a scan of a word does not (6.5% fewer instructions in
    `seen_in` over the corpus's calls than the anchor and its search, speed67a; of three words, as many as before)."""
    parts = _by_anchor(words)
    if len(parts) > _SPLIT_MOST:
        return tried(re.compile("|".join(source for _, source, _ in parts)))
    found: list[tuple[str, Callable[[str], object] | None]] = []
    for anchor, source, held in parts:
        if len(held) <= _FEW_WORDS:
            found += ((word, None) for word in held)
        else:
            found.append((anchor, tried(re.compile(source)).search))
    return tuple(found)


_FEW_WORDS = 2  # the most words of an anchor asked one by one (`_searcher`)


def _by_anchor(words: tuple[str, ...]) -> list[tuple[str, str, list[str]]]:
    """(anchor, the source of an alternative that finds its words, those words), one for each anchor of `words` (see
    `Words`)."""
    kept: list[str] = []
    for word in sorted(set(words), key=len):
        if not any(k in word for k in kept):
            kept.append(word)
    anchors = _anchors(kept)
    by_anchor: dict[str, list[str]] = {}
    for word in kept:
        at = min((i for i, c in enumerate(word) if c in anchors), key=lambda i: _frequency(word[i]))
        by_anchor.setdefault(word[at], []).append(word)
    alternatives = []
    for anchor, held in sorted(by_anchor.items()):
        # After the anchor: the characters after it, then a look-behind over the word (the characters before it too).
        # (The characters after it first: the engine skips an alternative that opens with a literal the text does not
        # have in one comparison, where it ran each look-behind: a fifth fewer instructions, session 33.)
        parts = [(word[:word.index(anchor)], word[word.index(anchor) + 1:]) for word in held]
        rests = sorted(re.escape(after) + (f"(?<={re.escape(before + anchor + after)})" if before else "")
                       for before, after in parts)
        if "" in rests:  # the anchor alone is a word
            alternatives.append((anchor, re.escape(anchor), held))
        else:
            alternatives.append((anchor, re.escape(anchor) + (rests[0] if len(rests) == 1
                                                              else "(?:" + "|".join(rests) + ")"), held))
    return alternatives


def _trie(words: tuple[str, ...]) -> re.Pattern[str]:
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def spell(node: dict) -> str:
        if "" in node:
            return ""  # a word is found: what longer words add is not needed
        alternatives = [re.escape(char) + spell(child) for char, child in sorted(node.items())]
        return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"

    return re.compile(spell(trie))
