"""Triage 61's mend rows (tests/classifier/review_triage61.py), written and committed before each mend: the positives
fail without it (kept here as strict xfails until the mend), the controls read the same before and after."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_triage61 import ROWS

_LOST_ACTION = ("read as a final soft failure, not a delay: the report's Action field was cut off and the notice's own "
                "words ('THIS IS A WARNING ONLY', 'Gmail will retry') are not read for it (mend 3 to come)")
JUDGEMENT: dict[str, str] = {
    "tr61-pf-delay-greylist-cut-before-action": _LOST_ACTION,
    "tr61-gmail-delay-cut-before-action": _LOST_ACTION,
}

test_review_triage61, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 18)
