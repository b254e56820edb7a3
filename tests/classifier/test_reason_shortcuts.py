"""Speed-only rewrites in `classifier.reasons` answer as their plain form did, on every text the classifier asks
them about over the corpus and every review module's rows (tests/classifier/asked_texts.py)."""

from __future__ import annotations

from classifier import reasons
from classifier.generic_refusal import cause_words
from classifier.wording import Wording
from tests.classifier.asked_texts import asked


def test_cause_words_made_once_answers_as_made_for_each_reason() -> None:
    # _is_userunknown asks the ten miscoded reasons of one cause_words(w), made once (it made one per reason asked):
    # the same answer where cause_words is the same reading each time it is made, on every Wording it was asked of.
    calls = asked(("classifier.reasons", "cause_words"))[("classifier.reasons", "cause_words")]
    texts = sorted({args[0].text for args, _ in calls})
    assert len(texts) > 20
    used = 0
    for text in texts:
        once = cause_words(Wording(text))
        each = [cause_words(Wording(text)) for _ in reasons._MISCODED_AS_UNKNOWN]
        assert all(words.text == once.text for words in each), text
        plain = any(words.uses(r) for words, r in zip(each, reasons._MISCODED_AS_UNKNOWN))
        assert any(map(once.uses, reasons._MISCODED_AS_UNKNOWN)) == plain, text
        used += plain
    assert used > 0  # some texts name a miscoded cause
