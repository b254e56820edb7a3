"""The eighty-third review's notices (tests/classifier/review_notices83.py, review_notices83_langs.py): known gaps of
reviews 72, 79 and 80 closed with general rules, and their controls. One table-driven test; the judgement calls are
strict xfails, one each."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices83 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices83, _, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 90)
