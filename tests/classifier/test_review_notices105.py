"""The hundred-and-fifth review's notices (tests/classifier/review_notices105.py): an adversarial audit of the mends
of reviews 102 and 104, each attack beside its controls. One table-driven test; the judgement calls are strict
xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices105 import ROWS

JUDGEMENT: dict[str, str] = {}  # review 107 reads the denied block list (r105-missing-c-user-unknown-not-on-list)

test_review_notices105, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 30)
