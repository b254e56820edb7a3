"""Audit 37's notices (tests/classifier/review_audit37.py): an adversarial audit of the mends that landed with audit 36,
review blocks36, review old36, review providers36 and real round 21, each in other contexts and layouts. One
table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_audit37 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_audit37, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 60)
