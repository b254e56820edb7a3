"""Review audit65's notices (tests/classifier/review_audit65.py): an ADVERSARIAL audit of the mends merged with reviews
quota65 and ms65 (a62a9452..06868c7f): mailbox_states' new full-mailbox words (Turkish 'aşıldı', Swedish 'överskridits',
Polish 'zapełniona', Czech 'zaplněná', Dutch 'volle <box>', 容量 after ディスク / サーバー), formats/exchange_admin.py's
'#<reply> ##' reader and microsoft.py's BadPrimary / RecipNotFound neighbours. One table-driven test; a misreading left
is a strict xfail whose reason states the miss.

First run: (to be recorded after the first classifier run; expectations committed first)."""

from __future__ import annotations

from tests.classifier import review_audit65
from tests.classifier.review_check import review_tests

ROWS = review_audit65.ROWS

JUDGEMENT: dict[str, str] = {}

test_review_audit65, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 29)
