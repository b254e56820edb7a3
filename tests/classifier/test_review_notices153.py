"""The hundred-and-fifty-third review's notices (tests/classifier/review_notices153.py): an adversarial audit of review
151's cause_clauses (false hards: the words said of our sender, a login, a message; false softs: help sentences with a
condition beside a real refusal) and review 147's ACROSS. One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices153 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices153, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 100)
