"""The forty-second review's whole notices (tests/classifier/review_notices42.py: Sisimai 5's
Google, Google Workspace, au/KDDI, i.ua and Orange / La Poste tables, the entries reviews 25, 31
and 40 left out; review_notices42_logic.py: Sisimai 5's decision logic branch by branch, in our
relay's report, Gmail's DSN, Exchange Online's NDR, Exim's and qmail's bounces): recipients,
reason, hard/soft, whose fault, and delay or not. One table-driven test over all rows."""

from __future__ import annotations

from tests.classifier.review_check import source_problems, unexplained
from tests.classifier.review_notices42 import ROWS

JUDGEMENT: dict[str, str] = {}


def test_review_notices42():
    wrong = unexplained(ROWS, JUDGEMENT)
    assert not wrong, wrong


def test_rows_cite_sources():
    assert not source_problems(ROWS, JUDGEMENT, 120)
