"""The hundred-and-eightieth review's notices (tests/classifier/review_notices180.py): an adversarial audit of review
178's mends (summary count lines, refusals of nothing, our sender greeted or asked and answered, a reply far below an
address). One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices180 import ROWS

# (Review 185 mended its one strict xfail, r180-greet-de-sperrliste-frage-nein: denied_mentions._ANSWERED_LIST reads a
# block list question answered no as no listing; Sisimai 4.25 read it userunknown, hard. An ordinary row now.)
JUDGEMENT: dict[str, str] = {}

test_review_notices180, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 105)
