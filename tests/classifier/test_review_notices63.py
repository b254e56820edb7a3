"""The sixty-third review's notices (tests/classifier/review_notices63.py): the leftovers reviews 59, 61 and
62 kept as strict xfails, mended in their rules' homes, with controls and adversarial rows around each.
One table-driven test over all rows, failures collected; the judgement calls as strict xfails, one each."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices63 import ROWS

JUDGEMENT: dict[str, str] = {
    "pf-policy-quotes-4xx-unknown": (
        "hard before and after this review (unchanged): the 5.7.1 reply's only 'No such user' is inside a quoted "
        "451 4.1.1, and reasons.py reads 'no such user' under 5.7.1 as a missing user (Yandex's '5.7.1 No such "
        "user!'). Dropping a quoted temporary 'user unknown' would also read soft a relay's permanent give-up after "
        "a 4xx 'User unknown' (reasons.py keeps those hard: a server set to answer 450 for one, corpus): left"),
}


test_review_notices63, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 40)
