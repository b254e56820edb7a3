"""The hundred-and-thirty-fifth review's notices (tests/classifier/review_notices135.py): an adversarial audit of review
133's sub-heading rule (intros.passed_lines) and review 129's said_address rules. One table-driven test; the judgement
calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices135 import ROWS

# Review 139's mend (intros._passed_heading reads a heading's own clause, up to a comma, a dash or a closed bracket)
# reads "r135-head-c-relayed-no-dsn" as written: no longer a judgement call.
JUDGEMENT: dict[str, str] = {}

test_review_notices135, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 50)
