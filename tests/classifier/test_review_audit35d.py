"""Audit 35d's notices (tests/classifier/review_audit35d.py): an adversarial audit of the hard readings the provider
modules of classifier/remote/ make (Exchange Online's and Gmail's user-unknown codes and words, Yahoo's, Mimecast's,
Proofpoint's, Apple's). One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_audit35d import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_audit35d, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 35)
