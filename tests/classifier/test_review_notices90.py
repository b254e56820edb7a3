"""The ninetieth review's notices (tests/classifier/review_notices90.py, review_notices90_lines.py): an
adversarial audit of reviews 88's and 89's rules. One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices90 import ROWS as _REPLIES
from tests.classifier.review_notices90_lines import ROWS as _LINES

ROWS = _REPLIES + _LINES

# Review 91 mended both judgement calls (generic_refusal.without_signature; lexicon._SENDER's "back to sender").
JUDGEMENT: dict[str, str] = {}

test_review_notices90, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 89)
