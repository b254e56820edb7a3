"""Audit 44's rows (tests/classifier/review_audit44.py): a short adversarial audit of session 39's mends
(bare_deleted, retired_address, whole_addresses, parse's stub rule). One table-driven test; judgement calls are
strict xfails."""

from __future__ import annotations

from tests.classifier.review_audit44 import ROWS
from tests.classifier.review_check import review_tests

JUDGEMENT: dict[str, str] = {}

test_review_audit44, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 20)
