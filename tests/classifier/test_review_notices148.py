"""The hundred-and-forty-eighth review's notices (tests/classifier/review_notices148.py): disabled, reserved or moved
mailboxes and quota wordings the earlier reviews did not hold (Dovecot's quota-status defaults, Cyrus lmtpd's states,
Dovecot's 2.4 rejection reasons, the BSD "Disc quota exceeded", older table wordings), with our own account's sending
quota and suspension, a message too big and 4xx delays as controls. One table-driven test; the judgement calls are
strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices148 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices148, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 57)
