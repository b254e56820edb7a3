"""The thirty-ninth review's whole notices (tests/classifier/review_notices39.py: Sisimai 5's phrase
and code tables where they go beyond Sisimai 4.25's, each new entry as a whole notice; the reasons
5.x added read as the taxonomy names them): recipients, reason, hard/soft, whose fault, delay or
not. One table-driven test over all rows, failures collected; no judgement calls (every row reads as its words say)."""

from __future__ import annotations

from tests.classifier.review_check import source_problems, unexplained
from tests.classifier.review_notices39 import ROWS

JUDGEMENT: dict[str, str] = {}


def test_review_notices39():
    wrong = unexplained(ROWS, JUDGEMENT)
    assert not wrong, wrong


def test_rows_cite_sources():
    assert not source_problems(ROWS, JUDGEMENT, 150)
