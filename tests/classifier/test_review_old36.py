"""Review old36's notices (tests/classifier/review_old36.py): older MTAs' and groupware's own notices, written from
their sources and vendors' documents. One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_old36 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_old36, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 60)
