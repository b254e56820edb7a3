"""The hundred-and-fifty-eighth review's notices (tests/classifier/review_notices158.py): an adversarial audit of
review 152's sentence-tail rule and review 155's allowed-senders / RFC 2822 / child-process wordings. One
table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices158 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices158, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 30)
