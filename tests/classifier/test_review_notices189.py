"""The hundred-and-eighty-ninth review's notices (tests/classifier/review_notices189.py): away texts quoting the
seller's mail with a pasted NDR below a reply's quote, and relayed failures above one. One table-driven test."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices189 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices189, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 6)
