"""The twenty-third review's whole notices (tests/classifier/review_notices23.py: Sisimai 4.25's
hard-side and recipient-side wordings, UserUnknown, HostUnknown, HasMoved, NotAccept, Suspend,
MailboxFull and the Status codes of those reasons, as an outside opinion, each in our relay's report and
Gmail's DSN): recipients, reason, hard/soft, whose fault, and delay or not. One table-driven test
over all rows, failures collected (few pytest items); the judgement calls (JUDGEMENT) are strict
xfails."""

from __future__ import annotations

import pytest

from tests.classifier.review_check import judged_misses, judgement_params, source_problems, unexplained
from tests.classifier.review_notices23 import ROWS

# row name -> why the expectation is a judgement call the classifier does not follow.
JUDGEMENT: dict[str, str] = {
    "rcpt-does-not-exist-gmail-bare": (
        "Gmail's DSN names no SMTP stage and the reply carries no 5.1.x code (5.0.0): the team's call keeps an "
        "English 'does not exist' from an unnamed stage soft (a filter may speak so after DATA). The reply's own "
        "words 'RCPT <x>' name the stage, but reading a stage out of free text is a new rule beyond this review; "
        "it reads onhold, soft (a retry, never an unenrolment). With the stage reported it reads hard"),
}


def test_review_notices23():
    wrong = unexplained(ROWS, JUDGEMENT)
    assert not wrong, wrong


@pytest.mark.parametrize("name", judgement_params(JUDGEMENT))
def test_judgement_calls(name):
    assert not judged_misses(ROWS, name)


def test_rows_cite_sources():
    assert not source_problems(ROWS, JUDGEMENT, 80)
