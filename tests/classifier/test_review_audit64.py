"""Review audit64 (tests/classifier/review_audit64.py): an adversarial audit of the mends merged on 2026-12-07 after
37a09af3 (dns63's qmail smtproutes relay and 4.3.5, delay63's SES DeliveryDelay, the lead's reply_rests "moved to a
place:", text.part_text's bare CR, lead44's allow-list sender refusal), aimed at false hards and lost hards, with
controls. One table-driven test; a misreading left is a strict xfail whose reason states the miss.

First run: (to be recorded)."""

from __future__ import annotations

from tests.classifier import review_audit64
from tests.classifier.review_check import review_tests

ROWS = review_audit64.ROWS

JUDGEMENT: dict[str, str] = {}

test_review_audit64, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 28)
