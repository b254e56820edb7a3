"""The hundred-and-eighty-seventh review's notices (tests/classifier/review_notices187.py): controls and attacks for
session 31's mends (a count of bounces or a try given up under kim in a success list; delivered "except" to a listed
recipient, in six languages). One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices187 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices187, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 44)
