"""The hundred-and-seventy-sixth review's notices (tests/classifier/review_notices176.py): an adversarial audit of
review 172's mends and the lead's grid mends after it (fefd657). One table-driven test; the judgement calls are strict
xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices176 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices176, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 40)
