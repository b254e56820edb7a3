"""The hundred-and-seventy-fifth review's notices (tests/classifier/review_notices175.py): an adversarial audit of review
171's mends (success_sentences' new failure and refusal words, summary lines, neither/nor; verb_final's accepted words,
the sender addressed, help sentences) and the lead's newest success_sentences mends. One table-driven test; the
judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices175 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices175, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 115)
