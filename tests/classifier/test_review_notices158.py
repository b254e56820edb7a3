"""The hundred-and-fifty-eighth review's notices (tests/classifier/review_notices158.py): an adversarial audit of
review 152's sentence-tail rule and review 155's allowed-senders / RFC 2822 / child-process wordings. One
table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices158 import ROWS

# (r158-de-delivered-an-then-failed-an, judged here, was mended by review 161: formats/success_sentences.py.)
_EMAIL_VERB = (
    "NOT mended (judged): 'Questions? Email' / 'helpdesk@... or call extension' under a folded intro reads our "
    "helpdesk failed (onhold): 'email' ends lines that are no sentence's middle ('Undeliverable email', 'your "
    "email'), so it stays out of _MID_CLAUSE, where 'contact' and the other languages' contact verbs went in")
_OUR_NAME = (
    "NOT mended (judged): 'Your domain example.com / Your account is not in the allowed senders list of this "
    "server/relay' names OUR sender, but an allowed-senders list is still the receiver's choice of whom it takes "
    "(review 155's 5.7.124, filtered, recipient); rejected (our envelope sender refused, sender scope) is as fair a "
    "reading. Soft either way; only the IP / client host so named is mended (blocked, rule_wordings)")
JUDGEMENT: dict[str, str] = {
    "r158-wrap-en-email": _EMAIL_VERB,
    **{f"r158-b-{n}-not-in-allowed{lay}": _OUR_NAME for n in ("domain", "account") for lay in ("", "-gmail", "-exo")},
}

test_review_notices158, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 30)
