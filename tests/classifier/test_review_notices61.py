"""The sixty-first review's notices (tests/classifier/review_notices61.py): an adversarial audit of the
cut-reply rule (classifier/formats/dsn.py _cut_reply, _rest_of_reply). One table-driven test over all
rows, failures collected; the judgement calls the classifier does not follow are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices61 import ROWS

JUDGEMENT: dict[str, str] = {
    "exchange-display-names": "neither recipient is named in the text: whose quote is whose cannot be told, so "
                              "neither is completed (before: Bob was given Ann's 'No such user', hard); the "
                              "report's words alone read filtered for both",
}


test_review_notices61, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 20)
