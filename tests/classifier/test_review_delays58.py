"""Review delays58's notices (tests/classifier/review_delays58.py): a measurement of the classifier on delay notices
and warnings against the final failures that look like them. One table-driven test; misreadings are strict xfails
whose reasons state the miss.

First run: not yet run (expectations committed first)."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_delays58 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_delays58, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 60)
