"""The hundred-and-thirty-ninth review's notices (tests/classifier/review_notices139.py): an adversarial audit of review
135's mends (said_address.theirs_named's _said_missing; intros._passed_heading / _failed_line and
outcome_words.says_failed). One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices139 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices139, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 60)
