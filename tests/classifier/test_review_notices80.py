"""The eightieth review's notices (tests/classifier/review_notices80.py): the scope/reason xfail triage's two
mends (a recipient's own receiving rate is the recipient's; our sender refused in words naming our side is
the sender's, classifier/severity.py) and their controls. One table-driven test; the judgement calls are
strict xfails, one each."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices80 import ROWS

# Review 83 closed the three judgement calls this review left (Exchange's 5.2.121 in its own NDR: speeding, our
# side, classifier/mta_wordings.py; "refuses to accept your mail from IP address <ip>": blocked, our host,
# soft_wordings.IP_NAMED_REFUSED): tests/classifier/review_notices83.py.
JUDGEMENT: dict[str, str] = {}

test_review_notices80, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 30)
