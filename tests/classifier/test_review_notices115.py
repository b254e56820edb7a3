"""The hundred-and-fifteenth review's notices (tests/classifier/review_notices115.py): an adversarial audit of review
113's sender_words.NEXT_NOUNS (a recipient noun after the sender's absence word). One table-driven test; the judgement
calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices115 import ROWS

# r115-sender-label-after mended in review 117 (sender_stage: a 5.1.7/5.1.8 status outranks the recipient noun).
JUDGEMENT: dict[str, str] = {}

test_review_notices115, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 40)
