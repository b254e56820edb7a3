"""Audit 43's notices (tests/classifier/review_audit43.py): a short adversarial audit of the rules merged on
2026-12-07 (audit 42's mends, review novel42's wordings, the lead's re-reads), each in other contexts. One
table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_audit43 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_audit43, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 50)
