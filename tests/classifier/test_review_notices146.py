"""The hundred-and-forty-sixth review's notices (tests/classifier/review_notices146.py): an adversarial audit of review
141's verb-final clauses (classifier/verb_final.py and its hooks) — false hards (denied or doubted clauses, help lines,
forwarding targets, our sender under other nouns, Turkish sender forms) and false softs left (the supposition guard on
a bounce's own heading, nouns and conjunctions the rule lacks, main-clause forms). One table-driven test; the judgement
calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices146 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices146, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 300)
