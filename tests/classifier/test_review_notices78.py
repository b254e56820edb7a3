"""The seventy-eighth review's notices (tests/classifier/review_notices78.py): an adversarial audit of review 74's
mends (the given-up 4.7.1 leaver rule, the "a@b:" line after "to"/"for", recall reports, Exim's broken stage,
"was rejected"). One table-driven test; the judgement calls are strict xfails, one each."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices78 import ROWS

# Review 78 mended its two calls (Exim's two-address delay warning: formats/intros reads its list intro).
JUDGEMENT: dict[str, str] = {}


test_review_notices78, _, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 40)
