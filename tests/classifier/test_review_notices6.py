"""The sixth independent review's whole notices (tests/classifier/review_notices6.py: Gmail's and
Google Workspace's replies from Google's own 'Gmail SMTP errors and codes' page and, marked weak,
pages quoting replies Gmail gave): recipients, reason, hard/soft, whose fault, and delay or not,
each row against the expectation written from Google's words before the classifier ran. One
table-driven test over all rows, failures collected (few pytest items); the judgement calls
(JUDGEMENT) are strict xfails, one item each, so a change of reading shows up either way."""

from __future__ import annotations

from tests.classifier.review_check import source_problems, unexplained
from tests.classifier.review_notices6 import ROWS

# Review 80 mended the one call there was (Google's 450 4.2.1 "the user ... is receiving mail too quickly / at a
# rate": the recipient's rate, scope recipient; classifier/severity.py _RECIPIENTS_RATE).
# row name -> why the expectation is a judgement call the classifier does not follow.
JUDGEMENT: dict[str, str] = {}


def test_review_notices6():
    wrong = unexplained(ROWS, JUDGEMENT)
    assert not wrong, wrong


def test_rows_cite_sources():
    assert not source_problems(ROWS, JUDGEMENT, 50)
