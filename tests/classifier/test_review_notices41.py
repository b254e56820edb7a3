"""The forty-first review's whole notices (tests/classifier/review_notices41.py: Sisimai 5's
Microsoft and Outlook provider tables, go-sisimai rhost/for-microsoft.go and for-outlook.go, as an
outside opinion, where review 30 lacks a row or Sisimai reads a code otherwise; in our relay's
report, Gmail's own DSN and Exchange Online's NDR): recipients, reason, hard/soft, whose fault,
and delay or not. One table-driven test over all rows, failures collected."""

from __future__ import annotations

import pytest

from tests.classifier.review_check import judged_misses, judgement_params, source_problems, unexplained
from tests.classifier.review_notices41 import ROWS

JUDGEMENT: dict[str, str] = {
    "onprem-5.7.3-not-authorized": (
        "Exchange's '550 5.7.3 Not authorized' at MAIL FROM reads rejected (the sender refused at its stage); "
        "Exchange means its own server authentication (X-EXPS) failed: securityerror (Sisimai 5 too). Both soft; "
        "a stage rule for 'not authorized' at MAIL would reach every server's sender refusal."),
    "own-5.1.351-unknown-recipient": (
        "Exchange Online's '5.1.351 Remote server returned unknown recipient or mailbox unavailable' with no remote "
        "reply after it names two causes and no stage: read filtered, soft (Sisimai 5: userunknown). With the "
        "remote reply after its '->' (own-5.1.351-with-remote-reply) it reads userunknown, hard; a false soft "
        "here is safer than a hard on 'or mailbox unavailable'."),
}


def test_review_notices41():
    wrong = unexplained(ROWS, JUDGEMENT)
    assert not wrong, wrong


@pytest.mark.parametrize("name", judgement_params(JUDGEMENT))
def test_judgement_calls(name):
    assert not judged_misses(ROWS, name)


def test_rows_cite_sources():
    assert not source_problems(ROWS, JUDGEMENT, 150)
