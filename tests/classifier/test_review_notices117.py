"""The hundred-and-seventeenth review's notices (tests/classifier/review_notices117.py): the team's calls on reviews
107-115's strict xfails that were false hards or false softs, each with controls on the other side. One table-driven
test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices117 import ROWS

_INVALID = (
    "NOT mended (a false hard on a hand-made variant): '553 5.1.7 Sender address <ours> invalid Recipient: <lead>'. "
    "The 5.1.7/5.1.8 rule (sender_stage) reads the recipient's noun as the next field, but 'invalid' is no absence "
    "word of lexicon's sender check, so the sender is not read as refused, and the userunknown phrase 'invalid "
    "recipient' is read across the two fields. Adding 'invalid' to the sender's absence words reaches every "
    "'sender ... invalid recipient' reply; left to the lead")
_STATUS_NO_STAGE = (
    "NOT mended (a false soft older than review 117, on a contradictory reply): a 5.1.8 status (bad SENDER's system "
    "address) over words that say the prospect's own address is unknown. Our relay's copy (RCPT named) reads the "
    "words, hard; Gmail's and Exchange Online's copies name no stage, and with no stage the 5.1.8 status speaks "
    "(rejected, ours), as before this review. Real servers write 5.1.1 for these words (Postfix's local recipient "
    "table); letting words outrank a sender status with no stage named is a broader change to reasons.reason_for")
_CONTACTS_ONLY = (
    "NOT mended (a wrong scope older than review 117, not a false hard): '550 5.7.1 Sender not allowed: the mailbox "
    "<lead> accepts mail from its contacts only' is the recipient's own choice of senders, but the reply OPENS with "
    "the sender's noun, which severity._OUR_SIDE_REFUSED reads as our side (review 80), and _BY_RECIPIENT knows the "
    "recipient's noun and 'the user's list', not a mailbox that takes its contacts only; soft either way")
JUDGEMENT: dict[str, str] = {
    **{f"r117-policy2ctl-c-mailbox-accepts-contacts-only{s}": _CONTACTS_ONLY for s in ("", "-gmail", "-exo")},
    **{f"r117-status2ctl-c-518-sender-verified-recipient-lead-unknown-{s}": _STATUS_NO_STAGE for s in ("gmail", "exo")},
    "r117-status-517-invalid-label": _INVALID,
    **{f"r117-statusctl-c-518-{n}-{s}": _STATUS_NO_STAGE for n in ("lead-address-unknown",
                                                                  "sender-ok-recipient-lead-unknown")
       for s in ("gmail", "exo")},
}

test_review_notices117, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 100)
