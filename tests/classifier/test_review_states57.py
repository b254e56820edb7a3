"""Review states57's notices (tests/classifier/review_states57.py): a measurement of the classifier on the
mailbox-state and routing families (disabled / suspended / inactive / locked / frozen mailboxes, over-quota wordings,
relay and size refusals, block lists kept apart from spam verdicts, unroutable domains against temporary DNS
failures) with look-alike controls on the sender's side or temporary. One table-driven test; the misreadings are
strict xfails whose reasons state the miss.

First run: not yet run (expectations committed first)."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_states57 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_states57, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 72)
