"""The hundred-and-seventy-eighth review's notices (tests/classifier/review_notices178.py): an adversarial audit of
reviews 175's and 176's mends (summary lines, refusals of nothing, the sender greeted or addressed; a reply's broken
sentence naming an address). One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices178 import ROWS

JUDGEMENT: dict[str, str] = {
    "r178-rr-address-you-tried-to-use": (
        "kim kept failed but soft (filtered), as on main and with reply_rests.reply_object off: a reply whose sentence "
        "runs around the address ('550 5.1.1 The address you tried to use' / kim / 'does not exist.') gives kim the line "
        "below as its diagnostic, not the 5.1.1 reply above; reading a sentence across its own address needs the entry "
        "reader to join both halves (not review 176's rule); hand-made and rare: no false hard, kim not lost"),
    "r178-rr-mailbox-you-tried-to-email": (
        "the same shape ('550 5.1.1 The mailbox you tried to e-mail' / kim / 'is unknown here.'): kim failed, onhold, "
        "soft, as on main; the 5.1.1 above is not read as kim's, left with the row above"),
}

test_review_notices178, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 77)
