"""Review frames57's notices (tests/classifier/review_frames57.py): a measurement of the classifier on the sender's
own provider's notice (Gmail, Microsoft 365 modern and older NDRs, Postfix as Fastmail sends it, Zoho, Yahoo) quoting
the long tail of receiving servers' replies (corporate servers and gateways, hosting providers, regional ISPs). One
table-driven test; misreadings are strict xfails whose reasons state the miss.

First run: pending (the expectations are committed first)."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_frames57 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_frames57, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 70)
