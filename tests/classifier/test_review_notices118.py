"""The hundred-and-eighteenth review's notices (tests/classifier/review_notices118.py and review_notices118_more.py):
the least-covered languages' wordings for a missing, disabled or full mailbox, relay/policy refusals and unroutable
domains, with controls. One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices118 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices118, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 120)
