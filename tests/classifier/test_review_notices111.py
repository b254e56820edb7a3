"""The hundred-and-eleventh review's notices (tests/classifier/review_notices111.py): an adversarial audit of review
110's mends (denied block lists across contrasts, the sender's box off, scheduled deletions, host stripping on a
recipient's line), each attack beside its controls. One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices111 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices111, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 100)
