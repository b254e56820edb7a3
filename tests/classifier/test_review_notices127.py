"""The hundred-and-twenty-seventh review's notices (tests/classifier/review_notices127.py): Sisimai 4.25's outside
opinion on reviews 100-125's rows; the one family where it was right (the prospect's own address or domain said
missing after words to the sender). One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices127 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices127, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 40)
