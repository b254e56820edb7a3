"""The hundred-and-forty-ninth review's notices (tests/classifier/review_notices149.py): an outside opinion on the
failed recipients (flufl.bounce and Sisimai beside the classifier over every review row), then fresh notices for the
families the outsiders misread (our sender in a transcript or reply; a contact address in the notice's own text),
with controls. One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices149 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices149, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 32)
