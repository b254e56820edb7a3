"""The seventy-seventh review's notices (tests/classifier/review_notices77.py): an adversarial audit of
review 76's hard wordings, the same words in other senses (our sender, a host, a server's storage, a
4xx, a non-bounce, the returned original) and their true readings in other layouts. One table-driven
test; the judgement calls are strict xfails, one each."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices77 import ROWS

_NO_STAGE = ("standing call (review 76's note): a notice naming no stage (Gmail's DSN, Exim's own) with no 5.1.x "
             "status reads an English no-such-user as a possible filter: a false soft, not a false hard")
# Review 80 mended the six r77-rcpt-* scope calls (our sender refused at RCPT under Postfix smtpd_delay_reject:
# classifier/severity.py _OUR_SIDE_REFUSED).
JUDGEMENT: dict[str, str] = {
    "true-exim-not-known": _NO_STAGE,
    "true-gmail-registered": _NO_STAGE,
}

test_review_notices77, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 40)
