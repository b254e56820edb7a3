"""classifier/wording.py: `Wording.uses` asks a reason's worded patterns only where the text holds a word of any of
them (one search), and its other patterns first (speed only). Its answers are the plain loop's over `_PATTERNS`,
on the texts the classifier reads over the corpus and on texts built of the patterns' own words."""

from __future__ import annotations

import random
from pathlib import Path

from classifier import classify, wording
from classifier.guard import Guarded
from classifier.records import Reason

CORPUS = Path(__file__).parents[2].parent / "shared" / "corpus" / "emails"


def _plain_uses(text: str, reason: Reason) -> bool:
    """The loop `uses` ran before: each pattern in table order, skipped where the text lacks its required words."""
    w = wording.Wording(text)
    if reason.value in w.phrases:
        return True
    for words, pattern in wording._PATTERNS.get(reason.value, ()):
        if words and not any(word in text for word in words):
            continue
        if type(pattern) is Guarded:
            if pattern.search(text) is not None:
                return True
        elif pattern.search(text):
            return True
    return False


def _texts() -> list[str]:
    """The texts the classifier reads wordings of over the corpus, and texts of the patterns' words."""
    seen: list[str] = []
    made = wording.Wording

    class Recording(made):  # type: ignore[misc, valid-type]
        __slots__ = ()

        def __init__(self, text: str) -> None:
            seen.append(text)
            super().__init__(text)

    wording.Wording = Recording  # type: ignore[misc]
    try:
        for path in sorted(CORPUS.glob("*.eml"))[:300]:
            wording._MADE.clear()
            classify(path.read_bytes())
    finally:
        wording.Wording = made  # type: ignore[misc]
        wording._MADE.clear()
    rng = random.Random(38)
    words = sorted({w for pairs in wording._PATTERNS.values() for ws, _ in pairs for w in ws})
    fillers = ["550 5.1.1 ", "user ", "mailbox ", "is ", "not ", "the ", "account ", "disabled ", "full ", ". ", "x@x "]
    built = [" ".join(rng.choice(words + fillers) for _ in range(rng.randrange(1, 8))) for _ in range(400)]
    return sorted(set(seen)) + built + [w for w in words]


def test_uses_answers_as_the_plain_loop() -> None:
    texts = _texts()
    assert len(texts) > 500
    reasons = [Reason(key) for key in wording._PATTERNS]
    differ = [(text, r) for text in texts for r in reasons if wording.Wording(text).uses(r) != _plain_uses(text, r)]
    assert not differ, differ[:5]


def test_every_pattern_is_asked_in_one_part() -> None:
    for key, pairs in wording._PATTERNS.items():
        _, worded, unworded = wording._SPLIT[key]
        assert len(worded) + len(unworded) == len(pairs)
        assert all(words for words, _ in worded) and all(type(p) is not Guarded for _, p in worded)
