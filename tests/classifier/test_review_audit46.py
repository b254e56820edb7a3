"""Audit 46's rows (tests/classifier/review_audit46.py: relayed replies; review_audit46_notices.py: whole notices): an
adversarial audit of the mends merged on 2026-12-07 (deleted_nordic, bare_deleted, retired_address, small servers'
phrases, parse's stub rule, Exim's generated text, Haraka's list, entry_index, Exim's broken command, mail.local's LMTP
reply, Domino's 'because:'). One table-driven test; judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_audit46 import ROWS as REPLIES
from tests.classifier.review_audit46_notices import ROWS as NOTICES
from tests.classifier.review_check import review_tests

ROWS = REPLIES + NOTICES
JUDGEMENT: dict[str, str] = {}

test_review_audit46, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 60)
