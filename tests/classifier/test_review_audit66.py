"""Review audit66's notices (tests/classifier/review_audit66.py): an independent adversarial audit of session 45's
rules (a62a9452..1604a224). One table-driven test; a misreading left is a strict xfail whose reason states the miss.

First run: (to be recorded after the first run; expectations committed first)."""

from __future__ import annotations

from tests.classifier import review_audit66
from tests.classifier.review_check import review_tests

ROWS = review_audit66.ROWS + review_audit66.MEND_ROWS

JUDGEMENT: dict[str, str] = {}

test_review_audit66, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 39)
