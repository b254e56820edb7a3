"""Review bulk59's notices (tests/classifier/review_bulk59.py, review_bulk59_more.py): a measurement of the classifier
on refusals under the 2024-2026 bulk-sender requirements and the authentication rules (Google's table as updated in
2026, Yahoo, Outlook.com's 5.7.515 high-volume rule and block lists, Exchange Online's own sending refusals, iCloud,
Comcast, Orange, GMX / web.de), whose fault is the sender's (soft, the sender's scope), beside recipient-side controls
under the same providers' codes. One table-driven test; the misreadings are strict xfails whose reasons state the miss.

First run: not yet made (the expectations are committed first)."""

from __future__ import annotations

from tests.classifier import review_bulk59, review_bulk59_more
from tests.classifier.review_check import review_tests

ROWS = review_bulk59.ROWS + review_bulk59_more.ROWS

JUDGEMENT: dict[str, str] = {}

test_review_bulk59, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 64)
