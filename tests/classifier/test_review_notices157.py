"""The hundred-and-fifty-seventh review's notices (tests/classifier/review_notices157.py): an adversarial audit of the
rules that keep an absence from counting (cause_clauses' conditions, reasons' RCPT override, verb_final's
suppositions and our sender named before), false softs first. One table-driven test; judgement calls are strict
xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices157 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices157, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 100)
