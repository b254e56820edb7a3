"""Review reasons53's rows (tests/classifier/review_reasons53.py: Gmail's own DSNs and Microsoft 365's NDRs;
review_reasons53_more.py: Postfix, Exim, Sendmail, qmail, Exchange on-premises): a measurement of the classifier's
REASON on the ordinary bounces other than "no such user" that a B2B sales mailbox receives. One table-driven test;
the misreadings left are strict xfails whose reasons state the miss.

First run: (to be recorded after the run)."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_reasons53 import ROWS as OWN_ROWS
from tests.classifier.review_reasons53_more import ROWS as RELAY_ROWS

ROWS = OWN_ROWS + RELAY_ROWS
JUDGEMENT: dict[str, str] = {}

test_review_reasons53, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 75)
