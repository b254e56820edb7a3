"""Audit 36's notices (tests/classifier/review_audit36.py): an adversarial audit of unquoted mentions of a verdict,
our own smarthost as the Remote-MTA, forward chains, departures in other languages said of our sender or negated,
and InterScan's and AOL's own sentences. One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_audit36 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_audit36, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 60)
