"""The twelfth independent review's whole notices (tests/classifier/review_notices12.py: hosting
control panels' and self-hosted mail suites' refusals, cPanel's Exim ACLs, iRedMail's iRedAPD,
Plesk, DirectAdmin): recipients, reason, hard/soft, whose fault, and delay or not, each row
against the expectation written from the source's words before the classifier ran. One
table-driven test over all rows, failures collected (few pytest items). No judgement calls: every
first disagreement was a fault and is fixed (a future one goes in JUDGEMENT and becomes a strict
xfail, one item each, as in test_review_notices4.py)."""

from __future__ import annotations

from tests.classifier.review_check import source_problems, unexplained
from tests.classifier.review_notices12 import ROWS

# row name -> why the expectation is a judgement call the classifier does not follow.
JUDGEMENT: dict[str, str] = {}


def test_review_notices12():
    wrong = unexplained(ROWS, JUDGEMENT)
    assert not wrong, wrong


def test_rows_cite_sources():
    assert not source_problems(ROWS, JUDGEMENT, 25)
