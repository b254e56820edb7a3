"""The hundred-and-fiftieth review's notices (tests/classifier/review_notices150.py): an adversarial audit of review
146's mends in classifier/verb_final.py (the supposition, denial and forward guards now over all of lexicon's matches,
the main-clause rule for a deleted or invalid address, the Turkish sender forms) — false softs (real German / Dutch NDR
texts with hedge words beside a real absence) and false hards (suppositions the guard misses, the main-clause rule
said of another address, a message or a mailbox restored). One table-driven test; the judgement calls are strict
xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices150 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices150, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 200)
