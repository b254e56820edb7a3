"""The forty-fourth review's whole notices (tests/classifier/review_notices44.py and
review_notices44_more.py: the hard-side wordings and status rules added since 88c16fc, each put
where the same words are about the sender, a forwarding target, for now, quoted by a person or an
auto-responder, or in a returned original; with controls): recipients, hard/soft, whose fault,
delay. One table-driven test over all rows, failures collected. No judgement calls."""

from __future__ import annotations

from tests.classifier.review_check import source_problems, unexplained
from tests.classifier.review_notices44 import PHRASES, ROWS as TABLE
from tests.classifier.review_notices44_more import ROWS as SINGLE

ROWS = TABLE + SINGLE
JUDGEMENT: dict[str, str] = {}


def test_review_notices44():
    wrong = unexplained(ROWS, JUDGEMENT)
    assert not wrong, wrong


def test_rows_cite_sources_and_cover_every_phrase():
    assert not source_problems(ROWS, JUDGEMENT, 150)
    assert len(PHRASES) == 9
