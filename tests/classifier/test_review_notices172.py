"""The hundred-and-seventy-second review's notices (tests/classifier/review_notices172.py): an adversarial audit of
reviews 168's and 169's mends and the lead's grid mends (note_closed, _reply_goes_on, reason_above, only_delivered,
delivered_entry). One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices172 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices172, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 40)
