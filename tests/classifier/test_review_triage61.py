"""Triage 61's mend rows (tests/classifier/review_triage61.py), written and committed before each mend: the positives
fail without it (kept here as strict xfails until the mend), the controls read the same before and after."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_triage61 import ROWS

_OUR_BLOCK = ("the recipient's scope, expected the sender's (soft either way, the soft count lands on the lead): Zoho's "
              "'550 5.4.6 Unusual sending activity detected.' is OUR account's outgoing block (mend 2 to come)")
JUDGEMENT: dict[str, str] = {
    "tr61-zoho-two-outgoing-blocked": "filtered, " + _OUR_BLOCK + "; read under Zoho's 'Invalid Address' label",
    "tr61-exch-zoho-smarthost-outgoing-blocked": "networkerror (5.4.6), " + _OUR_BLOCK,
}

test_review_triage61, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 15)
