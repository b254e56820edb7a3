"""Review damaged60's notices (tests/classifier/review_damaged60.py, review_damaged60_more.py): a measurement of the
classifier on real bounces damaged on the way (broken MIME boundaries, a report cut mid-field, groups run together,
a gateway's re-encodings, message/partial fragments, returned messages cut or headers only, bare CR and mixed line
ends, charsets declared wrongly, flattened notices and a person's forwards, odd folding, NUL bytes, overlong lines,
and damaged controls). One table-driven test, one check that the reading names the returned original's Message-ID
where the damage left it (the trust rules look it up in our sent mail); misreadings are strict xfails whose reasons
state the miss.

First run: (to be recorded after the expectations' commit)."""

from __future__ import annotations

from classifier import classify
from tests.classifier.review_check import review_tests
from tests.classifier.review_damaged60 import ROWS_MIME
from tests.classifier.review_damaged60_more import ORIGINALS, ROWS_MORE

ROWS = ROWS_MIME + ROWS_MORE

JUDGEMENT: dict[str, str] = {}

test_review_damaged60, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 60)


def test_originals_named():
    """A damaged or forwarded report still names the original it returns, not the forward's own Message-ID."""
    raw = {r[0]: r[-2] for r in ROWS}
    wrong = {n: classify(raw[n]).original.message_id for n, mid in ORIGINALS.items()
             if classify(raw[n]).original.message_id != mid}
    assert not wrong, wrong
