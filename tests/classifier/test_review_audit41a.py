"""Audit 41a's notices (tests/classifier/review_audit41a.py): an adversarial audit of review novel40's rules, each in
other contexts and languages. One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_audit41a import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_audit41a, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 50)
