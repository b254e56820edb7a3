"""Review leftovers65 (tests/classifier/review_leftovers65.py): rows for five misreadings earlier reviews left.

First run (expectations committed first; main at a62a9452, nothing mended): pending."""

from __future__ import annotations

from tests.classifier import review_leftovers65
from tests.classifier.review_check import review_tests

ROWS = review_leftovers65.ROWS

_FIRST = "first run, before the mends (this commit only)"
JUDGEMENT: dict[str, str] = {name: _FIRST for name in (
    "lo65-allow-exim-user-unknown-whitelist-note", "lo65-allow-exo-unknown-recipient-whitelist-note",
    "lo65-moved-exim-then-spam", "lo65-moved-qmail-relocated-then-spam", "lo65-moved-exim-then-no-such-user",
    "lo65-contact-listserv-owners-wrapped", "lo65-contact-list-owner-indented", "lo65-cut-de-empfaenger",
    "lo65-cut-plain-original-recipient", "lo65-cut-to-label-first-name", "lo65-route-qmail-under-domain",
    "lo65-route-qmail-two-labels-under")}

test_review_leftovers65, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 23)
