"""The hundred-and-forty-seventh review's notices (tests/classifier/review_notices147.py): an adversarial audit of
review 144's mends (said_address._sender_refused_clause, _affirmed; intros._SIDE_FAILED, _failed_line) and review
145's (sender_words._ANOTHER_NAMED, ACROSS; rule_wordings BADREPUTATION). One table-driven test; the judgement calls
are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices147 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices147, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 90)
