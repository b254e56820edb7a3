"""The hundred-and-seventy-ninth review's notices (tests/classifier/review_notices179.py): an adversarial audit of
review 177's mends (cause_clauses' condition words, absent_things.subject_before, past_absences' words between and
VERB_LAST, outcome_words' receipts and retries). One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices179 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices179, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 60)
