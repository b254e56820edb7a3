"""Review audit66b's notices (tests/classifier/review_audit66b.py): an independent adversarial audit of the rules merged
in the last hour (1604a224..9b81029a: exceeded_limits, mailbox_states' narrowing, exchange_admin's '#SMTP#' line,
allow_lists._recipient_missing, reply_rests.names_instead's requests, dns_names). One table-driven test; a misreading
left is a strict xfail whose reason states the miss.

First run: (to be recorded after the expectations are committed)."""

from __future__ import annotations

from tests.classifier import review_audit66b
from tests.classifier.review_check import review_tests

ROWS = review_audit66b.ROWS + review_audit66b.MEND_ROWS

JUDGEMENT: dict[str, str] = {}

test_review_audit66b, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 32)
