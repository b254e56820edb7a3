"""The hundred-and-forty-second review's notices (tests/classifier/review_notices142.py): an adversarial audit of
review 138's mends (OUR account said missing; a refusal due to the sender IP's reputation) and review 136's (qpsmtpd's
'no mailbox by that name', Postal's 'message too large (maximum size', Mailu's 'anti-spoofing: auth-failed'). One
table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices142 import ROWS

_NO_STAGE = (
    "NOT mended (judged, as reviews 133, 136 and 137's _NO_STAGE): 'no mailbox by that name' (the s/qmail-style "
    "qmail-smtpd's '550 sorry, no mailbox by that name (#5.7.1)', '<lead> has no mailbox by that name') under the "
    "bare 5.0.0 / a 5.7.1 of the Gmail and Exchange Online quoted layouts, which name no SMTP command, reads "
    "filtered: a refusal whose stage the bounce does not name falls to filtered (sisimai's rule; '550 user unknown'"
    " reads the same there). Our relay's copy, which names RCPT, reads hard")
_LOGIN = (
    "NOT mended (judged): 'Unknown account: your login does not exist' reads the recipient's absence: 'Unknown "
    "account' first is read as the recipient said missing, and review 53's exemption (a 'your account' help line "
    "AFTER the recipient said missing: 'User unknown; if your account is locked') then sets the reader's words "
    "aside. The two have the same shape; keeping the help lines hard (a false soft costs more) wins over this "
    "invented heading")
_SPAM_DENIAL = (
    "NOT mended (judged): '554 5.7.1 Rejected as spam, not for 'no mailbox by that name'' reads filtered, not "
    "spamdetected: the denial 'not for' is not one review 136's denial guard reads ('this is not'), so the phrase's"
    " userunknown at DATA falls to filtered; soft either way (a reason only), the wording invented for the attack")
_TWO_CAUSES = (
    "NOT mended (judged, older than review 136): a reply giving two causes, the recipient unknown AND a size or "
    "authentication cause ('user unknown (and message too large (maximum size 14MB))', 'user unknown "
    "(anti-spoofing: auth-failed checks not run)'), reads the other cause, soft: the house lets a content or "
    "authentication cause beside 'user unknown' win ('user unknown (and message size exceeds the limit)' reads "
    "mesgtoobig, 'user unknown (SPF check failed)' authfailure, before either mend); no server source writes both, "
    "and the denial 'checks not run' is invented")


def _each(name: str) -> list[str]:
    return [name, f"{name}-gmail", f"{name}-exo"]


JUDGEMENT: dict[str, str] = {
    **{n: _NO_STAGE for n in ("r142-qmb-sqmail-err-recipient-571-gmail", "r142-qmb-sqmail-err-recipient-571-exo",
                              "r142-qmb-sqmail-err-recipient-bare-gmail", "r142-qmb-sqmail-err-recipient-bare-exo",
                              "r142-mend-c-lead-has-no-mailbox-by-that-name-gmail",
                              "r142-mend-c-lead-has-no-mailbox-by-that-name-exo")},
    **{n: _LOGIN for n in _each("r142-ours-unknown-account-your-login")},
    **{n: _SPAM_DENIAL for n in _each("r142-qmb-spam-not-no-mailbox")},
    **{n: _TWO_CAUSES for n in _each("r142-big-big-beside-unknown") + _each("r142-spoof-spoof-beside-unknown")},
}

test_review_notices142, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 190)
