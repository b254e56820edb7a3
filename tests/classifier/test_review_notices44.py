"""The forty-fourth review's whole notices (tests/classifier/review_notices44.py and
review_notices44_more.py: the hard-side wordings and status rules added since 88c16fc, each put
where the same words are about the sender, a forwarding target, for now, quoted by a person or an
auto-responder, or in a returned original; with controls): recipients, hard/soft, whose fault,
delay. One table-driven test over all rows, failures collected; the judgement calls are strict xfails."""

from __future__ import annotations

import pytest

from tests.classifier.review_check import judged_misses, judgement_params, source_problems, unexplained
from tests.classifier.review_notices44 import PHRASES, ROWS as TABLE
from tests.classifier.review_notices44_more import ROWS as SINGLE

ROWS = TABLE + SINGLE
JUDGEMENT: dict[str, str] = {
    "wf-forwarding-failed": (
        "Hand-made, no server's known text: '550 5.1.1 Forwarding failed: fwd wasn't found at other.example.' names "
        "a forward target of the recipient (its configuration, soft as Exchange's 5.2.14 'Misconfigured forwarding "
        "address'), but the 5.1.1 status alone reads a bad mailbox, old and new alike; a 'forwarding failed' wording "
        "that beats 5.1.1 without a server's source would risk real missing users."),
    "wf-colleague-fw-undeliverable": (
        "Soft, not hard, and old (88c16fc read it onhold): a colleague's 'FW: Undeliverable:' forward of an NDR is "
        "read as a bounce for the quoted recipient by its Subject; telling a person's forward from a gateway's "
        "notice is outside this false-hard audit."),
}


def test_review_notices44():
    wrong = unexplained(ROWS, JUDGEMENT)
    assert not wrong, wrong


@pytest.mark.parametrize("name", judgement_params(JUDGEMENT))
def test_judgement_calls(name):
    assert not judged_misses(ROWS, name)


def test_rows_cite_sources_and_cover_every_phrase():
    assert not source_problems(ROWS, JUDGEMENT, 150)
    assert len(PHRASES) == 9
