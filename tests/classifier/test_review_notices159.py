"""The hundred-and-fifty-ninth review's notices (tests/classifier/review_notices159.py): Sisimai 4.25's outside
opinion on reviews 134-156's rows; the family where it was right (a help line quoting another reason's phrase after
the recipient was said unknown), with controls. One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices159 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices159, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 30)
