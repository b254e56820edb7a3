"""The hundred-and-seventeenth review's notices (tests/classifier/review_notices117.py): the team's calls on reviews
107-115's strict xfails that were false hards or false softs, each with controls on the other side. One table-driven
test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices117 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices117, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 100)
