"""The hundred-and-thirty-sixth review's notices (tests/classifier/review_notices136.py): the least cited open-source
mail servers (Mailu, mailcow, Postal, qpsmtpd, MIMEDefang) in their own and relayed layouts. One table-driven test;
the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices136 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices136, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 60)
