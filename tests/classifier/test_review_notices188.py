"""The hundred-and-eighty-eighth review's notices (tests/classifier/review_notices188.py): an adversarial audit of
session 31's newest mends (failure_said's counts of bounces, tries given up and exception lists; hints._GAP). One
table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices188 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices188, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 83)
