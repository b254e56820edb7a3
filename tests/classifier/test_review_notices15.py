"""The fifteenth independent review's whole notices (tests/classifier/review_notices15.py: shared
hosts' and mailbox providers' own help pages: Bluehost, Titan Mail, InMotion Hosting, DreamHost,
Fastmail, and HostGator through a third party): recipients, reason, hard/soft, whose fault, and
delay or not, each row against the expectation written from the provider's words before the
classifier ran.
One table-driven test over all rows, failures collected (few pytest items); the judgement calls
(JUDGEMENT) are strict xfails, one item each, so a change of reading shows up either way."""

from __future__ import annotations

import pytest

from tests.classifier.review_check import judged_misses, judgement_params, source_problems, unexplained
from tests.classifier.review_notices15 import ROWS

# row name -> why the expectation is a judgement call the classifier does not follow.
_UNNAMED_STAGE = (
    "{what} under a generic 5.0.0 in a notice that names no SMTP stage ({layout}): the classifier keeps sisimai's "
    "rule that an English 'no such user' from an unnamed stage may be a content or sender filter speaking (filtered, "
    "soft), as in test_review_notices7.py and test_review_notices9.py; the same reply reported with its RCPT stage "
    "({twin}) reads hard. A false soft costs a retry, a false hard unenrolls a live address")

# row name -> why the expectation is a judgement call the classifier does not follow.
JUDGEMENT: dict[str, str] = {
    "bluehost-421-temporarily-not-available": (
        "the reply line is hand-written around Bluehost's summary '421 (Server Temporarily Not Available)'; its words "
        "name no cause (the full mail queue is the page's gloss, not the reply's), and a bare 4xx at the greeting "
        "under a generic 4.0.0 reads as a delay with no more specific cause (expired). Soft and a delay either way: "
        "nothing the planner does changes"),
    "inmotion-550-no-such-user-here-gmail": _UNNAMED_STAGE.format(
        what="'550 No Such User Here'", layout="Gmail's own DSN", twin="inmotion-550-no-such-recipient-postfix, from the same list"),
    "inmotion-550-no-such-user-address-exo": _UNNAMED_STAGE.format(
        what="'550 No such user (address)'", layout="Exchange Online's NDR",
        twin="inmotion-550-no-such-person in InMotion's Exim bounce"),
    "fastmail-lmtpprox-unexpected-internal-error": (
        "FastMail.FM's older help says its LMTP proxy's '554 5.0.0 Unexpected internal error' 'is misleading' and meant "
        "a missing FastMail user; the words themselves say the receiving system failed (systemerror, soft). A generic "
        "internal error must not become a hard bounce that unenrolls a live address, and a rule keyed to FastMail's "
        "socket path would serve only a notice its current pages no longer show (they quote Postfix's 'User unknown "
        "in local recipient table' for the same case, already read hard in test_provider_hosts.py)"),
}


def test_review_notices15():
    wrong = unexplained(ROWS, JUDGEMENT)
    assert not wrong, wrong


@pytest.mark.parametrize("name", judgement_params(JUDGEMENT))
def test_judgement_calls(name):
    assert not judged_misses(ROWS, name)


def test_rows_cite_sources():
    assert not source_problems(ROWS, JUDGEMENT, 25)
