"""The ninth independent review's whole notices (tests/classifier/review_notices9.py: regional
mailbox providers' and hosts' own help pages in Italy, Japan, Switzerland, Germany, Poland,
Czechia and a Spanish-language list): recipients, reason, hard/soft, whose fault, and delay or
not, each row against the expectation written from the provider's words before the classifier
ran. One table-driven test over all rows, failures collected (few pytest items); the judgement
calls (JUDGEMENT) are strict xfails, one item each, so a change of reading shows up either way."""

from __future__ import annotations

import pytest

from tests.classifier.review_check import judged_misses, judgement_params, source_problems, unexplained
from tests.classifier.review_notices9 import ROWS

# row name -> why the expectation is a judgement call the classifier does not follow.
JUDGEMENT: dict[str, str] = {
    "arubabusiness-policy-violation-rate": (
        "Aruba Business explains its 'X.X.X <id> policy violation' as a temporary limit on how many messages a "
        "customer sends (speeding); the reply's own words say only 'policy violation', which the classifier reads, "
        "from the MAIL FROM stage, as a refusal of the envelope sender (rejected). Both are the sender's side, soft "
        "and a delay: the planner does the same; no marker in the reply (its id is a random token) tells Aruba's "
        "rate limit from any other server's policy refusal"),
    "onesystems-qq-trouble-home-directory": (
        "one systems glosses '451 qq trouble in home directory' as the recipient's quota; the words name trouble "
        "in a server's home directory, not a full mailbox. The "
        "classifier reads the bare 4xx delay by its default (expired, soft, a delay): the planner retries either "
        "way. One host's gloss of a generic qmail text is not enough to read every such delay as a full mailbox"),
}


def test_review_notices9():
    wrong = unexplained(ROWS, JUDGEMENT)
    assert not wrong, wrong


@pytest.mark.parametrize("name", judgement_params(JUDGEMENT))
def test_judgement_calls(name):
    assert not judged_misses(ROWS, name)


def test_rows_cite_sources():
    assert not source_problems(ROWS, JUDGEMENT, 40)
