"""The thirty-fifth review's whole notices (tests/classifier/review_notices35.py: our own provider's or
host's notices about our sending; review_notices35_receivers.py: receivers' refusals that blame the
sender, many worded like a recipient's missing mailbox, and recipient-side controls;
review_notices35_more.py: one notice listing several prospects all refused for the sender's reason,
and other MTAs' layouts): recipients,
reason, hard/soft, whose fault, and delay or not. One table-driven test over all rows, failures
collected; judgement calls kept as strict xfails."""

from __future__ import annotations

import pytest

from tests.classifier.review_check import judged_misses, judgement_params, source_problems, unexplained
from tests.classifier.review_notices35 import ROWS as OWN
from tests.classifier.review_notices35_more import ROWS as MORE
from tests.classifier.review_notices35_receivers import ROWS as RECEIVERS

ROWS = OWN + RECEIVERS + MORE
JUDGEMENT: dict[str, str] = {
    "control-pf-recipient-access-denied": "Postfix check_recipient_access REJECT for the recipient ('554 5.7.1 "
    "<rcpt>: Recipient address rejected: Access denied'): the words name no missing mailbox, but the phrase stands in "
    "Sisimai::Reason::UserUnknown's list (after Microsoft's DBEB '550 5.4.1 Recipient address rejected: Access "
    "denied', which does mean no such recipient), and a server that refuses one address by its own table refuses it "
    "for good; read hard here, kept visible rather than bent",
}


def test_review_notices35():
    wrong = unexplained(ROWS, JUDGEMENT)
    assert not wrong, wrong


@pytest.mark.parametrize("name", judgement_params(JUDGEMENT))
def test_judgement_calls(name):
    assert not judged_misses(ROWS, name)


def test_rows_cite_sources():
    assert not source_problems(ROWS, JUDGEMENT, 205)
