"""The forty-third review's whole notices (tests/classifier/review_notices43.py and its _more
part: Sisimai 5's MTA parsers, sisimai/go-sisimai lhost/via-*.go, as an outside opinion where
they differ from Sisimai 4.25's of review 25): recipients, reason, hard/soft, whose fault, and
delay or not. One table-driven test over all rows, failures collected; the judgement calls
(JUDGEMENT) are strict xfails."""

from __future__ import annotations

import pytest

from tests.classifier.review_check import judged_misses, judgement_params, source_problems, unexplained
from tests.classifier.review_notices43 import ROWS

# row name -> why the expectation is a judgement call the classifier does not follow.
JUDGEMENT: dict[str, str] = {
    # "r43-exchange-sv-bad-primary" (BadPrimary read filtered) was a call here until review ms65's Microsoft rule
    # read RESOLVER.ADR.BadPrimary systemerror, as this row expects.
    "r43-mfilter-unknown-user-data": (
        "m-FILTER's report of '550 5.1.1 unknown user <x>' answered after DATA ('-------SMTP command' DATA): the "
        "taxonomy's `filtered` is 'refused after DATA', but the 5.1.1 status says the mailbox does not exist, and "
        "the classifier lets a 5.1.1 stand at any stage (reasons._is_userunknown) and does not read m-FILTER's "
        "command block. A possible false hard; flipping it would let a stage outweigh every 5.1.1: left to the lead"),
    **{name: (
        "A remote 'no such user' quoted with no SMTP stage and no 5.1.x status (unknown MTA #2's 'This user "
        "doesn't have a partner.example account', MailFoundry's 'Server x failed with: 550 <a> No such user here'): "
        "the words say the mailbox does not exist (hard), but the classifier reads such words from an unknown stage "
        "as `filtered` on purpose (reasons._is_userunknown: carriers' and appliances' content filters answer 'user "
        "unknown' after DATA; Sisimai's rule; review 25's call). A false soft, the safe side: left")
       for name in ("r43-x2-no-account", "r43-mailfoundry-no-such-user")},
    "r43-interscan-unable-to-deliver": (
        "InterScan MSS's 'Unable to deliver message to <x> (and other recipients in the same domain).' with no "
        "remote reply: the words alone say only that the gateway could not deliver (soft); "
        "classifier/reporters/interscanmss.py reads it userunknown on purpose (IMSS's full sentence goes on "
        "'Please check if address is correct.', and Sisimai 4.25 and 5 read it so). A possible false hard where a "
        "gateway writes the shorter line; left to the lead"),
}


def test_review_notices43():
    wrong = unexplained(ROWS, JUDGEMENT)
    assert not wrong, wrong


@pytest.mark.parametrize("name", judgement_params(JUDGEMENT))
def test_judgement_calls(name):
    assert not judged_misses(ROWS, name)


def test_rows_cite_sources():
    assert not source_problems(ROWS, JUDGEMENT, 163)
