"""The fifty-fourth review's messages (tests/classifier/review_notices54.py: DMARC aggregate,
failure and TLS reports, calendar replies, recall requests and reports, gateways' quarantine
digests and held notices, list housekeeping, e-signature, chat and ESP notices, newsletters, and
the real refusals beside them): no bounce, or the control's reading. One table-driven test over
all rows, failures collected; the judgement calls as strict xfails."""

from __future__ import annotations

import pytest

from tests.classifier.review_check import judged_misses, judgement_params, source_problems, unexplained
from tests.classifier.review_notices54 import ROWS

JUDGEMENT: dict[str, str] = {
    "mailman3-probe-with-own-bounce-attached": (
        "a Mailman 3 probe attaches, as message/rfc822, the real bounce the list got about the SELLER's own "
        "address (552 5.2.2 over quota); the nested reader takes an attached bounce as the bounce itself, as it "
        "must for a colleague's or a prospect's forward (review_notices19, review_notices34_more). The reading is "
        "a soft mailboxfull of the seller's own mailbox, which is true and touches no prospect; telling a list's "
        "probe from a forward would need the list's own words ('This is a probe message'), a rule keyed to one "
        "product's text"),
}


def test_review_notices54():
    wrong = unexplained(ROWS, JUDGEMENT)
    assert not wrong, wrong


@pytest.mark.parametrize("name", judgement_params(JUDGEMENT))
def test_judgement_calls(name):
    assert not judged_misses(ROWS, name)


def test_rows_cite_sources():
    assert not source_problems(ROWS, JUDGEMENT, 120)
