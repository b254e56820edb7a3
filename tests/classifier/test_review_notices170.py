"""The hundred-and-seventieth review's notices (tests/classifier/review_notices170.py): an adversarial audit of review
166's mends. One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices170 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices170, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 60)
