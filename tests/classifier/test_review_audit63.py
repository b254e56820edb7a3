"""Review audit63 (tests/classifier/review_audit63.py, review_audit63_names.py): an adversarial audit of the mends
merged on 2026-12-07 (relay63's block-list own text and "registered under your", states63's "... for inactivity" and
Exchange's SubmissionQuotaExceeded, formats63's spaced '@', repeated and empty recipient fields and the labelled
other login), aimed at false hards and lost hards, with controls. One table-driven test; a misreading left is a
strict xfail whose reason states the miss.

First run: (to be written after the first run; expectations committed first)."""

from __future__ import annotations

from tests.classifier import review_audit63, review_audit63_names
from tests.classifier.review_check import review_tests

ROWS = review_audit63.ROWS + review_audit63_names.ROWS

JUDGEMENT: dict[str, str] = {}

test_review_audit63, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 55)
