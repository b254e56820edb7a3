"""The hundred-and-seventy-third review's notices (tests/classifier/review_notices173.py): the recipient's absence
told in a past or imperfect tense, or as a narrative, with its controls. One table-driven test; the judgement calls
are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices173 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices173, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 105)
