"""The seventeenth review's delay warnings and expiry notices (tests/classifier/review_notices17.py:
Postfix, Exim, Sendmail, qmail and masqmail sources, masqmail's in four languages; Gmail's and Exchange's delay texts as pages quote them):
recipients, reason, hard/soft, whose fault, and delay or not, each row against the expectation
written from the source's words before the classifier ran. One table-driven test over all rows,
failures collected (few pytest items); the judgement calls (JUDGEMENT) are strict xfails, one item
each, so a change of reading shows up either way."""

from __future__ import annotations

import pytest

from tests.classifier.review_check import judged_misses, judgement_params, source_problems, unexplained
from tests.classifier.review_notices17 import ROWS

# row name -> why the expectation is a judgement call the classifier does not follow.
JUDGEMENT: dict[str, str] = {
    "masqmail-expired-450-user-unknown": (
        "masqmail's failure notice names no SMTP command, so its given-up '450 4.1.1 ... User unknown in local "
        "recipient table' reads filtered (soft): the team's standing call (test_status_registry.py, '4.1.1 "
        "registry': 4xx 'no such mailbox' words at a stage the bounce does not name read as filtered, sisimai's "
        "rule; the userunknown rule for an unnamed stage is for permanent failures). The same reply read as the "
        "answer to RCPT (Postfix's 'in reply to RCPT TO command', Exim's 'after RCPT TO', qmail's 'does not like "
        "recipient') is userunknown, hard: those rows pass. Taxonomy §4 (userunknown always hard) says hard; "
        "changing the call turns the registry's xfails and is the team's decision, not this review's"),
}


def test_review_notices17():
    wrong = unexplained(ROWS, JUDGEMENT)
    assert not wrong, wrong


@pytest.mark.parametrize("name", judgement_params(JUDGEMENT))
def test_judgement_calls(name):
    assert not judged_misses(ROWS, name)


def test_rows_cite_sources():
    assert not source_problems(ROWS, JUDGEMENT, 15)
