"""The hundred-and-sixty-fifth review's notices (tests/classifier/review_notices165.py and _more.py): older mail servers' and
groupware's own notices (Openwave/InterMail, Messaging Server, IMail, MailMarshal, GroupWise, Mercury/32). One
table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices165 import ROWS as FIRST
from tests.classifier.review_notices165_more import ROWS as SECOND

ROWS = FIRST + SECOND

_RELAY = ("relaying denied reads norelaying with the SENDER's scope (severity.py's sender-side reasons hold NORELAYING: "
          "a relay refusal is our sending route's problem, the project's rule); the expectation's recipient scope is "
          "debatable, the hard/soft reading (soft) agrees")
JUDGEMENT: dict[str, str] = {
    "r165-ow-rejected-relay-denied": _RELAY,
    "r165-mm-relay-denied": _RELAY,
    "r165-mc-relay-denied": _RELAY,
    "r165-ms-original-address": (
        "the rewritten 'Recipient address:' is reported (as a DSN's Final-Recipient would be) and the 'Original "
        "address:' line under it (the address we sent to) is not read, nor does Classification.origin map one to the "
        "other: the CRM lookup misses the prospect (a missed bounce, no false hard). Left for a later review"),
    "r165-mm-no-such-mailbox": (
        "'550 No such mailbox here' with no status and no stage (MailMarshal's 'Could not be delivered because of' "
        "names none) reads filtered by the project's rule (reasons._is_userunknown: no-user words at an unknown stage "
        "may be a content filter's, sisimai's rule); with a 5.1.1 the same notice reads hard (r165-mm-user-unknown)"),
    "r165-mm-c-delayed": (
        "the delay form from a non-daemon sender (MailMarshal@..., an address this review guessed) marked "
        "Auto-Submitted, whose 'Has not yet been delivered because of' is no failure text hints.py knows, reads as an "
        "auto-reply (no bounce, but a sign of life); the failure form and a daemon sender read right"),
    "r165-gw-c-sender-not-allowed": (
        "the entry's diagnostic loses 'Sender seller@example.com' (our address taken out of the line's words), and "
        "severity's _SENDER_NOT_ALLOWED is read only for securityerror: onhold with the recipient's scope (soft, no "
        "hard)"),
    "r165-mc-expired": (
        "'The delivery job expired after repeated failed attempts' is this review's own guess at Mercury's words (no "
        "documented text): it reads onhold (soft); no rule added for an undocumented wording"),
}

test_review_notices165, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 60)
