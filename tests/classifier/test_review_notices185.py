"""The hundred-and-eighty-fifth review's notices (tests/classifier/review_notices185.py): a block list check answered
no, then the recipient said unknown, and their controls (Sisimai 4.25's outside opinion on reviews 170-184). One
table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices185 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices185, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 80)
