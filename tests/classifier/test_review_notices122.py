"""The hundred-and-twenty-second review's notices (tests/classifier/review_notices122.py): an adversarial audit of review
120's mends (classifier/adjective_first.py's guards, the Turkish capital İ fold, the denied full state, the Polish
deletion, the Polish sender wording, Gmail's Japanese sections). One table-driven test; the judgement calls are strict
xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices122 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices122, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 156)
