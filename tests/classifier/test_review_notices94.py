"""The ninety-fourth review's notices (tests/classifier/review_notices94.py, review_notices94_notices.py): an
adversarial audit of the rules review 91 added, each attack beside a control. One table-driven test; the judgement
calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices94 import ROWS as _REPLIES
from tests.classifier.review_notices94_notices import ROWS as _NOTICES

ROWS = _REPLIES + _NOTICES

JUDGEMENT: dict[str, str] = {}  # review 99 reads the Bcc (c94-bcc-only)

test_review_notices94, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 80)
