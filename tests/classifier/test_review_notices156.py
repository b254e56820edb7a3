"""The hundred-and-fifty-sixth review's notices (tests/classifier/review_notices156.py): an adversarial audit of
review 154's sender-verification and opening-address mends (false softs first, then the false hards they left).
One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices156 import ROWS

# Review 159 mended the help line quoting 'sender verification failed' after the prospect's absence
# (classifier/help_mentions.py): r156-rcpt-lead-unknown-then-sender-verification-help-gmail / -exo now read as
# written, ordinary rows (their _HELP_LINE call removed).
JUDGEMENT: dict[str, str] = {}

test_review_notices156, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 60)
