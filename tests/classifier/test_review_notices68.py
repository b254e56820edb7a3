"""The sixty-eighth review's notices (tests/classifier/review_notices68.py): an audit of review 67's
leaver rule, the same words in other senses and the notices where it must not apply, and leaver
wordings it missed. One table-driven test; the judgement calls are strict xfails, one each."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices68 import ROWS

# Review 69 mended the one call review 68 left ("Lena Lead left Example Ltd" without "has": departures.named_left).
JUDGEMENT: dict[str, str] = {}


test_review_notices68, _, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 30)
