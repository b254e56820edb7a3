"""Review falsehards67's rows (tests/classifier/review_falsehards67.py): the prose path's stage from a two-host
Sendmail transcript. One table-driven test; a misreading left is a strict xfail whose reason states the miss.

First run: (to be filled)"""

from __future__ import annotations

from tests.classifier import review_falsehards67
from tests.classifier.review_check import review_tests

ROWS = review_falsehards67.ROWS

JUDGEMENT: dict[str, str] = {}

test_review_falsehards67, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 5)
