"""The sixty-ninth review's notices (tests/classifier/review_notices69.py): the leaver rule's known gaps
after review 68, with controls where the same words mean something else. One table-driven test; the
judgement calls are strict xfails, one each."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices69 import ROWS

# Review 74 mended the one call left (a leaver's words under Postfix's 4.7.1 "Recipient address rejected:" given
# up: the recipient access check's DEFER, so departures.for_good asks the words; review_notices74.py).
JUDGEMENT: dict[str, str] = {}


test_review_notices69, _, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 50)
