"""One diagnostic's wording as the reason rules read it (`Wording`): which reasons' phrases and
patterns (`classifier.phrases`) it uses, each asked once per text; moved out of
`classifier.reasons` whole (it is the rules' one reader of the tables)."""

from __future__ import annotations

import re

from classifier.guard import Guarded, Words, required_sets, required_words, tried
from classifier.phrase_index import PhraseIndex
from classifier.phrases import PATTERNS, PHRASES
from classifier.records import Reason

# Which reasons' phrases occur in a text: classifier/phrase_index.py finds the few phrases
# worth a full `in` test for all reasons at once, keyed by the reason's value (a str).
_INDEX = PhraseIndex({reason.value: phrases for reason, phrases in PHRASES.items()})


def _needed(pattern: re.Pattern[str], words: tuple[str, ...]) -> tuple[Words, ...]:
    sets = required_sets(pattern)[:3]
    return tuple(Words(found) for found in sets) if sets else (Words(words),)


# A `Guarded` expression (classifier.guard) tests its own words first: no literal needed.
# A plain expression is tried only where one of its required words (guard.required_words) is
# in the text: most start with a word boundary or a class, where the engine tries every offset.
_PATTERNS = {reason.value: tuple((required_words(p), tried(p)) if isinstance(p, re.Pattern) else ((), p)
                                  for p in patterns)
             for reason, patterns in PATTERNS.items() if patterns}  # tried(): the same, sooner (guard.py)
# Speed only: a reason's patterns split into those with required words, asked only where the text holds a word of any
# of them (one search of all their words: most texts hold none, where each pattern's words were tested in a loop), and
# the rest (Guarded ones test their own words). Whether ANY pattern matches does not depend on their order.
# tests/classifier/test_wording_words.py compares `uses` with the plain loop over `_PATTERNS`.
# A worded pattern is searched only where the text holds a word of each of its `required_sets` (at most three, as
# guard.Worded asks; its required words where it has none): the one set of `required_words` let most texts on ("unknown"
# for suspend's, "ip" for blocked's, "account" for mailboxfull's), where nearly none holds the rest of a match.
_SPLIT = {reason.value: (Words(tuple(sorted({w for words, _ in pairs for w in words}))),
                         tuple((_needed(p, words), plain) for p, (words, plain) in zip(PATTERNS[reason], pairs) if words),
                         tuple(plain for words, plain in pairs if not words))
          for reason in PATTERNS if (pairs := _PATTERNS.get(reason.value))}


class Wording:
    """One diagnostic's wording (lowercase, whitespace collapsed), read once for every
    reason: the phrase index is asked once for all reasons' phrases, and each reason's
    patterns are tried at most once. `reason_for` asks some forty questions of one text;
    this holds the answers about its text alone (`wording_of` shares one for a text asked again)."""

    __slots__ = ("text", "phrases", "patterns", "low")

    def __init__(self, text: str) -> None:
        self.text = text
        self.phrases = _INDEX.hits(text)  # values of the reasons with a phrase in the text
        self.patterns: dict[str, bool] = {}  # reason value -> a pattern of it matched
        # The text's lowercase for the `Guarded` patterns, made once for all of them on the first
        # pattern tried ("" until then; None: the text is not ASCII, they search it themselves).
        self.low: str | None = ""

    def uses(self, reason: Reason) -> bool:
        """Does the text use this reason's wording (a phrase or a pattern of it)?"""
        key = reason._value_
        if key in self.phrases:
            return True
        split = _SPLIT.get(key)
        if split is None:  # most reasons have phrases only
            return False
        found = self.patterns.get(key)
        if found is None:
            found = False
            text = self.text
            any_words, worded, unworded = split
            for pattern in unworded:
                if type(pattern) is Guarded:
                    low = self.low
                    if low == "":
                        low = self.low = text.lower() if text.isascii() else None
                    if (pattern.search(text) if low is None else pattern.search_ascii(text, low)):
                        found = True
                        break
                elif pattern.search(text):
                    found = True
                    break
            if not found and worded and any_words.seen_in(text):
                for sets, pattern in worded:
                    for words in sets:
                        if not words.seen_in(text):
                            break  # no word of a set: no match
                    else:
                        if pattern.search(text):
                            found = True
                            break  # (the else clause's break ends the loop over the patterns)
            self.patterns[key] = found
        return found


_MADE: dict[str, Wording] = {}  # the last few texts `wording_of` read


def wording_of(text: str) -> Wording:
    """`Wording(text)`, the same one again for a text asked a moment ago: reason_for reads a diagnostic,
    then generic_refusal, severity and said_of_others ask of the very same text (once its generic phrases
    prove absent) and would find its phrases again. A Wording is its text's alone (what it remembers are
    answers about that text), so sharing one changes no answer; only a few texts are kept."""
    found = _MADE.get(text)
    if found is None:
        if len(_MADE) >= 8:
            _MADE.clear()
        found = _MADE[text] = Wording(text)
    return found
