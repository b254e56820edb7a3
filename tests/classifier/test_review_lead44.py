"""Review lead44's rows (tests/classifier/review_lead44.py): our address not found in the recipient's allow list is
their choice of senders, never their absence (codes63's false hard, mended in `reasons._is_userunknown`). Written
after codes63's report with the mend in view: 2 rows fail without it (userunknown, hard), 3 controls read the same
before and after."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_lead44 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_lead44, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 5)
