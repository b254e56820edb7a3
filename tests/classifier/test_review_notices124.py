"""The hundred-and-twenty-fourth review's notices (tests/classifier/review_notices124.py): an adversarial audit of review
122's mends (classifier/adjective_first.py's contrast, clause and cause rules, Czech "z" and the Turkish ablative of
cause; text.lowered; mailbox_states._NOT_FULL; classifier/deleted_polish.py; the Polish formal "Państwa/Pańskie";
Gmail's Japanese sentences). One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices124 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices124, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 119)
