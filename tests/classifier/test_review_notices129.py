"""The hundred-and-twenty-ninth review's notices (tests/classifier/review_notices129.py): an adversarial audit of
review 127's said_address.theirs_named (false hards first: ours said missing beside the prospect's name; then the
false softs it should catch in other languages and statuses). One table-driven test; judgement calls strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices129 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices129, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 100)
