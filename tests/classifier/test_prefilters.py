"""Speed round 5's prefilters skip only searches that cannot match: each function answers as its unfiltered
self on every text the classifier asks it about over the corpus and every review module's rows
(tests/classifier/asked_texts.py), and on texts built to hold what the filters look for."""

from __future__ import annotations

from classifier import denied_mentions
from tests.classifier.asked_texts import asked

_TARGETS = (("classifier.denied_mentions", "without_denied"),)


def _texts(module: str, name: str) -> list[str]:
    calls = asked(*_TARGETS)[(module, name)]
    return [args[0] for args, _ in calls]


def test_without_denied_is_the_unfiltered_substitution_on_every_asked_text() -> None:
    texts = _texts("classifier.denied_mentions", "without_denied")
    assert len(texts) > 3_000
    changed = 0
    for text in texts:
        plain = denied_mentions.without_denied_unfiltered(text)
        assert denied_mentions.without_denied(text) == plain, text
        changed += plain != text
    assert changed > 20  # the texts hold denials the substitutions remove


def test_without_denied_on_built_denials() -> None:
    denials = ["not on any block list", "isn't blacklisted", "not listed in any dnsbl", "not in our rbl",
               "auf keiner blacklist", "greylisting is temporarily off", "nu este pe lista neagră",
               "doesn't \"exist\"", "not 'mailbox full'", "not ‘found’", "n't “valid”", "not the \"user unknown\"",
               "not on list", "no list", "bl", "not", "'", "n't"]
    for a in denials:
        for b in denials:
            for sep in (" ", "; ", " | "):
                text = f"550 5.1.1 user unknown{sep}{a}{sep}{b}"
                assert denied_mentions.without_denied(text) == denied_mentions.without_denied_unfiltered(text)
