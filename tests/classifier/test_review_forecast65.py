"""Review forecast65's notices (tests/classifier/review_forecast65.py): a FORECAST of the classifier's accuracy on
unseen real mail, by a stratified random sample of 50 (server, language, failure family) triples drawn by
tests/classifier/forecast65_draw.py (random.Random(65); triples with no sourced wording skipped there, with why).

First run: (to be filled in after the one run; expectations committed first)."""

from __future__ import annotations

from tests.classifier import review_forecast65
from tests.classifier.review_check import review_tests

ROWS = review_forecast65.ROWS

JUDGEMENT: dict[str, str] = {}

test_review_forecast65, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 50)
