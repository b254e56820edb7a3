"""Which of a wording table's phrases occur in a text, without a substring scan per phrase.

`reasons` asks, for each diagnostic, which reasons' phrases (some 900 lowercase wordings)
occur in it. Scanning the text once per phrase, or collecting every four-character piece of
the text, cost tens of microseconds per diagnostic. This index keys each phrase on one piece
that any text holding the phrase must hold at a word boundary (words being the runs between
single spaces, `text.split(" ")`), so one split of the text and three set intersections find
the few phrases worth a full `in` test. Exact, whatever the text: the index only chooses
which phrases to test, and every answer is still `phrase in text`.

- A piece of the phrase between two of its spaces is a whole word of the text.
- A piece after a space starts a word of the text: the word starts with its first four
  characters (when it has four).
- A piece before a space ends a word of the text: the word ends with its last four.
- A phrase without such a key (one short piece, or two) is tested on every text, except a
  phrase with non-ASCII characters on ASCII text, where it cannot occur.

Each phrase takes its rarest key: the one fewest phrases share, a word nearly every notice
uses ("not", "mail") only when there is no other.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from operator import itemgetter

from classifier.words_needed import Words

_AFFIX = 4
# `w[:_AFFIX]` and `w[-_AFFIX:]` for `map`: no Python frame per word (a comprehension has one).
_PREFIX = itemgetter(slice(None, _AFFIX))
_SUFFIX = itemgetter(slice(-_AFFIX, None))
# Words (and word starts) that nearly every delivery notice uses, in any wording.
_COMMON = frozenset({
    "a", "an", "the", "is", "are", "was", "were", "be", "been", "has", "have", "had", "not", "no", "to", "of",
    "in", "on", "at", "by", "for", "from", "with", "and", "or", "this", "that", "it", "its", "your", "you",
    "our", "we", "as", "can", "could", "does", "do", "did", "will", "would", "may", "there",
    "mail", "message", "e-mail", "email", "address", "recipient", "user", "server", "mailbox", "domain",
    "account", "smtp", "host", "mess", "addr", "reci", "serv", "doma", "acco", "emai", "unkn", "erro", "fail",
    "reje",
})


class PhraseIndex:
    """`hits(text)`: the keys (of `table`, key -> phrases) with a phrase that occurs in `text`."""

    __slots__ = ("by_kind", "keys", "always", "always_ascii", "any_always")

    def __init__(self, table: Mapping[str, Iterable[str]]) -> None:
        # kind ("word", "prefix", "suffix") -> piece -> the (key, phrase) pairs keyed on it
        self.by_kind: dict[str, dict[str, list[tuple[str, str]]]] = {"word": {}, "prefix": {}, "suffix": {}}
        self.always: list[tuple[str, str]] = []
        pairs = [(key, phrase) for key, phrases in table.items() for phrase in phrases]
        # How many phrases could be keyed on each piece (one that many phrases share is
        # common in texts too).
        shared = Counter(k for _, phrase in pairs for k in set(_keys(phrase)))
        for key, phrase in pairs:
            keys = _keys(phrase)
            if not keys:
                self.always.append((key, phrase))
                continue
            kind, piece = min(keys, key=lambda k: (k[1] in _COMMON, shared[k], -len(k[1])))
            self.by_kind[kind].setdefault(piece, []).append((key, phrase))
        self.keys = tuple(frozenset(self.by_kind[kind]) for kind in ("word", "prefix", "suffix"))
        # On ASCII text no phrase with other characters can occur.
        self.always_ascii = [(k, p) for k, p in self.always if p.isascii()]
        # Does the text hold any of them? One scan (words_needed.Words: each phrase looked for from a rare
        # character; through a trie of the phrases `hits` cost a fourth more, session 33) instead of forty `in`
        # tests; most diagnostics hold none.
        self.any_always = tuple(Words(tuple(sorted({p for _, p in pairs}))) for pairs in (self.always_ascii, self.always))

    def hits(self, text: str) -> set[str]:
        words = set(text.split(" "))
        found: set[str] = set()
        # The small set of the text's pieces intersected with each table's keys (a frozenset:
        # `dict.keys() & set` would copy all the keys first).
        for table, keys, pieces in ((self.by_kind["word"], self.keys[0], words),
                                    (self.by_kind["prefix"], self.keys[1], map(_PREFIX, words)),
                                    (self.by_kind["suffix"], self.keys[2], map(_SUFFIX, words))):
            for piece in keys.intersection(pieces):
                for key, phrase in table[piece]:
                    if key not in found and phrase in text:
                        found.add(key)
        is_ascii = text.isascii()
        if not self.any_always[not is_ascii].seen_in(text):
            return found
        for key, phrase in self.always_ascii if is_ascii else self.always:
            if key not in found and phrase in text:
                found.add(key)
        return found


def _keys(phrase: str) -> list[tuple[str, str]]:
    """The pieces that a text holding `phrase` must hold: its inner words, each a whole word
    of the text; the first four characters of each piece after a space, the start of a word;
    the last four of each piece before a space, the end of a word."""
    pieces = phrase.split(" ")
    keys = [("word", p) for p in pieces[1:-1] if p]
    if len(pieces) >= 2:
        keys += [("prefix", p[:_AFFIX]) for p in pieces[1:] if len(p) >= _AFFIX]
        keys += [("suffix", p[-_AFFIX:]) for p in pieces[:-1] if len(p) >= _AFFIX]
    return keys
