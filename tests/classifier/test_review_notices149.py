"""The hundred-and-forty-ninth review's notices (tests/classifier/review_notices149.py): an outside opinion on the
failed recipients (flufl.bounce and Sisimai beside the classifier over every review row), then fresh notices for the
families the outsiders misread (our sender in a transcript or reply; a contact address or the original's Message-ID in
the notice's own text; a recipient a whole-session transcript shows accepted), with controls. The last was misread
(the accepted recipient kept among the failed) and is mended in formats/__init__.py:failures_only. One table-driven
test; no judgement calls."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices149 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices149, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 32)
