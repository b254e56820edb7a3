"""The fifty-ninth review's notices (tests/classifier/review_notices59.py, _more): a second adversarial
audit of classifier/ours.py (a reply naming only our address or domain). One table-driven test over
all rows, failures collected; the judgement calls as strict xfails, one each, with the why."""

from __future__ import annotations

import pytest

from tests.classifier.review_check import judged_misses, judgement_params, source_problems, unexplained
from tests.classifier.review_notices59 import ROWS

JUDGEMENT = {
    "pf-fr-boite-pleine-message-de": (
        "'message de <us>' is French for 'message from <us>', a role; ours.py reads the English phrase and "
        "lexicon's sender nouns only (no table of 'message from' in other languages): a full mailbox read as our "
        "sender refused. Soft either way; only the scope (a sender alert) is wrong."),
    "pf-account-closed-mail-from-our-domain": (
        "'mail from <our domain>' stays a refusal of us (review 58's merge: RFC 7505's 'Mail from <domain> not "
        "accepted'), so a closed account that names our domain after it reads as our sender refused. Soft "
        "either way; only the scope is wrong."),
}


def test_review_notices59():
    wrong = unexplained(ROWS, JUDGEMENT)
    assert not wrong, wrong


@pytest.mark.parametrize("name", judgement_params(JUDGEMENT))
def test_judgement_calls(name):
    assert not judged_misses(ROWS, name)


def test_rows_cite_sources():
    assert not source_problems(ROWS, JUDGEMENT, 35)
