"""The sixty-ninth review's notices (tests/classifier/review_notices69.py): the leaver rule's known gaps
after review 68, with controls where the same words mean something else. One table-driven test; the
judgement calls are strict xfails, one each."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices69 import ROWS

JUDGEMENT: dict[str, str] = {
    "gave-up-no-longer-works-postfix": "Postfix's 4.7.1 'Recipient address rejected' given up reads from its status "
    "(blocked, our host barred for now) before any words are asked: the leaver's words under 4.7.1 stay soft.",
}


test_review_notices69, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 50)
