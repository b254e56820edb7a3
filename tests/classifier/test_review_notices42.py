"""The forty-second review's whole notices (tests/classifier/review_notices42.py: Sisimai 5's
Google, Google Workspace, au/KDDI, i.ua and Orange / La Poste tables, the entries reviews 25, 31
and 40 left out; review_notices42_logic.py: Sisimai 5's decision logic branch by branch, in our
relay's report, Gmail's DSN, Exchange Online's NDR, Exim's and qmail's bounces): recipients,
reason, hard/soft, whose fault, and delay or not. One table-driven test over all rows, failures
collected; the judgement calls as strict xfails."""

from __future__ import annotations

import pytest

from tests.classifier.review_check import judged_misses, judgement_params, source_problems, unexplained
from tests.classifier.review_notices42 import ROWS

# row name -> why the expectation is a judgement call the classifier does not follow.
JUDGEMENT: dict[str, str] = {
    "iua-err2-exo": (
        "Exchange Online's NDR names no SMTP stage and the reply no 5.1.x (5.0.0), so the team's standing call "
        "(an English 'user not found' from an unnamed stage may be a filter speaking: filtered, soft) gave the "
        "expectation. But the reply carries i.ua's own error code (mail.i.ua/err/2/, 'User is not found'), which "
        "classifier/remote/iua.py reads before any wording rule (Sisimai's IUA table maps it so too, though its dispatch "
        "keys the table to '.email.ua' hosts only and would not consult it here): userunknown, hard. "
        "The provider's documented code is stronger evidence than the words, and i.ua documents no filter that "
        "answers so; the expectation is kept as the team's rule wrote it and the call left to the lead"),
    "lpn630-client-host-rejected-gmail": (
        "the same call as test_review_notices25.py's orange-lpn-630-client-host-rejected: La Poste's '554 5.7.1 "
        "Client host rejected LPN000_630' names our sending host (blocked, the sender's by the words), but "
        "classifier/remote/orange.py maps code 630 to policyviolation as Sisimai 5's for-franceptt.go does, and "
        "the corpus labels that reply policyviolation; the recipient's scope follows. Soft either way"),
    "qmail-queue-too-long": (
        "qmail-send gave up after its queue lifetime ('I'm not going to try again; this message has been in the "
        "queue too long') after failing to connect ('Sorry, I wasn't able to establish an SMTP connection. "
        "(#4.4.1)'): Sisimai 5 reads expired (the sentence is in its Expired list; 4.4.1 is expired in its status "
        "table and in the taxonomy), the classifier deliberately reads the more specific cause before it "
        "(classifier/reasons.py: the qmail trailer counts only when no network, system or disk wording is "
        "there), networkerror. Soft either way, and the planner retries neither"),
}


def test_review_notices42():
    wrong = unexplained(ROWS, JUDGEMENT)
    assert not wrong, wrong


@pytest.mark.parametrize("name", judgement_params(JUDGEMENT))
def test_judgement_calls(name):
    assert not judged_misses(ROWS, name)


def test_rows_cite_sources():
    assert not source_problems(ROWS, JUDGEMENT, 120)
