"""Review codes63's notices (tests/classifier/review_codes63.py, review_codes63_more.py): a first-run measurement
of the classifier where the enhanced status code and the server's words disagree, or only a code speaks (issue
13's first family). First-run figures: to be written after the first run."""

from __future__ import annotations

from tests.classifier import review_codes63, review_codes63_more, review_codes63_second
from tests.classifier.review_check import review_tests

ROWS = review_codes63.ROWS + review_codes63_more.ROWS + review_codes63_second.ROWS

JUDGEMENT: dict[str, str] = {}

test_review_codes63, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 71)
