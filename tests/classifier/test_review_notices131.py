"""The hundred-and-thirty-first review's notices (tests/classifier/review_notices131.py): an adversarial audit of
review 128's mends (the shared missing-user guard soft_wordings.NOT_BESIDE_NO_USER, _NOT_SUPPOSED, the IPv6 shape,
generic_refusal._NO_CAUSE, Bluehost's causes and tag, remote.without_urls). One table-driven test; the judgement calls
are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices131 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices131, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 80)
