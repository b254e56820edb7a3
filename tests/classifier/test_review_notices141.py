"""The hundred-and-forty-first review's notices (tests/classifier/review_notices141.py): verb-final subordinate clauses
(German / Dutch "weil / da / dass / omdat / dat ... <verb>", Japanese / Korean / Turkish causal clauses) saying the
recipient's mailbox is missing, gone, full or disabled, with controls (our sender, negated / conditional clauses,
4.x delays, auto-replies). One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices141 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices141, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 120)
