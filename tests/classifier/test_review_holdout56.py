"""Review holdout56's notices (tests/classifier/review_holdout56.py): a second measurement of the classifier on
ordinary bounces it has never seen, in a B2B sales mailbox's proportions (Gmail's own DSNs, Microsoft 365 NDRs,
Postfix, Exim, Sendmail, qmail, Exchange on-premises, and the non-bounces such a mailbox gets). One table-driven test;
the misreadings are strict xfails whose reasons state the miss.

First run: (recorded after the run)."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_holdout56 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_holdout56, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 60)
