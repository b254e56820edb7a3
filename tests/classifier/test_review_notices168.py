"""The hundred-and-sixty-eighth review's notices (tests/classifier/review_notices168.py): an adversarial audit of reviews
165's and 164's mends (older servers' post office and destination list words, InterMail's RCPT heading, the recap To,
GroupWise's inline and sentence success words; the sender phrase 'not authorised to send from this'). One
table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices168 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices168, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 40)
