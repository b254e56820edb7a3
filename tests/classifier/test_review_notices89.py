"""The eighty-ninth review's notices (tests/classifier/review_notices89.py, review_notices89_more.py): an
adversarial audit of reviews 85's and 87's mends. One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices89 import ROWS as _PROSE
from tests.classifier.review_notices89_more import ROWS as _MORE

ROWS = _PROSE + _MORE

_COUNT = ("Our IP refused for an 'invalid recipient count' / 'invalid mailbox ratio' as Gmail's own DSN and Exchange "
          "Online's NDR quote it: no longer hard userunknown (review 89's RECIPIENT_FLOOD measures), but read "
          "filtered with the recipient's scope, not blocked/sender as in our relay's layout: soft either way, the "
          "provider layouts' unnamed-stage reading, left undone")
JUDGEMENT: dict[str, str] = {
    **{f"d89-{r}-{lay}": _COUNT for r in ("invalid-recipient-count-ip", "invalid-mailbox-ratio-ip")
       for lay in ("gmail", "exo")},
}

test_review_notices89, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 50)
