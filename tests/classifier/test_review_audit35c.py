"""Audit 35c's notices (tests/classifier/review_audit35c.py): an adversarial audit of hard readings beyond rounds
15-18: hostunknown where the missing domain is ours, the hard readings of real rounds 9-14, and the no-such-recipient
shape in other languages said of our sender or of another thing. One table-driven test; the judgement calls are strict
xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_audit35c import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_audit35c, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 79)
