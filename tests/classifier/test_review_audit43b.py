"""Audit 43b's whole notices (tests/classifier/review_audit43b.py): an adversarial audit of review layouts42's mends
(whole_addresses.py, parse.py's stub plain part, text.py _LABELS). One table-driven test; the judgement calls are
strict xfails."""

from __future__ import annotations

from tests.classifier.review_audit43b import ROWS
from tests.classifier.review_check import review_tests

JUDGEMENT: dict[str, str] = {}

test_review_audit43b, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 33)
