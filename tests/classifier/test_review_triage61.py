"""Triage 61's mend rows (tests/classifier/review_triage61.py), written and committed before each mend: the positives
fail without it (kept here as strict xfails until the mend), the controls read the same before and after."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_triage61 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_triage61, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 18)
