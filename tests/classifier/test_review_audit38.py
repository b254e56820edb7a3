"""Audit 38's notices (tests/classifier/review_audit38.py): an adversarial audit of the mends that landed with audit 37
and the session before it, each in other contexts, layouts and languages. One table-driven test; the judgement calls
are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_audit38 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_audit38, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 70)
