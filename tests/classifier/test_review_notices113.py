"""The hundred-and-thirteenth review's notices (tests/classifier/review_notices113.py): an adversarial audit of review
112's mends (lexicon._SENDER's recipient look-ahead; said_address's recipient nouns and fresh _MISSING words;
severity._NAMES_RECIPIENT's help text). One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices113 import ROWS

_BAD_RECIPIENT_SYNTAX = (
    "NOT mended (a wrong scope, not a false hard; older than review 112: it read the same before this review's "
    "mends): our relay's copy of '501 5.1.3 Bad recipient address syntax' filed under MAIL FROM reads scope sender "
    "(Gmail's and Exchange Online's copies read recipient); severity.scope_of's recipient-named rule (review 109) "
    "is asked for 5.5.x syntax replies, and a 5.1.3 at MAIL FROM takes another path. Left to the lead")
JUDGEMENT: dict[str, str] = {"r113-stagectl-c-bad-recipient-syntax": _BAD_RECIPIENT_SYNTAX}

test_review_notices113, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 50)
