"""The sixty-seventh review's notices (tests/classifier/review_notices67.py): the departed-employee /
retired-address family under a permanent refusal, in the products that let an admin phrase it, in
English and the languages sales teams meet; and the controls that must not go hard. One
table-driven test over all rows, failures collected; the judgement calls are strict xfails, one each."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices67 import ROWS

JUDGEMENT: dict[str, str] = {}


test_review_notices67, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 60)
