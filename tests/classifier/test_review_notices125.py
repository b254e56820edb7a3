"""The hundred-and-twenty-fifth review's notices (tests/classifier/review_notices125.py): controls on the mends of the
review-invariance grid's findings on reviews 117, 118 and 120 (a sentence cut by the general error's line count, a
parenthesis's label read by its case, Gmail's Japanese sentence broken after the address). One table-driven test; the
judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices125 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices125, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 20)
