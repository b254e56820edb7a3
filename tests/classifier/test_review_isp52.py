"""Review isp52's rows (tests/classifier/review_isp52.py: missing mailboxes; review_isp52_more.py: full / disabled
mailboxes, refusals of our side, delays, domains not found, non-bounces): a measurement of the classifier on the
consumer ISPs' and webmail providers' own notices and replies of 2005-2025. One table-driven test; the misreadings
are strict xfails whose reasons state the miss.

First run: (to be recorded after the run; expectations committed first)."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_isp52 import UNKNOWN_ROWS
from tests.classifier.review_isp52_more import ROWS as MORE

ROWS = UNKNOWN_ROWS + MORE
JUDGEMENT: dict[str, str] = {}

test_review_isp52, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 60)
