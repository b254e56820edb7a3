"""Review holdout50's notices (tests/classifier/review_holdout50.py): a measurement of the classifier on ordinary
bounces it has never seen, in a B2B sales mailbox's proportions (Gmail's own DSNs, Microsoft 365 NDRs, Postfix, Exim,
Sendmail, qmail, Exchange on-premises, with the replies of the large providers and filters). One table-driven test;
the misreadings are strict xfails whose reasons state the miss.

First run: (filled in after the run)."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_holdout50 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_holdout50, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 63)
