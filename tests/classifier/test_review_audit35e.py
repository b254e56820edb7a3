"""Audit 35e's notices (tests/classifier/review_audit35e.py): an adversarial audit of the hard readings the bounce
generators' own vocabulary makes (classifier/reporters/). One table-driven test; the judgement calls are strict
xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_audit35e import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_audit35e, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 35)
