"""The sixth independent review's whole notices (tests/classifier/review_notices6.py: Gmail's and
Google Workspace's replies from Google's own 'Gmail SMTP errors and codes' page and, marked weak,
pages quoting replies Gmail gave): recipients, reason, hard/soft, whose fault, and delay or not,
each row against the expectation written from Google's words before the classifier ran. One
table-driven test over all rows, failures collected (few pytest items); the judgement calls
(JUDGEMENT) are strict xfails, one item each, so a change of reading shows up either way."""

from __future__ import annotations

import pytest

from tests.classifier.review_check import judged_misses, judgement_params, source_problems, unexplained
from tests.classifier.review_notices6 import ROWS

_RECEIVING_RATE = (
    "Google's 450 4.2.1 says the *recipient* is receiving mail too quickly (or at a rate that prevents more): the "
    "recipient's state, not our sending, so this review expected scope recipient. The project reads every rate limit "
    "as `speeding`, which taxonomy section 7 and classifier/severity.py put on the sender's side (test_scope.py keeps "
    "the same call for a recipient's own receive rate): soft either way, the contact is never marked, only the "
    "account-level alert differs")

# row name -> why the expectation is a judgement call the classifier does not follow.
JUDGEMENT: dict[str, str] = {
    "g-450-4.2.1-receiving-too-quickly-postfix": _RECEIVING_RATE,
    "g-450-4.2.1-receiving-too-quickly-exim": _RECEIVING_RATE,
    "g-450-4.2.1-receiving-too-quickly-exchange-online": _RECEIVING_RATE,
    "g-450-4.2.1-receiving-too-quickly-postfix-gave-up": _RECEIVING_RATE,
    "g-450-4.2.1-receiving-at-a-rate-postfix": _RECEIVING_RATE,
    "g-450-4.2.1-receiving-at-a-rate-exim": _RECEIVING_RATE,
    "g-450-4.2.1-receiving-at-a-rate-exchange-online": _RECEIVING_RATE,
    "w-450-4.2.1-receiving-rate-postfix": _RECEIVING_RATE,
}


def test_review_notices6():
    wrong = unexplained(ROWS, JUDGEMENT)
    assert not wrong, wrong


@pytest.mark.parametrize("name", judgement_params(JUDGEMENT))
def test_judgement_calls(name):
    assert not judged_misses(ROWS, name)


def test_rows_cite_sources():
    assert not source_problems(ROWS, JUDGEMENT, 50)
