"""The hundred-and-thirty-fourth review's notices (tests/classifier/review_notices134.py): an adversarial audit of
review 132's mend (sender_words.RETURNED_TO: the sender as where a message or notice went back), false hards and the
false softs it left. One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices134 import ROWS

_X_1_7 = (
    "NOT mended (judged, older than review 132): '553 5.1.7 Returned to sender: address does not exist' in our "
    "relay's copy reads userunknown, hard: review 91's look-behind sets 'returned to sender' aside and the bare "
    "'address does not exist' is read the recipient's whatever the status; RFC 3463 X.1.7 names the SENDER's "
    "address, but the status alone does not yet move the absence to the sender (sender_stage._SENDER_STATUS only "
    "re-reads sender words); the 5.1.8 rows beside it read ours")
JUDGEMENT: dict[str, str] = {
    # Review 154: the failed-return and verification-probe rows read ours since classifier/sender_verification.py
    # (a check of, or return to, our sender said failed or refused): ordinary rows now.
    "r134-status-c-5-1-7-returned-to-sender-address-does-not-exist": _X_1_7,
}

test_review_notices134, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 100)
