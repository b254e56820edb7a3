"""The seventy-second review's notices (tests/classifier/review_notices72.py): an adversarial audit of review
69's hard-side rules. One table-driven test; the judgement calls are strict xfails, one each."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices72 import ROWS

JUDGEMENT: dict[str, str] = {
    "caps-named-left-postfix": "A false soft: 'DANA LEE LEFT EXAMPLE LTD' in ALL CAPS has no case to tell a name "
    "from a thing ('USER LEFT ...', 'MESSAGE LEFT ...'); named_left reads only the reply's own mixed case.",
    # Review 83 re-reads a leaver named as our own sender (the original's From or the notice's To display name or
    # local part: ours.our_people) without the name: 'our-sender-named-left' passes (tests/classifier/review_notices83.py).
    # It keeps 'caps-named-left': see test_review_notices83.py.
}


test_review_notices72, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 40)
