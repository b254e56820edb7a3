"""Review novel40's notices (tests/classifier/review_novel40.py): new, plausible wordings no rule quoted, of the
families that are not "no such user" (mailbox states and quota, relay, size, blocklists and spam, missing domains,
loops, the status subject's fallback), to measure how the classifier generalises, and the controls of its mends. One
table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_novel40 import ROWS as WRITTEN_FIRST
from tests.classifier.review_novel40_mends import MEND_ROWS

ROWS = WRITTEN_FIRST + MEND_ROWS

JUDGEMENT: dict[str, str] = {}

test_review_novel40, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 184)
