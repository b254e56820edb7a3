"""The fifty-ninth review's notices (tests/classifier/review_notices59.py, _more): a second adversarial
audit of classifier/ours.py (a reply naming only our address or domain). One table-driven test over
all rows, failures collected; the judgement calls as strict xfails, one each, with the why."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices59 import ROWS

JUDGEMENT: dict[str, str] = {}  # review 63 mended both calls (ours.py: "message de <us>", "(mail from <us>)")


test_review_notices59, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 35)
