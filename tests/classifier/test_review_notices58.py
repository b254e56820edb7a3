"""The fifty-eighth review's notices (tests/classifier/review_notices58.py, _more): an adversarial
audit of classifier/ours.py (a reply naming only our address or domain). One table-driven test
over all rows, failures collected. No judgement calls: every row reads as written after this
review's mend of ours.py (so no strict-xfail test over an empty table)."""

from __future__ import annotations

from tests.classifier.review_check import source_problems, unexplained
from tests.classifier.review_notices58 import ROWS

JUDGEMENT: dict[str, str] = {}


def test_review_notices58():
    wrong = unexplained(ROWS, JUDGEMENT)
    assert not wrong, wrong


def test_rows_cite_sources():
    assert not source_problems(ROWS, JUDGEMENT, 47)
