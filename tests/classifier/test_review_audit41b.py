"""Audit 41b's notices (tests/classifier/review_audit41b.py): an adversarial audit of the rules merged from audit 40,
review layouts40 and the lead's mends, each in other contexts. One table-driven test; the judgement calls are strict
xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_audit41b import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_audit41b, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 50)
