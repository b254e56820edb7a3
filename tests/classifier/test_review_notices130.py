"""The hundred-and-thirtieth review's notices (tests/classifier/review_notices130.py): an adversarial audit of review
126's mends (deletion_dates' REMOVED_ENDS, departures' German day and 'has since been deleted', recipients' lettered
and roman items, outcome_words' receipt / copy / notification exclusions and clause-bound _FAILED_BEFORE, severity's
_OUR_POLICY veto and the recipient's group restrictions). One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices130 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices130, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 60)
