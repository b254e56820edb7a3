"""Review formats63's whole notices (tests/classifier/review_formats63.py and review_formats63_more.py): real bounces
under auto-reply headers and Subjects, out-of-office replies and ticket acknowledgements that look like bounces, the
recipient named without a domain (Domino names, 'Last, First', an X.500 name, labelled lines in six languages), and
RFC 3464 reports with one malformed per-recipient block. One table-driven test; the judgement calls are strict
xfails.

First run: (to be filled in after the first run; expectations committed first)."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_formats63 import ROWS as ROWS_A
from tests.classifier.review_formats63_more import ROWS as ROWS_B

ROWS = ROWS_A + ROWS_B
JUDGEMENT: dict[str, str] = {}

test_review_formats63, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 62)
