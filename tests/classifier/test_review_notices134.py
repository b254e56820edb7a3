"""The hundred-and-thirty-fourth review's notices (tests/classifier/review_notices134.py): an adversarial audit of
review 132's mend (sender_words.RETURNED_TO: the sender as where a message or notice went back), false hards and the
false softs it left. One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices134 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices134, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 100)
