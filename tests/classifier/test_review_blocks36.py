"""Review blocks36's notices (tests/classifier/review_blocks36.py): a recipient's own block list, reject list or Sieve
rule refusing our sender, in English and eleven more languages, and the traps beside them (our IP or domain on a block
list, our sender refused for everyone, the recipient's own address barred or its mailbox disabled). One table-driven
test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_blocks36 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_blocks36, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 60)
