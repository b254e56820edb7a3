"""The hundred-and-eighty-fourth review's notices (tests/classifier/review_notices184.py): an adversarial audit of
review 181's mends in classifier/hints.py. One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices184 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices184, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 50)
