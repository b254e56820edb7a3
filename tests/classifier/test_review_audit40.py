"""Audit 40's notices (tests/classifier/review_audit40.py): an adversarial audit of the rules merged on 2026-12-06,
each in other contexts, layouts and languages. One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_audit40 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_audit40, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 70)
