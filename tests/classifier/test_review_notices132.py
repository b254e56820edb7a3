"""The hundred-and-thirty-second review's notices (tests/classifier/review_notices132.py): "returned to the sender" is
not "the sender refused" (the recipient's absence after a notice's direction words, and the controls where OUR sender
is the one missing). One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices132 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices132, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 100)
