"""The hundred-and-twenty-third review's notices (tests/classifier/review_notices123.py): an adversarial audit of review
117's mends (a date between a state and 'deleted', the unindented parenthesis join, 'after (a) failed', the 5.1.7/5.1.8
sender rule, 'sender <us> not allowed', 'inactivated'). One table-driven test; the judgement calls are strict
xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices123 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices123, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 100)
