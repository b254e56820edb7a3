"""The seventeenth review's delay warnings and expiry notices (tests/classifier/review_notices17.py:
Postfix, Exim, Sendmail, qmail and masqmail sources, masqmail's in four languages; Gmail's and Exchange's delay texts as pages quote them):
recipients, reason, hard/soft, whose fault, and delay or not, each row against the expectation
written from the source's words before the classifier ran. One table-driven test over all rows,
failures collected (few pytest items); the judgement calls (JUDGEMENT) are strict xfails, one item
each, so a change of reading shows up either way."""

from __future__ import annotations

import pytest

from tests.classifier.review_check import judged_misses, judgement_params, unexplained
from tests.classifier.review_notices17 import ROWS

# row name -> why the expectation is a judgement call the classifier does not follow.
JUDGEMENT: dict[str, str] = {}


def test_review_notices17():
    wrong = unexplained(ROWS, JUDGEMENT)
    assert not wrong, wrong


@pytest.mark.parametrize("name", judgement_params(JUDGEMENT))
def test_judgement_calls(name):
    assert not judged_misses(ROWS, name)


def test_rows_cite_sources():
    assert len({r[0] for r in ROWS}) == len(ROWS) >= 15
    assert set(JUDGEMENT) <= {r[0] for r in ROWS}
    assert all(r[1] for r in ROWS)
