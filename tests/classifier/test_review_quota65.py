"""Review quota65's notices (tests/classifier/review_quota65.py, review_quota65_more.py): a first-run black-box
measurement of the classifier on MAILBOX-FULL / QUOTA notices and their look-alikes (our sending quota, the message too
big, the server's own disk, a delay about a full mailbox, a full mailbox given up after retries) in pt, nl, sv, ja, zh,
ko, pl, ru, tr and cs, with English controls. One table-driven test; a misreading left is a strict xfail whose reason
states the miss.

First run: not yet run (expectations committed first)."""

from __future__ import annotations

from tests.classifier import review_quota65, review_quota65_more
from tests.classifier.review_check import review_tests

ROWS = review_quota65.ROWS + review_quota65_more.ROWS

JUDGEMENT: dict[str, str] = {}

test_review_quota65, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, len(ROWS))
