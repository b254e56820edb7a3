"""The twenty-second review's whole notices (tests/classifier/review_notices22.py: GoDaddy's
inbound refusals and their IB error tags, in our relay's report, Gmail's DSN and Exchange Online's
NDR; the same sentences untagged from another host; the recipient-side texts; controls for the
tag): recipients, reason, hard/soft, whose fault, and delay or not. One table-driven test over all
rows, failures collected (few pytest items); the judgement calls (JUDGEMENT) are strict xfails."""

from __future__ import annotations

import pytest

from tests.classifier.review_check import judged_misses, judgement_params, source_problems, unexplained
from tests.classifier.review_notices22 import CODES, ROWS

# row name -> why the expectation is a judgement call the classifier does not follow.
JUDGEMENT: dict[str, str] = {
    "greeting-554-532-no-stage-gmail": (
        "Gmail's DSN names no SMTP stage, so the classifier cannot tell a refused greeting from a 5.3.2 answer to "
        "RCPT (dragonfly's '521 5.3.2 <x>: Recipient address rejected' in the corpus is notaccept, hard), and a bare "
        "5.3.2 stays the taxonomy's notaccept, hard. The greeting rule (reasons.py) needs the stage: Postfix's "
        "'refused to talk to me' row passes. A false hard possible where a provider's own tag does not decide "
        "(GoDaddy, Cox, Spectrum: their tags do)"),
}


def test_review_notices22():
    wrong = unexplained(ROWS, JUDGEMENT)
    assert not wrong, wrong


@pytest.mark.parametrize("name", judgement_params(JUDGEMENT))
def test_judgement_calls(name):
    assert not judged_misses(ROWS, name)


def test_rows_cite_sources_and_cover_every_code():
    assert not source_problems(ROWS, JUDGEMENT, 60)
    from classifier.remote import godaddy
    assert {c[0][2:] for c in CODES} == set(godaddy.CODES)  # each published code has its rows
