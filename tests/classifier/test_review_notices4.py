"""The fourth independent review's whole notices (tests/classifier/review_notices4.py: ISPs' and
mailbox providers' own published error lists and postmaster pages): recipients, reason,
hard/soft, whose fault, and delay or not, each row against the expectation written from the
provider's words before the classifier ran. One table-driven test over all rows, failures
collected (few pytest items); the judgement calls (JUDGEMENT) are strict xfails, one item each,
so a change of reading shows up either way."""

from __future__ import annotations

import pytest

from tests.classifier.review_check import judged_misses, judgement_params, source_problems, unexplained
from tests.classifier.review_notices4 import ROWS

# row name -> why the expectation is a judgement call the classifier does not follow.
JUDGEMENT: dict[str, str] = {
    "cyon-address-rejected-5.1.0": (
        "cyon's page reads a bare '550 5.1.0 Address rejected' as the recipient refusing our sender, but the reply "
        "names no address and 5.1.0 is RFC 3463's 'other address status': most servers that answer it at RCPT mean the "
        "recipient's address (a Google Groups refusal of a removed member reads the same). One host's gloss on a terse "
        "reply is not enough to turn every such refusal soft and keep mailing dead addresses"),
    "cyon-administrative-prohibition": (
        "Exim's default ACL refusal 'Administrative prohibition' names no cause; cyon guesses an RBL listing or a "
        "dynamic IP (blocked), the classifier reads the envelope sender's refusal (rejected): both the sender's side "
        "and soft, so the reading changes nothing the planner does; which one is the page's guess, not the reply's"),
}


def test_review_notices4():
    wrong = unexplained(ROWS, JUDGEMENT)
    assert not wrong, wrong


@pytest.mark.parametrize("name", judgement_params(JUDGEMENT))
def test_judgement_calls(name):
    assert not judged_misses(ROWS, name)


def test_rows_cite_sources():
    assert not source_problems(ROWS, JUDGEMENT, 50)
