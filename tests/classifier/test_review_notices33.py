"""The thirty-third review's whole notices (tests/classifier/review_notices33.py and
review_notices33_more.py: receivers' replies as the email service providers' and marketing
platforms' published bounce documentation quotes them, SendGrid, Mailgun, Mandrill, Iterable,
Braze, Amazon SES, Postmark and weaker sources, in our relay's report, Gmail's own DSN and
Exchange Online's NDR): recipients, reason, hard/soft, whose fault, and delay or not. One
table-driven test over all rows, failures collected."""

from __future__ import annotations

from tests.classifier.review_check import source_problems, unexplained
from tests.classifier.review_notices33 import ROWS

JUDGEMENT: dict[str, str] = {}


def test_review_notices33():
    wrong = unexplained(ROWS, JUDGEMENT)
    assert not wrong, wrong


def test_rows_cite_sources():
    assert not source_problems(ROWS, JUDGEMENT, 150)
