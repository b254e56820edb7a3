"""Review moves59's notices (tests/classifier/review_moves59.py, review_moves59_more.py): a measurement of the
classifier on notices that say the recipient's address has moved or changed, or was forwarded / redirected (RFC 5321's
551, Postfix relocated_maps, Sendmail FEATURE(redirect), Exim ':fail:' / ':defer:', qmail bouncesaying, Exchange's
5.1.6 DSN text, RFC 7293's 5.7.17 / 5.7.18, admin texts in seven languages), the auto-replies announcing a new address
while the message was delivered (no bounce), success reports of a forward, and soft near-misses (a mailbox being
migrated, Exchange's store driver during a move, Microsoft 365 refusing external forwarding). One table-driven test;
the misreadings are strict xfails whose reasons state the miss.

First run: not yet run (expectations committed first)."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_moves59 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_moves59, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 61)
