"""The thirty-second review's whole notices (tests/classifier/review_notices32.py: the hard-side
wordings reviews 23-31 added, each put into a sender verification or a reply to MAIL FROM where
it names the sender's mailbox or domain, and single rows where the words name another cause):
recipients, hard/soft, whose fault, delay. One table-driven test over all rows, failures collected.
No judgement calls: every row reads as the taxonomy reads its words."""

from __future__ import annotations

from tests.classifier.review_check import source_problems, unexplained
from tests.classifier.review_notices32 import PHRASES, ROWS

JUDGEMENT: dict[str, str] = {}


def test_review_notices32():
    wrong = unexplained(ROWS, JUDGEMENT)
    assert not wrong, wrong


def test_rows_cite_sources_and_cover_every_phrase():
    assert not source_problems(ROWS, JUDGEMENT, 150)
    assert len(PHRASES) == 29
