"""Audit 51's rows (tests/classifier/review_audit51.py: relayed replies; review_audit51_notices.py: whole notices): an
adversarial audit of audit 50's mends (retired_address's gone causes of other things, ndr_sentences' Czech / Turkish
look-behinds, deleted_nordic's quotation marks and Hungarian 'e-mail fiók', bare_deleted's any possessive,
nested._named_in's titled names and public domains, absent_things' other DNS things). One table-driven test;
judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_audit51 import ROWS as REPLIES
from tests.classifier.review_audit51_mends import ROWS as MENDS
from tests.classifier.review_audit51_notices import ROWS as NOTICES
from tests.classifier.review_check import review_tests

ROWS = REPLIES + NOTICES + MENDS
JUDGEMENT: dict[str, str] = {}

test_review_audit51, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 60)
