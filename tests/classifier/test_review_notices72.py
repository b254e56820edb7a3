"""The seventy-second review's notices (tests/classifier/review_notices72.py): an adversarial audit of review
69's hard-side rules. One table-driven test; the judgement calls are strict xfails, one each."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices72 import ROWS

JUDGEMENT: dict[str, str] = {}


test_review_notices72, _, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 40)
