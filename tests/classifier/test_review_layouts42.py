"""Review layouts42's whole notices (tests/classifier/review_layouts42.py, review_layouts42_more.py): RFC 6533 global
reports, charset labels Python's codecs lack, HTML-only NDRs, mixed actions, Final- vs Original-Recipient, folded and
wrapped addresses, delay warnings, auto-reply headers and auto-replies, nested bounces, list managers' notices, written
from their generators' sources and documents. One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests, wrong_origins
from tests.classifier.review_layouts42_more import ORIGINS, ROWS

JUDGEMENT: dict[str, str] = {}

test_review_layouts42, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 60)


def test_failed_addresses_map_back_to_the_address_we_sent_to():
    assert not wrong_origins(ROWS, ORIGINS)
