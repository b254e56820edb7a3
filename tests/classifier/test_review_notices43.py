"""The forty-third review's whole notices (tests/classifier/review_notices43.py and its _more
part: Sisimai 5's MTA parsers, sisimai/go-sisimai lhost/via-*.go, as an outside opinion where
they differ from Sisimai 4.25's of review 25): recipients, reason, hard/soft, whose fault, and
delay or not. One table-driven test over all rows, failures collected; the judgement calls
(JUDGEMENT) are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import source_problems, unexplained
from tests.classifier.review_notices43 import ROWS

# row name -> why the expectation is a judgement call the classifier does not follow.
JUDGEMENT: dict[str, str] = {}


def test_review_notices43():
    wrong = unexplained(ROWS, JUDGEMENT)
    assert not wrong, wrong


def test_rows_cite_sources():
    assert not source_problems(ROWS, JUDGEMENT, 100)
