"""The hundred-and-thirty-eighth review's notices (tests/classifier/review_notices138.py): Sisimai 4.25's outside
opinion on reviews 117-136's rows; the families where it was right (OUR account said missing: "your account does
not exist"; a refusal due to the sender IP's reputation), with controls. One table-driven test; the judgement calls
are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices138 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices138, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 40)
