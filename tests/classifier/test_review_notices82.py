"""The eighty-second review's notices (tests/classifier/review_notices82*.py): an adversarial audit of the
oldest hard-side tables (phrases, lexicon, mta_wordings, remote/*), replies holding a hard entry's words about
something other than the recipient's mailbox or domain, beside true-hard controls. One table-driven test; the
judgement calls are strict xfails, one each."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices82 import ROWS

JUDGEMENT: dict[str, str] = {}


test_review_notices82, _, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 80)
