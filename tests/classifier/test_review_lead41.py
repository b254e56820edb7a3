"""The lead's re-reads of session 41 (tests/classifier/review_lead41.py): a deletion said as a failed delivery's cause.
One table-driven test; no judgement calls."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_lead41 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_lead41, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 31)
