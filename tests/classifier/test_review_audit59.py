"""Review audit59's notices (tests/classifier/review_audit59.py, review_audit59_more.py): an adversarial measurement of
the rules session 42 added, their words put where a false hard or a wrong recipient would hurt most, beside positive
controls in layouts the mends did not see. One table-driven test; misreadings are strict xfails whose reasons state
the miss.

First run: (to be recorded after the expectations' commit)."""

from __future__ import annotations

from tests.classifier.review_audit59 import ROWS as WORDING_ROWS
from tests.classifier.review_audit59_more import ROWS as STRUCTURE_ROWS
from tests.classifier.review_check import review_tests

ROWS = WORDING_ROWS + STRUCTURE_ROWS

JUDGEMENT: dict[str, str] = {}

test_review_audit59, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 54)
