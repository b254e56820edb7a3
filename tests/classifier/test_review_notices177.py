"""The hundred-and-seventy-seventh review's notices (tests/classifier/review_notices177.py): an adversarial audit of
review 174's mends (absent_things' thing nouns, cause_clauses' condition words, past_absences' words between and
VERB_LAST, outcome_words' refusal words and 5xx first tries). One table-driven test; the judgement calls are strict
xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices177 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices177, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 60)
