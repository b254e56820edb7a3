"""The hundred-and-forty-second review's notices (tests/classifier/review_notices142.py): an adversarial audit of
review 138's mends (OUR account said missing; a refusal due to the sender IP's reputation) and review 136's (qpsmtpd's
'no mailbox by that name', Postal's 'message too large (maximum size', Mailu's 'anti-spoofing: auth-failed'). One
table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices142 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices142, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 150)
