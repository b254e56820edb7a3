"""Review relay63's notices (tests/classifier/review_relay63.py, review_relay63_more.py): a first-run measurement of
the classifier on refusals of our side beside recipient words: relay refusals, size refusals, our IP or host on a
block list against content judged spam, with controls aimed at false hards. One table-driven test; the misreadings
are strict xfails whose reasons state the miss.

First run: (to be recorded after the expectations are committed)."""

from __future__ import annotations

from tests.classifier import review_relay63, review_relay63_more
from tests.classifier.review_check import review_tests

ROWS = review_relay63.ROWS + review_relay63_more.ROWS

JUDGEMENT: dict[str, str] = {}

test_review_relay63, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 66)
