"""The hundred-and-forty-eighth review's notices (tests/classifier/review_notices148.py): disabled, reserved or moved
mailboxes and quota wordings the earlier reviews did not hold (Dovecot's quota-status defaults, Cyrus lmtpd's states,
Dovecot's 2.4 rejection reasons, the BSD "Disc quota exceeded", older table wordings), with our own account's sending
quota and suspension, a message too big and 4xx delays as controls. One table-driven test; the judgement calls are
strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices148 import ROWS

JUDGEMENT: dict[str, str] = {
    "r148-qs-c-background-calc": (
        "NOT mended (judged): Dovecot quota-status's DEFER_IF_PERMIT 'Blocked by an ongoing background quota "
        "calculation', as Postfix writes it ('450 4.7.1 <lead>: Recipient address rejected: ...'), reads blocked with "
        "the sender's scope (4.7.1 and 'blocked' say our host to every table). It is the recipient store counting its "
        "quota, for now: a delay, no contact is touched, and a remote MX's reply never pauses our mailbox (DESIGN "
        "'Trust'); a rule for one rare 2.4 wording under a status that means our host would cost more than it saves"),
}

test_review_notices148, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 75)
