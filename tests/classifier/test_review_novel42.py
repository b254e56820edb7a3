"""Review novel42's notices (tests/classifier/review_novel42.py): refusal texts of servers no earlier review cited
(Bongo, gumdrop, LBBS, Archiveopteryx, SimpleLogin, the Advanced Filtering gateway, konto.pl) and admin-written
texts under Postfix access(5)'s 5.7.1 and in other languages, to measure how the classifier generalises to servers'
own phrasings. One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_novel42 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_novel42, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 120)
