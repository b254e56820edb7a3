"""The seventy-first review's notices (tests/classifier/review_notices71.py): an adversarial audit of
review 70's rule, an account or mailbox deleted read as gone (classifier/departures.py), with rows where
the same words mean something else and true positives it may miss. One table-driven test; the judgement
calls are strict xfails, one each."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices71 import ROWS

JUDGEMENT: dict[str, str] = {
    "recall-report-deleted": (
        "Outlook's message recall report (a plain mail from MicrosoftExchange..., no DSN) reads as a bounce "
        "(onhold, soft): detection's, not departures.py's (the deleted rule does not speak); soft, so no prospect "
        "unenrolled, left for a detection review"),
}


test_review_notices71, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 40)
