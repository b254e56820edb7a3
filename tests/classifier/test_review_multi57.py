"""Review multi57's notices (tests/classifier/review_multi57.py + review_multi57_more.py): a MEASUREMENT of the
classifier on notices naming several recipients with different outcomes, judged per recipient.

First run: (to be recorded after the expectations are committed)."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_multi57 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_multi57, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 57)
