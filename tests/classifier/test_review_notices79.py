"""The seventy-ninth review's notices (tests/classifier/review_notices79.py): an adversarial audit of review 75's
rule that a 5.1.1/5.1.6 status said again in words beats a disabled mailbox's state. One table-driven test; the
judgement calls are strict xfails, one each."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices79 import ROWS

JUDGEMENT: dict[str, str] = {}


test_review_notices79, _, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 30)
