"""Review old47's notices (tests/classifier/review_old47.py): MMDF's returned mail, Exchange 4.0/5.x's IMC/IMS report
as the Knowledge Base quotes it, the Windows 2000 SMTP service's, DBMail 1.x's and Postfix 2.0-2.2's, written from
their sources. One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_old47 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_old47, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 76)
