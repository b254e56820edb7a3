"""The twenty-sixth review's whole notices (tests/classifier/review_notices26.py: the older MTAs'
and groupware's notice shapes flufl.bounce's detectors recognise, each with its returned original
and, where the notice names the address whole, again without it; two failed recipients in one
notice; qmail-remote's and Exim's own reasons; simplewarning's delay notices): recipients, reason,
hard/soft, whose fault, and delay or not. One table-driven test over all rows, failures collected
(few pytest items); the judgement calls (JUDGEMENT) are strict xfails."""

from __future__ import annotations

import pytest

from tests.classifier.review_check import judged_misses, judgement_params, source_problems, unexplained
from tests.classifier.review_notices26 import BARE, ROWS, SIMPLEWARNING

# row name -> why the expectation is a judgement call the classifier does not follow.
JUDGEMENT: dict[str, str] = {
    "llnl-comma-address-no-original": (
        "LLNL's custom Sendmail notice is known here only from flufl.bounce llnl.py's pattern, an address fenced by "
        "commas (', a@b,') with no label, intro or reply code naming it. With the original returned the classifier "
        "reads it (its To names the address); alone, a comma-fenced address is too weak a sign to take as a failed "
        "recipient (a recap of the original's To or Cc is a comma-separated list too), so prose.py keeps no shape "
        "for it until a real notice shows the whole line"),
    "yale-two-names": (
        "Yale's notice lists each user name with its own words ('Mailbox unknown') and then one 'Error Detail' block "
        "('550 5.1.1 User unknown') for the list. Both names are found (named.py reads the column layout), but the "
        "detail block follows the last entry: prose.py lets a recipient with words of its own borrow no other "
        "recipient's reply, so the first reads its own words alone, which the team's call reads filtered (no stage, "
        "no 5.1.x). A false soft, the safe side; telling a shared detail block from the last entry's own reply "
        "needs a notice with two different details to learn from"),
}


def test_review_notices26():
    wrong = unexplained(ROWS, JUDGEMENT)
    assert not wrong, wrong


@pytest.mark.parametrize("name", judgement_params(JUDGEMENT))
def test_judgement_calls(name):
    assert not judged_misses(ROWS, name)


def test_rows_cite_sources_and_cover_the_shapes():
    assert not source_problems(ROWS, JUDGEMENT, 180)
    assert all(b"X-Hand-Made: yes" in r[2] for r in ROWS)  # every notice says it is hand-made
    assert len(BARE) >= 50 and all(r[-1][0][4] for r in SIMPLEWARNING)  # the warnings are delays
