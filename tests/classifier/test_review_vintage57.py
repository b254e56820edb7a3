"""Review vintage57's notices (tests/classifier/review_vintage57.py and review_vintage57_more.py): a measurement on
notices of older and less common mail systems (1995-2015), written from their sources. One table-driven test; the
judgement calls are strict xfails.

First run: pending (expectations committed first)."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_vintage57 import ROWS as FIRST
from tests.classifier.review_vintage57_more import ROWS as MORE

ROWS = FIRST + MORE
JUDGEMENT: dict[str, str] = {}

test_review_vintage57, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 69)
