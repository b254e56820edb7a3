"""Review forecast66's notices (tests/classifier/review_forecast66.py): a FORECAST of the classifier's accuracy on
unseen real mail, by a stratified random sample of (server, language, family, layout) draws made by
tests/classifier/forecast66_draw.py (random.Random(66); draws with no sourced wording skipped there, with why).

First run: not yet run (expectations committed first)."""

from __future__ import annotations

from tests.classifier import review_forecast66
from tests.classifier.review_check import review_tests

ROWS = review_forecast66.ROWS

JUDGEMENT: dict[str, str] = {}

test_review_forecast66, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 39)
