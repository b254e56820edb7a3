"""Review delay63's notices (tests/classifier/review_delay63.py): a first-run measurement of the classifier on delay /
warning notices from many servers and languages (Action delayed, or the generators' "still being retried" texts with
no RFC 3464 part), many quoting a reason that sounds permanent (a 450 "User unknown", a 452 "mailbox full"), against
the final failures that follow them after the retries and plain permanent refusals as controls. One table-driven
test; misreadings are strict xfails whose reasons state the miss.

First run: (to be recorded after the expectations are committed and the classifier has run once)."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_delay63 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_delay63, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 57)
