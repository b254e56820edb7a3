"""The hundred-and-sixty-seventh review's notices (tests/classifier/review_notices167.py): an adversarial audit of review
163's mends (success_sentences' negation words, _WITHOUT_ERROR, the Postfix success entry's paragraph; verb_final's
sender words and sender statuses). One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices167 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices167, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 141)
