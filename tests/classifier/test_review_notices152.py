"""The hundred-and-fifty-second review's notices (tests/classifier/review_notices152.py): what the whole
review-invariance grid found in intros' "Delivered:" / "Not delivered" sub-heading rules (a heading told from a wrapped
sentence's tail by letter case; a delivered heading folded by its writer's width). One table-driven test; the
judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices152 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices152, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 28)
