"""The thirty-sixth review's whole notices (tests/classifier/review_notices36.py: Zoho Mail's replies
as a receiver, Rackspace's Gxx deferrals, T-Online's NOWL/DIAL/BL greetings, Telstra BigPond, and
three small providers' own pages, in our relay's report, Gmail's own DSN and its older plain notice,
Exchange Online's NDR, our Exim relay's bounce, Email Security.cloud's notice and qmail-send's
bounce): recipients, reason, hard/soft, whose fault, and delay or not. One table-driven test over all
rows, failures collected."""

from __future__ import annotations

from tests.classifier.review_check import source_problems, unexplained
from tests.classifier.review_notices36 import ROWS

JUDGEMENT: dict[str, str] = {}


def test_review_notices36():
    wrong = unexplained(ROWS, JUDGEMENT)
    assert not wrong, wrong


def test_rows_cite_sources():
    assert not source_problems(ROWS, JUDGEMENT, 100)
