"""The thirty-fifth audit's notices (tests/classifier/review_audit35.py): an adversarial audit of real rounds 19 and
20's classifier mends (smtp-server's "Too many connected clients", slimta's "(Too many retries)", Schleuder's
verdicts, the quoted local part's lookup, the Cyrus / Dovecot / Exim store and callout wordings). One table-driven
test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_audit35 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_audit35, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 60)
