"""The eighty-eighth review's notices (tests/classifier/review_notices88.py): mends of reviews 86's and 87's
false hard ("mailbox unavailable" beside a named cause) and false softs (HELO / MAIL FROM words beside the
recipient's absence), with controls. One table-driven test; the judgement calls are strict xfails, one each."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices88 import ROWS

JUDGEMENT: dict[str, str] = {}


test_review_notices88, _, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 99)
