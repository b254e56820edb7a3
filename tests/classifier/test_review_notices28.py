"""The twenty-eighth review's whole notices (tests/classifier/review_notices28.py: European mailbox
and hosting providers' own replies, Forpsi, Interia, RU-CENTER, StartMail, Hoasted, cubewerk,
Netfabric, goneo, and SFR's and Bluewin's from third-party pages; controls for the new rules):
recipients, reason, hard/soft, whose fault, and delay or not. One table-driven test over all rows,
failures collected (few pytest items); no judgement calls (JUDGEMENT is empty), so no xfail items."""

from __future__ import annotations

from tests.classifier.review_check import source_problems, unexplained
from tests.classifier.review_notices28 import ROWS

# row name -> why the expectation is a judgement call the classifier does not follow.
JUDGEMENT: dict[str, str] = {}


def test_review_notices28():
    wrong = unexplained(ROWS, JUDGEMENT)
    assert not wrong, wrong


def test_rows_cite_sources_and_cover_every_code():
    assert not source_problems(ROWS, JUDGEMENT, 54)
    from classifier.remote import sfr
    assert set(sfr.CODES) == {"01", "02", "03", "04", "05"}  # each cause the pages name
