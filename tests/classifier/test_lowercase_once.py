"""classifier/lowercase_once.py: every answer is the plain `lower()` of what it stands for (speed only)."""

from __future__ import annotations

import pytest

from classifier.lowercase_once import lower_head, lower_once, remember_head

TEXTS = [
    "Delivery FAILED to <Kim@Example.COM>\nReason: 550 5.1.1 User Unknown\n",
    "Zustellung GESCHEITERT: Empfänger UNBEKANNT. Grüße",
    "MEVCUT DEĞİL: alıcı İSTANBUL",  # U+0130 lowercases to two characters
    "ΟΔΟΣ ΚΑΙ ΛΟΓΟΣ: ΣΦΑΛΜΑ",  # U+03A3: its lowercase depends on the letter after it
    "",
]


def test_the_lowercase_of_the_text() -> None:
    for text in TEXTS:
        assert lower_once(text) == text.lower()
        assert lower_once(text) == text.lower()  # remembered


@pytest.mark.parametrize("n", [0, 1, 5, 12, 19, 20, 1000])
def test_a_head_is_the_lowercase_of_the_head(n: int) -> None:
    for text in TEXTS:
        assert lower_head(text, n) == text[:n].lower()  # not remembered
        lower_once(text)
        assert lower_head(text, n) == text[:n].lower()  # cut from the remembered one, or lowercased itself


@pytest.mark.parametrize("cut", [0, 3, 4, 12, 13, 22])
def test_a_remembered_head(cut: int) -> None:
    for text in TEXTS:
        lower_once(text)
        head = text[:cut]
        remember_head(head, text)
        assert lower_once(head) == head.lower()  # "ΛΟΓΟΣ" cut after its Σ: a final sigma there, not in the whole


def test_many_texts_each_its_own() -> None:
    texts = [f"Text NUMBER {i} ÄÖÜ" for i in range(12)]
    for _ in range(2):
        for text in texts:
            assert lower_once(text) == text.lower()
            assert lower_head(text, 7) == text[:7].lower()


def test_threads_classifying_at_once_read_as_one_does() -> None:
    """The memo is shared by the process: threads classifying at once (a library user's pool) get the readings
    one thread gets (each entry holds its own text: answers never mix). The race `_remember` tolerates (another
    thread dropping the oldest between its two steps) is rare under the GIL: this run did not hit it with the
    tolerance taken out (three runs), so it guards the answers, not that line."""
    from concurrent.futures import ThreadPoolExecutor

    from classifier import classify
    from tests.classifier.review_forecast67 import ROWS

    raws = [row[2] for row in ROWS] * 4
    alone = [classify(raw) for raw in raws]
    with ThreadPoolExecutor(max_workers=8) as pool:
        together = list(pool.map(classify, raws))
    assert together == alone
