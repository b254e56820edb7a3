"""The hundred-and-ninetieth review's notices (tests/classifier/review_notices190.py): a probe of success sentences
denying any failure ("without bounces", "sin rebotes", "ohne Bounces") against review 188's widened failure words.
One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices190 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices190, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 20)
