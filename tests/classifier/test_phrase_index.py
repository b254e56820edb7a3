"""classifier/phrase_index.py finds exactly the phrases a substring test of each finds."""

from __future__ import annotations

import random

from classifier.phrase_index import PhraseIndex
from classifier.phrases import PHRASES


def brute(table: dict[str, list[str]], text: str) -> set[str]:
    return {key for key, phrases in table.items() if any(p in text for p in phrases)}


def test_the_reason_tables_are_found_as_a_scan_finds_them():
    table = {reason.value: list(phrases) for reason, phrases in PHRASES.items()}
    index = PhraseIndex(table)
    every = [p for phrases in table.values() for p in phrases]
    rng = random.Random(5)
    filler = ["550", "5.1.1", "the", "mailbox", "unknown", "|", "x", "user", "-", "not", "é", "メール", ""]
    for _ in range(3_000):
        parts = []
        for _ in range(rng.randint(0, 6)):
            piece = rng.choice(every) if rng.random() < 0.5 else rng.choice(filler)
            if rng.random() < 0.3 and piece:  # cut a phrase: near misses must not count
                at = rng.randint(0, len(piece))
                piece = piece[:at] if rng.random() < 0.5 else piece[at:]
            parts.append(piece)
        text = rng.choice(["", " ", "  ", "x", "\t"]).join(parts)
        assert index.hits(text) == brute(table, text), text


def test_each_kind_of_key():
    table = {"a": ["user unknown in virtual table"], "b": ["mailbox full"], "c": ["no mx"],
             "d": ["nxdomain"], "e": [" is suspended"], "f": ["ends with "], "g": ["メールボックスが一杯"]}
    index = PhraseIndex(table)
    assert index.hits("550 5.1.1 <a@b>: recipient address rejected: user unknown in virtual table") == {"a"}
    assert index.hits("yourmailbox fullness") == {"b"}  # a phrase may start and end inside words
    assert index.hits("host says: no mx.") == {"c"}
    assert index.hits("dns: anxdomainz") == {"d"}
    assert index.hits("the account is suspended") == {"e"}
    assert index.hits("the account  is suspended") == {"e"}
    assert index.hits("the account\tis suspended") == set()
    assert index.hits("it ends with x") == {"f"}
    assert index.hits("エラー: メールボックスが一杯です") == {"g"}
    assert index.hits("") == set()
