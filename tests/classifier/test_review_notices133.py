"""The hundred-and-thirty-third review's notices (tests/classifier/review_notices133.py): two misreadings the whole
review-invariance grid found (a "went through" sub-heading under a failed-list intro; a filter product's name on a
multi-line reply's last line). One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices133 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices133, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 40)
