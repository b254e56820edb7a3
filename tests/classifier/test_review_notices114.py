"""The hundred-and-fourteenth review's notices (tests/classifier/review_notices114.py): an adversarial audit of the
folded labelled-line parenthesis and delivered_named (e9cb2fc) and of review 111's mends (failure cells said no,
schedules of deletion). One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices114 import ROWS

# The r114-gone-expired-deleted rows (a date between the state and "deleted") mended in review 117 (departures._DELETED).
JUDGEMENT: dict[str, str] = {}

test_review_notices114, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 90)
