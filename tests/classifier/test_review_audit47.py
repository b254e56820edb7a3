"""Audit 47's rows (tests/classifier/review_audit47.py: relayed replies; review_audit47_notices.py: whole notices): an
adversarial audit of the mends merged on 2026-12-07 (langs45, audit46, nonbounce46: absent_things.OfNoThing,
ndr_sentences, Dutch 'dit', route_words, mailbox_states, retired_address, deleted_nordic, bare_deleted, smtp_command's
bare MAIL, nested.passed_on, entry_notes). One table-driven test; judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_audit47 import ROWS as REPLIES
from tests.classifier.review_audit47_mends import ROWS as MENDS
from tests.classifier.review_audit47_notices import ROWS as NOTICES
from tests.classifier.review_check import review_tests

ROWS = REPLIES + NOTICES + MENDS
JUDGEMENT: dict[str, str] = {}

test_review_audit47, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 60)
