"""Review ms65's notices (tests/classifier/review_ms65.py): a first-run measurement of the classifier on Microsoft's
NDRs (Exchange Online / Microsoft 365 and Exchange Server) for the codes and wordings earlier reviews left out or wrote
once. One table-driven test; a misreading left is a strict xfail whose reason states the miss.

First run: (to be recorded after the expectations are committed)."""

from __future__ import annotations

from tests.classifier import review_ms65
from tests.classifier.review_check import review_tests

ROWS = review_ms65.ROWS

JUDGEMENT: dict[str, str] = {}

test_review_ms65, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 44)
