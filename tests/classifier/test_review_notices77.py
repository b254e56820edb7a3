"""The seventy-seventh review's notices (tests/classifier/review_notices77.py): an adversarial audit of
review 76's hard wordings, the same words in other senses (our sender, a host, a server's storage, a
4xx, a non-bounce, the returned original) and their true readings in other layouts. One table-driven
test; the judgement calls are strict xfails, one each."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices77 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices77, _, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 40)
