"""Audit 35b's notices (tests/classifier/review_audit35b.py): an adversarial audit of the hard readings real rounds
15-18 added (Twisted's "Cannot receive for specified address", qmail's "no mailbox here by that name" in a program's
output, Haraka's texts, Exim's template readings, GroupWise's and InterMail's verdicts, "account deleted"). One
table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_audit35b import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_audit35b, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 60)
