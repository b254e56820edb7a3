"""The hundred-and-twenty-eighth review's notices (tests/classifier/review_notices128.py): an adversarial audit of
review 121's mends (generic_refusal.cause_words, Bluehost's bare 'recipient rejected' and 'gl/bl', the IP-literal
block and its missing-user guard, Shaw's tags outside a URL). One table-driven test; the judgement calls are strict
xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices128 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices128, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 134)
