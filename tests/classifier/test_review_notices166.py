"""The hundred-and-sixty-sixth review's notices (tests/classifier/review_notices166.py): an adversarial audit of review
162's mends. One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices166 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices166, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 77)
