"""The hundred-and-twenty-sixth review's notices (tests/classifier/review_notices126.py): an adversarial audit of review
123's mends (deletion_dates, the inactivated adjective, sender_stage's preposition guard, severity's recipient's words
and German/French sender refusals, recipients' numbered labels and case-blind join, outcome_words' new failure words).
One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices126 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices126, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 100)
