"""The hundred-and-forty-fifth review's notices (tests/classifier/review_notices145.py): an adversarial audit of
review 142's mends (sender_words.READER_ACCOUNT, reader_account_aside, OPENING_YOURS' account nouns, lexicon._ABSENT's
'has no mailbox', rule_wordings BADREPUTATION) and review 140's (departures._OWNER_BEFORE, severity's 'for all
recipients' and CJK recipient nouns, lexicon_more._SENDER_BOX_OFF's Russian). One table-driven test; the judgement
calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices145 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices145, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 100)
