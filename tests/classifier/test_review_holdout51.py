"""Review holdout51's notices (tests/classifier/review_holdout51.py): a measurement of the classifier on ordinary
bounces from the servers and hosts the earlier reviews cite least (groupware and Windows servers, hosting panels,
European ISPs, Russian and Chinese providers, filtering gateways) and the non-bounces they send. One table-driven
test; the misreadings left are strict xfails whose reasons state the miss.

First run: (to be recorded after the expectations are committed)."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_holdout51 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_holdout51, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 71)
