"""Audit 50's rows (tests/classifier/review_audit50.py: relayed replies; review_audit50_notices.py: whole notices): an
adversarial audit of audit 49's mends (sender_words' domain compounds, ndr_sentences' 'från' / 'ze které' / 'Tvou' /
'hesabınızın', deleted_nordic's 'Az Ön' and quotation marks, bare_deleted's possessives, retired_address's gone causes,
absent_things' hyphened stems and underscored labels, nested.passed_on's full names and public domains). One
table-driven test; judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_audit50 import ROWS as REPLIES
from tests.classifier.review_audit50_mends import ROWS as MENDS
from tests.classifier.review_audit50_notices import ROWS as NOTICES
from tests.classifier.review_check import review_tests

ROWS = REPLIES + NOTICES + MENDS
JUDGEMENT: dict[str, str] = {}

test_review_audit50, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 30)
