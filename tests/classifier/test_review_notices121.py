"""The hundred-and-twenty-first review's notices (tests/classifier/review_notices121.py): an adversarial audit of
review 119's mends (Bluehost's bare 'recipient rejected', an IPv4 literal said blocked, a stageless generic refusal
beside a named cause, La Poste's 503, Shaw's tags). One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices121 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices121, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 100)
