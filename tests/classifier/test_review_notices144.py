"""The hundred-and-forty-fourth review's notices (tests/classifier/review_notices144.py): an adversarial audit of review
139's mends (said_address's refusal words, _sender_refused_clause and ours_refused; engine._whose's bare 5.7.x step;
intros._passed_heading's side clause, _failed_line, _NOT_DELIVERED). One table-driven test; the judgement calls are
strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices144 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices144, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 50)
