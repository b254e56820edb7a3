"""The ninety-eighth review's notices (tests/classifier/review_notices98.py): the open false hards of reviews 92, 95
and 96 mended, then attacked beside controls. One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices98 import ROWS

JUDGEMENT: dict[str, str] = {}  # review 107 reads the denied quote (r98-neg-neg-c-not-mailbox-full)

test_review_notices98, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 40)
