"""Review audit65b's notices (tests/classifier/review_audit65b.py): an ADVERSARIAL audit of the three mends merged from
review outside65 (b1ac2702..c095f552): reply_rests.names_instead (the address to write to instead), generic_refusal.
_only_for_now (a 4xx-only generic refusal given up) and sender_stage.forged (our sender said forged). One table-driven
test; a misreading left is a strict xfail whose reason states the miss.

First run: (to be filled after the first run)."""

from __future__ import annotations

from tests.classifier import review_audit65b
from tests.classifier.review_check import review_tests

ROWS = review_audit65b.ROWS

JUDGEMENT: dict[str, str] = {}

test_review_audit65b, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 31)
