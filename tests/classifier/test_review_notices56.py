"""The fifty-sixth review's whole notices (tests/classifier/review_notices56.py and review_notices56_more.py): an
adversarial audit of review 49's rules; reason, whose fault and delay of each, written from the words and the
taxonomy before the classifier ran. One table-driven test over all rows, failures collected; the judgement
calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices56 import ROWS as NOTICES
from tests.classifier.review_notices56_more import ROWS as MORE

ROWS = NOTICES + MORE
_BLACKLISTED_4XX = (
    "'450 4.7.1 Sender address has been blacklisted' reads blocked where the words (rule_wordings.SENDER_BLOCKED) "
    "say rejected: the 4.7.1 status is the taxonomy's own code for blocked, and a delay notice's x.7.1 weighs "
    "the status. Both are our side, soft, scope sender: nothing touches the contact; left as read.")
_FROM_DOMAIN = (
    "Hand-made counter-example to review 49's 'domain in the message body' (now narrowed to a body domain said to be "
    "listed): the short form names no cause the tables know (no 'alignment', 'dmarc', 'spf'), so the 5.7.1 default "
    "securityerror is read rather than policyviolation/authfailure. Soft either way; a rule keyed to these made-up "
    "words would be keyed to a test row.")
JUDGEMENT: dict[str, str] = {
    "sender-blacklisted-4xx-pfd": _BLACKLISTED_4XX,
    "sender-blacklisted-4xx-exw": _BLACKLISTED_4XX,
    "from-domain-in-body-short-pf": _FROM_DOMAIN,
    "from-domain-in-body-short-gm": _FROM_DOMAIN,
}


test_review_notices56, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 100)
