"""The twenty-second review's whole notices (tests/classifier/review_notices22.py: GoDaddy's
inbound refusals and their IB error tags, in our relay's report, Gmail's DSN and Exchange Online's
NDR; the same sentences untagged from another host; the recipient-side texts; controls for the
tag): recipients, reason, hard/soft, whose fault, and delay or not. One table-driven test over all
rows, failures collected (few pytest items)."""

from __future__ import annotations

from tests.classifier.review_check import unexplained
from tests.classifier.review_notices22 import CODES, ROWS

# row name -> why the expectation is a judgement call the classifier does not follow (none: every
# row reads as written; a later disagreement is a failure, or a call recorded here with its why).
JUDGEMENT: dict[str, str] = {}


def test_review_notices22():
    wrong = unexplained(ROWS, JUDGEMENT)
    assert not wrong, wrong


def test_rows_cite_sources_and_cover_every_code():
    assert len({r[0] for r in ROWS}) == len(ROWS) >= 60
    assert set(JUDGEMENT) <= {r[0] for r in ROWS}
    assert all(r[1] for r in ROWS)
    from classifier.remote import godaddy
    assert {c[0][2:] for c in CODES} == set(godaddy.CODES)  # each published code has its rows
