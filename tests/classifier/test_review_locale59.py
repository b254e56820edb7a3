"""Review locale59's notices (tests/classifier/review_locale59.py, review_locale59_more.py): a measurement of the
classifier on the sender's OWN provider's notice in the sender's language (Gmail's DSN with every line localised,
Microsoft 365's NDR and delay notice, Exchange 2003's NDR, Yahoo's notice). One table-driven test; misreadings are
strict xfails whose reasons state the miss.

First run: (not yet run; expectations committed first)."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_locale59 import ROWS as GMAIL_ROWS
from tests.classifier.review_locale59_more import ROWS as MORE_ROWS

ROWS = GMAIL_ROWS + MORE_ROWS
JUDGEMENT: dict[str, str] = {}

test_review_locale59, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 70)
