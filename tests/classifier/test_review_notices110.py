"""The hundred-and-tenth review's notices (tests/classifier/review_notices110.py): an adversarial audit of review
107's mends (denied block lists and quotes, expired-then-deleted, our account in ro/tr/fi, host names on a
recipient's line), each attack beside its controls. One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices110 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices110, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 200)
