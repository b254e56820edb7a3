"""Review leftovers66's rows (tests/classifier/review_leftovers66.py): five misreadings earlier reviews noticed and left
(Exim's given-up 4xx 'User unknown', OUR sender refused at RCPT in the recipient's words, German / Dutch / Polish
'exceeded' beside a box noun, Exchange 2010's '#SMTP#' line without a Diagnostic-Code, Turkish / Swedish size limits),
with controls. One table-driven test; a misreading left is a strict xfail whose reason states the miss.

First run: (to be recorded after the expectations are committed and the classifier has run once)."""

from __future__ import annotations

from tests.classifier import review_leftovers66
from tests.classifier.review_check import review_tests

ROWS = review_leftovers66.ROWS

JUDGEMENT: dict[str, str] = {}

test_review_leftovers66, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 50)
