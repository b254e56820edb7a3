"""The hundred-and-fortieth review's notices (tests/classifier/review_notices140.py): an adversarial audit of review
137's mends (departures._sender_side, lexicon_more._SENDER_BOX_OFF / box_theirs, mailbox_states 休眠 / 중지 and the
Russian 'не') and review 134's (sender_words.RETURNED_TO's guards). One table-driven test; the judgement calls are
strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices140 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices140, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 80)
