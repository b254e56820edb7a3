"""Review states63's notices (tests/classifier/review_states63.py): a measurement of the classifier on disabled /
expired / inactive / locked / dormant mailboxes (suspend, soft), full and over-quota mailboxes (mailboxfull, soft) and
deleted / closed / non-existent ones (userunknown, hard), with controls aimed at false hards and at our own side.
One table-driven test; the misreadings are strict xfails whose reasons state the miss.

First run: (to be filled after the first run)."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_states63 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_states63, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 57)
