"""The third independent review's whole notices (tests/classifier/review_notices3.py and
review_notices3_more.py: older and less common MTAs and groupware): recipients, reason,
hard/soft as the product reads it, whose fault, and delay or not, each row against the
expectation written from its server's words before the classifier ran. One table-driven test
over all rows, failures collected (few pytest items); the judgement calls (JUDGEMENT) are
strict xfails, one item each, so a change of reading shows up either way."""

from __future__ import annotations

import pytest

from classifier import mta_wordings
from classifier.phrases import PATTERNS, PHRASES
from tests.classifier.review_check import judged_misses, judgement_params, unexplained
from tests.classifier.review_notices3 import ROWS as LAYOUT_ROWS
from tests.classifier.review_notices3_more import ROWS as MORE_ROWS

ROWS = LAYOUT_ROWS + MORE_ROWS

# row name -> why the expectation is a judgement call the classifier does not follow.
JUDGEMENT: dict[str, str] = {
    "zmailer-unresolvable-address": (
        "ZMailer's 'unresolvable' form names no address and no cause beyond 'could not be recognized as addresses "
        "that are understood by, or reachable from, this system': the classifier finds the recipient in the returned "
        "message but reads no reason (onhold, soft). Whether that is a missing user or domain (hard) the form does "
        "not say; guessing hard from a generic form risks failing good addresses"),
    "zmailer-loop-exceeded": (
        "ZMailer's loop form ('exceed the sensible limit on the number of \"Received:\" headers') names no address "
        "and reads onhold; the classifier files loops under networkerror ('mail loop', 'too many hops'), the "
        "taxonomy under systemerror: which one this form's wording should join is the taxonomy's call, not this review's"),
}


def test_review_notices3():
    wrong = unexplained(ROWS, JUDGEMENT)
    assert not wrong, wrong


@pytest.mark.parametrize("name", judgement_params(JUDGEMENT))
def test_judgement_calls(name):
    assert not judged_misses(ROWS, name)


def test_rows_cite_sources():
    assert len({r[0] for r in ROWS}) == len(ROWS) >= 55
    assert set(JUDGEMENT) <= {r[0] for r in ROWS}


def test_new_wordings_are_merged():
    # classifier.phrases takes every wording and pattern of mta_wordings (none dropped by its merge).
    assert all(set(words) <= set(PHRASES[reason]) for reason, words in mta_wordings.PHRASES.items())
    assert all(set(found) <= set(PATTERNS[reason]) for reason, found in mta_wordings.PATTERNS.items())
    assert all(r[1] for r in ROWS)
