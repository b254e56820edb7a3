"""Review audit65c's notices (tests/classifier/review_audit65c.py): an ADVERSARIAL audit of the five mends merged from
review leftovers65 (354a99c0). One table-driven test; a misreading left is a strict xfail whose reason states the miss.

First run: (to be written after the first run)."""

from __future__ import annotations

from tests.classifier import review_audit65c
from tests.classifier.review_check import review_tests

ROWS = review_audit65c.ROWS

JUDGEMENT: dict[str, str] = {}

test_review_audit65c, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 30)
