"""The hundred-and-seventy-first review's notices (tests/classifier/review_notices171.py): an adversarial audit of review
167's mends (success_sentences' exception, none and "without success" words, _WITHOUT_ERROR, _NOT_BELOW / _NONE_FAILED,
_SAID's gap; verb_final's _ACCEPTED, _SENDER_OK, _RECIPIENT_NAMED and help sentences). One table-driven test; the
judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices171 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices171, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 96)
