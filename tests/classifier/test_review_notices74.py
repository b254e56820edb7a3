"""The seventy-fourth review's notices (tests/classifier/review_notices74.py): misreadings earlier reviews left
(a leaver's words under Postfix's 4.7.1 recipient check given up, a sentence broken before its address, Mimecast's
"was rejected", Outlook's recall reports), mended, with controls. One table-driven test; the judgement calls are
strict xfails, one each."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices74 import ROWS

JUDGEMENT: dict[str, str] = {}


test_review_notices74, _, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 20)
