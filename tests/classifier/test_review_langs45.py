"""Review langs45's notices (tests/classifier/review_langs45.py, review_langs45_notices.py): remote refusals and whole
localised notices in the languages the sales users meet (de, fr, es, it, pt-BR, nl, pl, sv, ru, ja, zh-CN, zh-TW, ko,
tr, cs), each family (no such user, disabled or deleted mailbox, full mailbox, domain not found, relay denied, spam and
policy, too large) with controls said of our sender, our IP or a message. One table-driven test; the judgement calls
are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_langs45 import ROWS as REPLIES
from tests.classifier.review_langs45_notices import ROWS as NOTICES

ROWS = REPLIES + NOTICES

JUDGEMENT: dict[str, str] = {}

test_review_langs45, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 145)
