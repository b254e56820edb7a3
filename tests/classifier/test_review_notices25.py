"""The twenty-fifth review's whole notices (tests/classifier/review_notices25.py: Sisimai 4.25's
provider and MTA message tables, Rhost and Lhost, turned back into replies and notices: Google's
SMTP error table, Tencent QQ's, NTT docomo's, i.ua's and au's codes and phrases; Exim's, qmail's,
Domino's, Notes', Courier's, BIGLOBE's, au's, OpenSMTPD's, Exchange 2007's (in English, French
and Italian) and Exchange Online's own words; others' replies in our relay's report): recipients,
reason, hard/soft, whose fault, and delay or not. One table-driven test over all rows, failures
collected; the judgement calls (JUDGEMENT) are strict xfails."""

from __future__ import annotations

import pytest

from tests.classifier.review_check import judged_misses, judgement_params, source_problems, unexplained
from tests.classifier.review_notices25 import ROWS

# row name -> why the expectation is a judgement call the classifier does not follow.
JUDGEMENT: dict[str, str] = {
    "orange-lpn-630-client-host-rejected": (
        "La Poste's '554 5.7.1 Client host rejected LPN000_630' names our sending host, so the words say blocked, "
        "the sender's; classifier/remote/orange.py maps code 630 to policyviolation (Sisimai's reading), which "
        "leaves the fault with the recipient, and the team's corpus labels that very reply policyviolation. Soft "
        "either way; mapping 630 to blocked costs a corpus label, so it is left to the lead"),
    "x3-no-gateway": (
        "'Routing: Could not find a gateway for x' under 'Delivery to the following recipients failed "
        "permanently' says no route, nothing about time: the words read networkerror, the classifier says "
        "expired, and the team's corpus labels such a notice expired. Soft either way; a phrase reading it "
        "networkerror costs that corpus label, so it is left"),
    "messagelabs-smtp-auth": (
        "'Please turn on SMTP Authentication in your mail client' names our client's missing login, so the words "
        "alone say sender; but the team's scope table (tests/classifier/scope_rows.py, messagelabs-own-turn-on-"
        "smtp-auth) reads it as what a recipient server not set up for the recipient's domain answers a relay "
        "(cPanel-style Exim), the recipient's side. Soft either way; the scope is the team's call, not flipped here"),
    "qmail-no-mx-or-ip": (
        "qmail-remote's 'Sorry, I couldn't find a mail exchanger or IP address. (#5.4.4)' is written when the "
        "domain answers the DNS but has neither MX nor address records. The taxonomy lists 5.4.4 under "
        "hostunknown; the classifier reads notaccept on purpose (reasons.py: the domain exists but takes no mail, "
        "beside qmail's 'couldn't find any host named' for a missing domain). Both are hard, so no prospect is "
        "kept or lost by the difference; left to the lead rather than flipped by one review"),
    "verizon-no-valid-recipients-mm": (
        "Verizon's MMS gateway 'No valid recipients for this MM' (Sisimai reads userunknown) names no SMTP stage and "
        "no 5.1.x status: the team's call reads such English no-such-recipient words as filtered (soft) unless a "
        "stage or status says otherwise, and this review does not flip it"),
}


def test_review_notices25():
    wrong = unexplained(ROWS, JUDGEMENT)
    assert not wrong, wrong


@pytest.mark.parametrize("name", judgement_params(JUDGEMENT))
def test_judgement_calls(name):
    assert not judged_misses(ROWS, name)


def test_rows_cite_sources():
    assert not source_problems(ROWS, JUDGEMENT, 320)


def test_iua_codes_each_have_a_row():
    from classifier.remote import iua
    from tests.classifier.review_notices25 import IUA_REPLIES
    tested = {name.split("-")[0][3:] for name, *_ in IUA_REPLIES}
    assert tested <= set(iua.CODES) and len(tested) >= 7
