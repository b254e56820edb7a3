"""The fifty-eighth review's notices (tests/classifier/review_notices58.py, _more): an adversarial
audit of classifier/ours.py (a reply naming only our address or domain). One table-driven test
over all rows, failures collected; the judgement calls as strict xfails."""

from __future__ import annotations

import pytest

from tests.classifier.review_check import judged_misses, judgement_params, source_problems, unexplained
from tests.classifier.review_notices58 import ROWS

JUDGEMENT: dict[str, str] = {}


def test_review_notices58():
    wrong = unexplained(ROWS, JUDGEMENT)
    assert not wrong, wrong


@pytest.mark.parametrize("name", judgement_params(JUDGEMENT))
def test_judgement_calls(name):
    assert not judged_misses(ROWS, name)


def test_rows_cite_sources():
    assert not source_problems(ROWS, JUDGEMENT, 45)
