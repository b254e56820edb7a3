"""The hundred-and-fifteenth review's notices (tests/classifier/review_notices115.py): an adversarial audit of review
113's sender_words.NEXT_NOUNS (a recipient noun after the sender's absence word). One table-driven test; the judgement
calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices115 import ROWS

_LABEL_AFTER = (
    "NOT mended (a false hard in our relay's copy only; Gmail's and Exchange Online's copies read ours): 'Sender "
    "address <ours> unknown Recipient: <lead>' with no stop before the label is, lowercased, the same words as "
    "'Return-path address <ours>: unknown recipient: <lead>' (the recipient unknown, r115-ctl-c-return-path-unknown-"
    "recipient-colon-lead, hard under 5.1.1). Only the 5.1.8 status (bad sender's system address) tells them apart, "
    "and NEXT_NOUNS does not see the status; left to the lead (a 5.1.7/5.1.8 status outranking a recipient noun)")
JUDGEMENT: dict[str, str] = {"r115-sender-label-after": _LABEL_AFTER}

test_review_notices115, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 40)
