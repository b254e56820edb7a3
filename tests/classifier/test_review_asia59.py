"""Review asia59's notices (tests/classifier/review_asia59.py, review_asia59_more.py): a measurement of the classifier
on bounces from Asia-Pacific and Latin-American mail providers in their own published wordings.

First run: not yet run (expectations committed first)."""

from __future__ import annotations

from tests.classifier.review_asia59 import ROWS
from tests.classifier.review_check import review_tests

JUDGEMENT: dict[str, str] = {}

test_review_asia59, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 68)
