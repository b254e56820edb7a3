"""Audit 42's notices (tests/classifier/review_audit42.py): an adversarial audit of the rules merged in session 39
(audits 40, 41a, 41b, reviews novel40 and layouts40, the lead's mends), each in other contexts. One table-driven test;
the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_audit42 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_audit42, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 60)
