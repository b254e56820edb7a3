"""Review novel38's notices (tests/classifier/review_novel38.py): new, plausible refusal wordings no rule quotes, to
measure how the classifier generalises. One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_novel38 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_novel38, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 80)
