"""Review audit62's rows (tests/classifier/review_audit62.py): an adversarial audit of review lead43's mends for
LOST hards. First run: (pending)."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_audit62 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_audit62, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 30)
