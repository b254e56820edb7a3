"""The hundred-and-sixty-first review's notices (tests/classifier/review_notices161.py): a plain notice reporting a
success and a failure in prose. One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices161 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices161, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 20)
