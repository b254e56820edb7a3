"""A black-box review's localised notices (tests/classifier/review_langs.py): recipients, reason,
hard/soft as the product reads it, and delay or not, each row against the expectation written
from its provider's words before the classifier ran. One test over all rows, failures
collected; the judgement calls (JUDGEMENT) are strict xfails, one item each, so a change of
reading shows up either way."""

from __future__ import annotations

import pytest

from tests.classifier.review_check import judged_misses, judgement_params, unexplained
from tests.classifier.review_langs import ROWS

# row name -> why the expectation is a judgement call the classifier does not follow.
JUDGEMENT: dict[str, str] = {
    "godaddy-de-konto-nicht-vorhanden": (
        "'Die vom Absender eingegebene E-Mail-Adresse ist nicht vorhanden' (the address the sender typed does not "
        "exist) reads rejected: lexicon._SENDER takes 'Absender' within 60 characters of an absence as a sender check "
        "speaking. A false soft, but GoDaddy's German is its help page's translation (its bounces are English) and "
        "narrowing the sender rule for 'vom Absender eingegebene' alone would be a rule for one page"),
}


def test_review_langs():
    wrong = unexplained(ROWS, JUDGEMENT)
    assert not wrong, wrong


@pytest.mark.parametrize("name", judgement_params(JUDGEMENT))
def test_judgement_calls(name):
    assert not judged_misses(ROWS, name)


def test_rows_cite_sources_and_cover_the_languages():
    assert len({r[0] for r in ROWS}) == len(ROWS) >= 40
    assert all(r[2] and "HAND-MADE" not in r[2] for r in ROWS)
    langs = {r[1] for r in ROWS if any(e[2] == ("userunknown",) for e in r[4])}
    assert {"cs", "de", "it", "ja", "zh", "ru", "nb"} <= langs
