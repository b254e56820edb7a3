"""The hundred-and-seventh review's notices (tests/classifier/review_notices107.py): the open false softs of reviews
98-105 (a negated block list, a negated quoted reason, an account expired and deleted, our account off in a
postposed or suffixed possessive, a host name's letters on a delivered one's line) mended beside their controls.
One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices107 import ROWS

JUDGEMENT: dict[str, str] = {}  # r107-host-c-kim-returned-unfolded mended in review 117 (recipients.went_through_here)

test_review_notices107, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 170)
