"""The twenty-ninth review's whole notices (tests/classifier/review_notices29.py: the email security
gateways' own rejection replies and notices, Cisco, Barracuda, Trend Micro, Proofpoint, Symantec
Email Security.cloud, Sophos, VIPRE, Mailprotector, Rspamd-based filters, each in our relay's
report, Gmail's DSN, Exchange Online's NDR or Email Security.cloud's notice): recipients, reason,
hard/soft, whose fault, and delay or not. One table-driven test over all rows, failures collected
(few pytest items); the judgement calls (JUDGEMENT) are strict xfails."""

from __future__ import annotations

import pytest

from tests.classifier.review_check import judged_misses, judgement_params, source_problems, unexplained
from tests.classifier.review_notices29 import ROWS

# row name -> why the expectation is a judgement call the classifier does not follow.
JUDGEMENT: dict[str, str] = {
    "ml-denied-mode-normal": (
        "Broadcom KB 162445 lists '554 Denied (Mode: normal)' among recipient servers' refusals without saying "
        "whose filter writes it or what it denied; the expectation took it for the blocklist / spam / policy "
        "family, the classifier reads onhold (soft, nothing known). No page names its cause, so no wording was "
        "added for it: a guess at 'denied' would move replies whose words say more"),
    "symantec-zodiac-500": (
        "'500 5.7.1 Symantec Zodiac' names a product, not a cause: the zone-mta maintainers filed it as a blocklist "
        "response because the sending IP was then listed at Symantec's IP removal page, which the reply itself does "
        "not say. The classifier reads the bare 5.7.1 as a security refusal (soft, recipient side); a rule keyed to "
        "the product name would rest on one operator's observation"),
}


def test_review_notices29():
    wrong = unexplained(ROWS, JUDGEMENT)
    assert not wrong, wrong


@pytest.mark.parametrize("name", judgement_params(JUDGEMENT))
def test_judgement_calls(name):
    assert not judged_misses(ROWS, name)


def test_rows_cite_sources():
    assert not source_problems(ROWS, JUDGEMENT, 111)


def test_no_row_expects_a_hard_bounce_but_for_a_missing_recipient():
    """A gateway's refusal of our IP, sender or content never unenrols: the only hard rows are the
    ones whose words say the recipient does not exist."""
    hard = {r[0] for r in ROWS for e in r[-1] if e[1]}
    assert hard == {"ml-recipient-no-such-user", "hornet-550-5.1.1", "barracuda-cuda-nsu-user-unknown",
                    "barracuda-cuda-nsu-user-unknown-gmail", "barracuda-cuda-nsu-user-unknown-exo",
                    "ml-user-unknown-5.1.1", "halon-recipient-rejected-5.1.1"}
