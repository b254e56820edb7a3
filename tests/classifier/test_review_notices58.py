"""The fifty-eighth review's notices (tests/classifier/review_notices58.py, _more): an adversarial
audit of classifier/ours.py (a reply naming only our address or domain). One table-driven test
over all rows, failures collected. No judgement calls: every row reads as written after this
review's mend of ours.py (so no strict-xfail test over an empty table)."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices58 import ROWS

JUDGEMENT: dict[str, str] = {}


test_review_notices58, _, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 47)
