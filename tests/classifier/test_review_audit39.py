"""Audit 39's notices (tests/classifier/review_audit39.py): an adversarial audit of the rules merged with review
novel38's and old37's mends and audit 38's, each in other contexts, layouts and languages. One table-driven test; the
judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_audit39 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_audit39, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 70)
