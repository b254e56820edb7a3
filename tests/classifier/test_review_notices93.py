"""The ninety-third review's notices (tests/classifier/review_notices93.py, review_notices93_more.py): an adversarial audit of the
non-English hard-side rules. One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices93 import ROWS as _PART1
from tests.classifier.review_notices93_more import ROWS as _PART2

ROWS = _PART1 + _PART2

JUDGEMENT: dict[str, str] = {}  # review 99 mended the last calls (_YOUR, _SALUTE)

test_review_notices93, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 290)
