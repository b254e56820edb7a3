"""The eighth independent review's whole notices (tests/classifier/review_notices8.py): what looks
like a bounce without being one (list moderation notices, ticket systems' auto-responses,
success and relay reports, disposition notifications) and bounces that carry an auto-responder's
marks; each row against the expectation written from the product's own source or documentation
before the classifier ran (an empty expectation: not a bounce). One table-driven test over all
rows, failures collected (few pytest items). No judgement calls: every row reads as expected."""

from __future__ import annotations

from tests.classifier.review_check import unexplained
from tests.classifier.review_notices8 import ROWS


def test_review_notices8():
    wrong = unexplained(ROWS, {})
    assert not wrong, wrong


def test_rows_cite_sources():
    assert len({r[0] for r in ROWS}) == len(ROWS) >= 30
    assert all(r[1] for r in ROWS)
    assert sum(not r[-1] for r in ROWS) >= 20  # the review is mostly about what is NOT a bounce
