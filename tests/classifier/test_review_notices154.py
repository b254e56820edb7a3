"""The hundred-and-fifty-fourth review's notices (tests/classifier/review_notices154.py): the sender verification
family of false hards (our return address probed and found missing, read as the prospect gone). One table-driven
test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices154 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices154, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 40)
