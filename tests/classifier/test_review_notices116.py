"""The hundred-and-sixteenth review's notices (tests/classifier/review_notices116.py): an adversarial audit of review
114's mends (a delivered field said no, failure cells, labelled-line joins, 'deleted the next day'). One table-driven
test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices116 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices116, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 40)
