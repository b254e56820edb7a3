"""The hundred-and-seventy-fifth review's notices (tests/classifier/review_notices175.py): an adversarial audit of review
171's mends (success_sentences' new failure and refusal words, summary lines, neither/nor; verb_final's accepted words,
the sender addressed, help sentences) and the lead's newest success_sentences mends. One table-driven test; the
judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices175 import ROWS

JUDGEMENT: dict[str, str] = {
    "r175-b2-below-error-no-such-user": "kim is read failed (the summary guard holds: 'Error: no such user' is no count "
    "of none), but filtered, soft, as on main before this review: the success sentence over kim makes its line read as "
    "a refusal after delivery; 'no such user' alone says userunknown (taxonomy §2), yet a report that says kim was "
    "delivered and then that no such user exists contradicts itself: judged, not mended",
}

test_review_notices175, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 115)
