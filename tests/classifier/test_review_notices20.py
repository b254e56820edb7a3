"""The twentieth review's notices from barely covered servers (tests/classifier/review_notices20.py:
Sympa's DSN, XMail's error notice and SMTP replies, GNU Mailman 3's LMTP replies as Postfix quotes
them): recipients, reason, hard/soft, delay or not, each row against the expectation written from
the server's words before the classifier ran. One table-driven test over all rows, failures
collected; the judgement calls (JUDGEMENT) are strict xfails, one item each, so a change of
reading shows up either way."""

from __future__ import annotations

import pytest

from tests.classifier.review_check import judged_misses, judgement_params, source_problems, unexplained
from tests.classifier.review_notices20 import ROWS

# row name -> why the expectation is a judgement call the classifier does not follow.
JUDGEMENT: dict[str, str] = {
    "sympa-loop-detected": (
        "Sympa's 5.4.6 'Routing loop detected' reads networkerror: the team's wording table (phrases.py, "
        "sisimai's NetworkError index: 'routing loop', 'mail loop', 'hop count exceeded') and the status map "
        "(x.4.x) both say network; taxonomy.md lists a mail loop under systemerror. Both soft, the contact is "
        "untouched either way; moving loops between the two is the team's call, not this review's"),
    "xmail-remote-xmail-mailbox-unavailable": (
        "XMail's own notice names no SMTP command, so the remote XMail's '550 Mailbox unavailable <addr>' "
        "(SMTPSvr.cpp: no such account in a local domain) reads filtered, soft: the team's standing rule "
        "(reasons.py _is_userunknown: without a 'no such user' status the words count only as the answer to "
        "RCPT; RFC 5321's generic 'mailbox unavailable' is also a policy refusal's text). The same reply in "
        "a Postfix bounce 'in reply to RCPT TO command' is userunknown, hard: postfix-xmail-mailbox-unavailable "
        "passes"),
    "postfix-mailman3-unknown-list": (
        "Mailman 3's LMTP runner answers an address that is no list with RFC 5321's generic '550 Requested "
        "action not taken: mailbox unavailable' after DATA (LMTP's per-recipient replies come there), and "
        "Postfix reports it 'in reply to end of DATA command': a refusal after DATA reads filtered (sisimai's "
        "rule, the team's: content filters answer there). The classifier cannot tell an LMTP hop from an "
        "SMTP one by the bounce; taxonomy section 4 would say hard; the team's call"),
}


def test_review_notices20():
    wrong = unexplained(ROWS, JUDGEMENT)
    assert not wrong, wrong


@pytest.mark.parametrize("name", judgement_params(JUDGEMENT))
def test_judgement_calls(name):
    assert not judged_misses(ROWS, name)


def test_rows_cite_sources():
    assert not source_problems(ROWS, JUDGEMENT, 30)
