"""The hundred-and-sixty-third review's notices (tests/classifier/review_notices163.py): an adversarial audit of review
161's success sentences and the grid's three newest mends. One table-driven test; the judgement calls are strict
xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices163 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices163, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 60)
