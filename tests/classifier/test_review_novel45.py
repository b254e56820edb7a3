"""Review novel45's notices (tests/classifier/review_novel45.py): refusal texts of servers no earlier review cited
(Qsmtp, Magma, E-MailRelay, Inbucket, ImprovMX, the digipost test receiver), to measure how the classifier
generalises to servers' own phrasings. One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_novel45 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_novel45, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 72)
