"""The eleventh independent review's whole notices (tests/classifier/review_notices11.py: mail
security gateways and filters the earlier reviews did not cover: MailChannels, Vade, Proxmox
Mail Gateway, milter-greylist, Barricade MX, ASSP, Baruwa, 3strikes, Sophos Central Email,
Spamhaus DQS, SpamExperts): recipients,
reason, hard/soft, whose fault, and delay or not, each row against the expectation written from
the vendor's words before the classifier ran. One table-driven test over all rows, failures
collected (few pytest items); the judgement calls (JUDGEMENT) are strict xfails, one item each,
so a change of reading shows up either way."""

from __future__ import annotations

import pytest

from tests.classifier.review_check import judged_misses, judgement_params, source_problems, unexplained
from tests.classifier.review_notices11 import ROWS

# row name -> why the expectation is a judgement call the classifier does not follow.
JUDGEMENT: dict[str, str] = {
    "assp-service-denied": (
        "ASSP's '554 5.7.2 Service denied, closing transmission channel' names no cause: only a host's KB (a weak "
        "source) says it is the sending IP's block. 5.7.2 is RFC 3463's 'mailing list expansion prohibited' and "
        "'service denied' is said by servers for many causes; it is read as a security refusal, soft (never a "
        "dead address), only whose fault differs, and one host's gloss is not enough to make every such refusal ours"),
}


def test_review_notices11():
    wrong = unexplained(ROWS, JUDGEMENT)
    assert not wrong, wrong


@pytest.mark.parametrize("name", judgement_params(JUDGEMENT))
def test_judgement_calls(name):
    assert not judged_misses(ROWS, name)


def test_rows_cite_sources():
    assert not source_problems(ROWS, JUDGEMENT, 50)
