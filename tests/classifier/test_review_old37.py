"""Review old37's notices (tests/classifier/review_old37.py): Mox's replies and own DSN, Apache James 3.x's
RemoteDelivery bounce and Postfix 3.9's bare-newline refusal, written from their sources. One table-driven test; the
judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_old37 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_old37, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 70)
