"""The hundred-and-seventy-fourth review's notices (tests/classifier/review_notices174.py): an adversarial audit of
reviews 170's and 173's mends (past_absences, cause_clauses' conditions, outcome_words). One table-driven test; the
judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices174 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices174, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 125)
