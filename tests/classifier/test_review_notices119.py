"""The hundred-and-nineteenth review's notices (tests/classifier/review_notices119.py): the least-cited ISPs' and hosts'
own postmaster pages (Titan, Cox, AT&T, Orange, La Poste, SFR, BigPond, register.it, Shaw, Bluehost, Postmark, OVH).
One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices119 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices119, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 120)
