"""Review recipients45's whole notices (tests/classifier/review_recipients45.py, review_recipients45_more.py): the
failed-recipient set read from whole notices in the layouts MTAs write from their own templates (several recipients
failed, delayed or delivered; alias expansions; diagnostics and returned originals naming other addresses). One
table-driven test; the judgement calls are strict xfails; then the mapping of alias targets back to the address we
sent to."""

from __future__ import annotations

from tests.classifier.review_check import review_tests, wrong_origins
from tests.classifier.review_recipients45 import ORIGINS as FIRST_ORIGINS, ROWS as FIRST
from tests.classifier.review_recipients45_more import ORIGINS as MORE_ORIGINS, ROWS as MORE

ROWS = FIRST + MORE
JUDGEMENT: dict[str, str] = {}

test_review_recipients45, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 58)


def test_failed_addresses_map_back_to_the_address_we_sent_to():
    assert not wrong_origins(ROWS, {**FIRST_ORIGINS, **MORE_ORIGINS})
