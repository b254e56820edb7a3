"""The eighty-ninth review's notices (tests/classifier/review_notices89.py, review_notices89_more.py): an
adversarial audit of reviews 85's and 87's mends. One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices89 import ROWS as _PROSE
from tests.classifier.review_notices89_more import ROWS as _MORE

ROWS = _PROSE + _MORE

_SUCCESS = ("A German or Spanish success report ('Ihre Nachricht wurde zugestellt', 'Empfänger: Lead Person "
            "(zugestellt)', a 'Zugestellt:' or 'Entregado:' heading): the labelled line is not read as failed (review 85), but prose still "
            "takes the notice for a bounce and by_name's display name gives lead an onhold: a false SOFT on a success "
            "report, never a hard; review 85's own a85-success-report-local judgement (intros.only_delivered's "
            "words), left to a review of success reports")
_COUNT = ("Our IP refused for an 'invalid recipient count' / 'invalid mailbox ratio' as Gmail's own DSN and Exchange "
          "Online's NDR quote it: no longer hard userunknown (review 89's RECIPIENT_FLOOD measures), but read "
          "filtered with the recipient's scope, not blocked/sender as in our relay's layout: soft either way, the "
          "provider layouts' unnamed-stage reading, left undone")
JUDGEMENT: dict[str, str] = {
    "a89-c-de-zugestellt-alone": _SUCCESS,
    "a89-c-heading-zugestellt-alone": _SUCCESS,
    "a89-r2-no-entregado-heading-control": _SUCCESS,
    **{f"d89-{r}-{lay}": _COUNT for r in ("invalid-recipient-count-ip", "invalid-mailbox-ratio-ip")
       for lay in ("gmail", "exo")},
}

test_review_notices89, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 50)
