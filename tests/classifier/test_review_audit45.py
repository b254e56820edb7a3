"""Audit 45's rows (tests/classifier/review_audit45.py): an adversarial audit of the newest mends (retired_address,
bare_deleted, the fi/da/no/hu/tr words, small_server_wordings, folded_reply, Mox's DSN, parse's stub rule,
whole_addresses). One table-driven test; judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_audit45 import ROWS
from tests.classifier.review_check import review_tests

JUDGEMENT: dict[str, str] = {}

test_review_audit45, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 50)
