"""The ninetieth review's notices (tests/classifier/review_notices90.py, review_notices90_lines.py): an
adversarial audit of reviews 88's and 89's rules. One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices90 import ROWS as _REPLIES
from tests.classifier.review_notices90_lines import ROWS as _LINES

ROWS = _REPLIES + _LINES

_SPAMHAUS = ("'Recipient rejected. This server is protected by Spamhaus': read blocked with the sender's scope (a "
             "false soft, already so before review 88: the blocklist's name alone reads as our IP listed, a path "
             "outside generic_refusal); a blocklist named without 'listed'/'blocked' is left to a review of "
             "blocklist wordings")
_BACK = ("The failed one's own tag '(bounced back to sender)' above 'Reason: 550 5.1.1 User unknown': read rejected "
         "with the sender's scope (a false soft, so before review 89 too): the tag's 'sender' is taken for the "
         "refused party; left to a review of labelled-line diagnostics")
JUDGEMENT: dict[str, str] = {
    **{f"r90-footer-recipient-rejected-protected-by-spamhaus{lay}": _SPAMHAUS for lay in ("", "-gmail", "-exo")},
    "l90-c-kim-bounced-back": _BACK,
}

test_review_notices90, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 89)
