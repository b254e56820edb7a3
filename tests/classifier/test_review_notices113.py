"""The hundred-and-thirteenth review's notices (tests/classifier/review_notices113.py): an adversarial audit of review
112's mends (lexicon._SENDER's recipient look-ahead; said_address's recipient nouns and fresh _MISSING words;
severity._NAMES_RECIPIENT's help text). One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices113 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices113, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 50)
