"""Audit 61's notices (tests/classifier/review_audit61.py, review_audit61_more.py): an adversarial audit of the rules
merged with reviews damaged60 (parse.normalise's CR CR LF, mime.py's report part decoded whole), groupware60
(formats/prose._DELAY_TEXT's MDaemon words), lead43 (formats/reply_rests.reply_object's new-address rule) and audit60
(changed_address.py, severity's "the sending account"), aimed at false hards, lost hards and lost delays. One
table-driven test; the misreadings are strict xfails whose reasons state the miss.

First run: (not yet run; the expectations are committed first)."""

from __future__ import annotations

from tests.classifier.review_audit61 import ROWS
from tests.classifier.review_check import review_tests

JUDGEMENT: dict[str, str] = {}

test_review_audit61, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 41)
