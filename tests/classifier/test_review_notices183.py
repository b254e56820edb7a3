"""The hundred-and-eighty-third review's notices (tests/classifier/review_notices183.py): an adversarial audit of review
180's mends (summary count lines, refusals of nothing and tries given up, our sender greeted or asked and answered, a
reply below an address). One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices183 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices183, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 80)
