"""The hundred-and-fifty-first review's notices (tests/classifier/review_notices151.py): the recipient's absence said in
a cause or relative clause (Japanese "...ため / ので", Korean "...때문에 / 없어서 / 이므로", Chinese "由于 / 因为 / 所以",
Romance "porque / parce que / car / perché", English "because / as / since"), with controls (our sender, conditions,
denied causes, 4.x delays, auto-replies). One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices151 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices151, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 200)
