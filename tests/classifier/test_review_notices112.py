"""The hundred-and-twelfth review's notices (tests/classifier/review_notices112.py): an adversarial audit of review
109's mends (said_address's wordings and securityerror extension; 'marked as invalid' exclusions; the recipient
named in a syntax error at MAIL FROM). One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices112 import ROWS

# r112-next-originator-unknown-user: the lead's call in review 117 (ours, soft) now stands in its row.
# r112-policy-access-denied-sender-not-allowed mended in review 117 (severity._SENDER_NOT_ALLOWED: the sender's scope).
JUDGEMENT: dict[str, str] = {}

test_review_notices112, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 80)
