"""Review vintage55's notices (tests/classifier/review_vintage55.py and review_vintage55_more.py): a measurement on
ordinary bounces of older and less common mail systems, written from their sources. One table-driven test; the
judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_vintage55 import ROWS as FIRST
from tests.classifier.review_vintage55_more import ROWS as MORE

ROWS = FIRST + MORE
JUDGEMENT: dict[str, str] = {}

test_review_vintage55, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 70)
