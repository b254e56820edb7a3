"""The hundred-and-forty-third review's notices (tests/classifier/review_notices143.py): what the whole review-invariance
grid found, in writers' own layouts: a delivered list then the failed one's wrapped Postfix paragraph, and a Message-ID
label's value folded onto the next line. One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices143 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices143, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 20)
