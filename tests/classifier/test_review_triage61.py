"""Triage 61's mend rows (tests/classifier/review_triage61.py), written and committed before each mend: the positives
fail without it (kept here as strict xfails until the mend), the controls read the same before and after."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_triage61 import ROWS

_LOST_DIAGNOSTIC = ("read from Gmail's lead sentence, not the remote's reply the text part quotes under 'The response "
                    "(from the remote server) was:': the report's Diagnostic-Code was cut off (mend 1 to come)")
JUDGEMENT: dict[str, str] = {
    "tr61-gmail-cut-pf-unknown-no-action": "filtered, soft; expected userunknown, hard: " + _LOST_DIAGNOSTIC,
    "tr61-gmail-cut-exo-unknown-mid-status": "filtered, soft; expected userunknown, hard: " + _LOST_DIAGNOSTIC,
    "tr61-gmail-cut-quota-after-action": "onhold; expected mailboxfull (soft either way): " + _LOST_DIAGNOSTIC,
    "tr61-gmail-cut-dns-after-action": "filtered, soft; expected hostunknown, hard: " + _LOST_DIAGNOSTIC,
}

test_review_triage61, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 7)
