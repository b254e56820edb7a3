"""The hundred-and-eighty-second review's notices (tests/classifier/review_notices182.py): an adversarial audit of
review 179's mends (cause_clauses' condition words and exceptions, absent_things' ties, past_absences' suppositions,
subordinate order and adverbs, outcome_words' receipts and 'never succeeded'). One table-driven test; the judgement
calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices182 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices182, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 60)
