"""The hundred-and-seventy-eighth review's notices (tests/classifier/review_notices178.py): an adversarial audit of
reviews 175's and 176's mends (summary lines, refusals of nothing, the sender greeted or addressed; a reply's broken
sentence naming an address). One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices178 import ROWS

# (Review 185 mended both strict xfails, r178-rr-address-you-tried-to-use and r178-rr-mailbox-you-tried-to-email:
# formats/broken.reply_around gives the address the reply a width broke around it; Sisimai 4.25 read them userunknown,
# hard. Ordinary rows now.)
JUDGEMENT: dict[str, str] = {}

test_review_notices178, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 77)
