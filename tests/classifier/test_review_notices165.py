"""The hundred-and-sixty-fifth review's notices (tests/classifier/review_notices165.py): older mail servers' and
groupware's own notices (Openwave/InterMail, Messaging Server, IMail, MailMarshal, GroupWise, Mercury/32). One
table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices165 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices165, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 60)
