"""The seventieth review's notices (tests/classifier/review_notices70.py): the xfail triage's one mend, an
account or mailbox deleted read as gone (classifier/departures.py), and its controls where the same words
mean something else. One table-driven test; the judgement calls are strict xfails, one each."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices70 import ROWS

JUDGEMENT: dict[str, str] = {}


test_review_notices70, _, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 20)
