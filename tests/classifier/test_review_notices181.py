"""The hundred-and-eighty-first review's notices (tests/classifier/review_notices181.py): a fresh look at the gate
between bounces, auto-replies and challenge-response notices by their headers and subjects. One table-driven test;
the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices181 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices181, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 72)
