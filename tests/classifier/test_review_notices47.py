"""The forty-seventh review's whole notices (tests/classifier/review_notices47.py and
review_notices47_more.py: delivery agents' and mailbox stores' own replies, providers' disabled,
inactive and over-quota accounts, the agents' own bounces, with controls): recipients, hard/soft,
whose fault, delay. One table-driven test over all rows, failures collected; the judgement calls
are strict xfails."""

from __future__ import annotations

import pytest

from tests.classifier.review_check import judged_misses, judgement_params, source_problems, unexplained
from tests.classifier.review_notices47 import ROWS as TABLE, WORDINGS
from tests.classifier.review_notices47_more import ROWS as SINGLE

ROWS = TABLE + SINGLE
# row name -> why the expectation is a judgement call the classifier does not follow.
_YANDEX = (
    "Yandex's '550 5.7.1 Policy rejection on the target address' is a blocked account by Yandex's own help "
    "(suspend), and classifier/remote/yandex.py reads it so under a Yandex host; this layout names none (the plain "
    "notice's host and the Exim builder's Remote-MTA are mx.example.org), and without one the words alone read "
    "as a policy: test_server_wordings_more.py's row 'Yandex help: policy rejection on the target address' asks "
    "policyviolation of them. Soft either way; left to the lead")
JUDGEMENT: dict[str, str] = {
    "yandex-policy-rejection-plain": _YANDEX,
    "yandex-policy-rejection-exim": _YANDEX,
}


def test_review_notices47():
    wrong = unexplained(ROWS, JUDGEMENT)
    assert not wrong, wrong


@pytest.mark.parametrize("name", judgement_params(JUDGEMENT))
def test_judgement_calls(name):
    assert not judged_misses(ROWS, name)


def test_rows_cite_sources_and_cover_every_wording():
    assert not source_problems(ROWS, JUDGEMENT, 150)
    assert len(WORDINGS) == 51
