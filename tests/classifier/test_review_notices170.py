"""The hundred-and-seventieth review's notices (tests/classifier/review_notices170.py): an adversarial audit of review
166's mends. One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices170 import ROWS

JUDGEMENT: dict[str, str] = {
    # (Review 174: cause_clauses reads German 'wenn / falls / sofern': r170-cond-de-wenn-... an ordinary row.)
    "r170-label-c-kim-first-deferred-second-rejected-550": (
        "kim's line holds two replies, the first try's '451 4.7.1 greylisted' and the second's '550 5.1.1': kim takes "
        "the FIRST status on its line (4.7.1, blocked, scope sender), on main too (review 170's _EARLIER_TRY_REFUSED only "
        "words the went-through question); the status pick per line is another module's (recipients / reply lines), "
        "a false soft left for a review of several replies on one recipient's line"),
}

test_review_notices170, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 100)
