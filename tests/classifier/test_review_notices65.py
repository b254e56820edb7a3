"""The sixty-fifth review's notices (tests/classifier/review_notices65.py): an adversarial audit of
review 64's rules (ZoneMTA's no-data DNS error, SYSTEMERROR overruling a 5.1.1 status, kopano-dagent's,
Modoboa's and vSMTP's phrases). One table-driven test over all rows, failures collected; the
judgement calls are strict xfails, one each."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices65 import ROWS

JUDGEMENT: dict[str, str] = {}


test_review_notices65, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 30)
