"""The hundredth review's notices (tests/classifier/review_notices100.py): Sisimai 4.25's outside opinion on
Exchange Online's 'Access denied' family, the recipient's two wordings in new shapes beside the sender's. One
table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices100 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices100, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 30)
