"""The seventh independent review's whole notices (tests/classifier/review_notices7.py: delivery
and disposition reports laid out as RFC 3464, 3461, 6522, 6533, 8098, 5429 and 3834 define them):
recipients, reason, hard/soft, whose fault, delay or not, and no bounce where the RFC says the
report is none, each row against the expectation written from the RFC before the classifier
ran. One table-driven test over all rows, failures collected (few pytest items); the judgement
calls (JUDGEMENT) are strict xfails, one item each, so a change of reading shows up either way."""

from __future__ import annotations

import pytest

from tests.classifier.review_check import judged_misses, judgement_params, unexplained, wrong_origins
from tests.classifier.review_notices7 import ORIGINS, ROWS

# row name -> why the expectation is a judgement call the classifier does not follow.
JUDGEMENT: dict[str, str] = {
    "diagnostic-no-such-user-generic-status": (
        "'550 No such user here' under a generic 5.0.0 with no SMTP stage named: the classifier keeps sisimai's rule "
        "(classifier/reasons.py _is_userunknown: without a 'no such user' status the wording counts only as the "
        "answer to RCPT; content filters answer 'user unknown' after DATA), so it reads filtered, soft. A false soft "
        "here costs a retry; a false hard would unenroll a live address. The RFC says nothing of the stage"),
    "rfc3464-multi-recipient-example": (
        "RFC 3464's own example: wsnell's 'smtp; 550 user unknown' under Status 5.0.0 with no stage is read "
        "filtered by the same sisimai rule as above; arathib's \"550 'arathib@vnet.IBM.COM' is not a registered "
        "gateway user\" names the Final-Recipient's own address, yet phrases.py lists the wording under rejected "
        "(the envelope sender refused, scope sender). Which side a 1994 gateway meant is not settled by the RFC "
        "(its example gives no gloss); the project keeps its table"),
}


def test_review_notices7():
    wrong = unexplained(ROWS, JUDGEMENT)
    assert not wrong, wrong


@pytest.mark.parametrize("name", judgement_params(JUDGEMENT))
def test_judgement_calls(name):
    assert not judged_misses(ROWS, name)


def test_failed_recipient_maps_to_the_address_sent_to():
    """Final-Recipient is the delivery's address; the Original-Recipient the sender wrote is what
    the trust rules map it back to (RFC 3464 §2.3.1; DESIGN.md "Trust")."""
    wrong = wrong_origins(ROWS, ORIGINS)
    assert not wrong, wrong


def test_rows_cite_sources():
    assert len({r[0] for r in ROWS}) == len(ROWS) >= 40
    assert set(JUDGEMENT) <= {r[0] for r in ROWS}
    assert set(ORIGINS) <= {r[0] for r in ROWS}
    assert all(r[1] for r in ROWS)
