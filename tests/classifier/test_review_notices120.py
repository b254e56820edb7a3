"""The hundred-and-twentieth review's notices (tests/classifier/review_notices120.py and review_notices120_more.py): an
adversarial audit of review 118's mends (Czech/Turkish adjective-first absence, the full/inactive mailbox words, the
Polish sender/IP wordings, the Czech 4.4.7 phrase, Gmail's Japanese recipient sentences). One table-driven test; the
judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices120 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices120, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 100)
