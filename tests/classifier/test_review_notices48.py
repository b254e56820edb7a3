"""The forty-eighth review's whole notices (tests/classifier/review_notices48.py: mail security gateways and
filters the earlier reviews did not read, their replies quoted in our relay's, Exim's, Sendmail's, Gmail's
and Exchange Online's notices, and the notices MailScanner and Microsoft 365 write themselves): recipients,
hard/soft, whose fault, delay. One table-driven test over all rows, failures collected; the judgement calls
are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices48 import ROWS

_VERIFY = (
    "Written hard from Baruwa's page ('The recipient email address could not be verified': check the address), read "
    "soft (onhold). A gateway's recipient verification also fails for reasons that are not the address: FortiMail's "
    "own KB 229320 shows its probe refused for the probe's MAIL FROM domain ('Recipient Verification - Reject'), and "
    "the words name no missing mailbox; reading 'recipient verification failed' hard without a 5.1.x would make "
    "false hards of such probes, so the soft reading stays.")
_NO_STAGE = (
    "Written hard from the words (the gateway says the address does not exist), read filtered, soft: with no SMTP "
    "stage and no 5.1.x status (Gmail's and Exchange Online's layouts keep neither) the team's call from review 29 "
    "(ml-user-unknown-no-stage) reads a bare English 'no such user' as a possible after-DATA filter, soft. The same "
    "reply at RCPT in our relay's and Exim's bounces reads hard (those rows pass).")
JUDGEMENT: dict[str, str] = {
    "baruwa-recipient-verification-failed-exim": _VERIFY,
    "baruwa-recipient-verification-failed-pf": _VERIFY,
    "baruwa-recipient-verification-failed-gm": _VERIFY,
    "baruwa-recipient-verification-failed-exo": _VERIFY,
    "baruwa-address-does-not-exist-gm": _NO_STAGE,
    "baruwa-address-does-not-exist-exo": _NO_STAGE,
    "vipre-invalid-mailbox-call-fwd-gm": _NO_STAGE,
}


test_review_notices48, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 120)
