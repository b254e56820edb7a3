"""The seventy-eighth review's notices (tests/classifier/review_notices78.py): an adversarial audit of review 74's
mends (the given-up 4.7.1 leaver rule, the "a@b:" line after "to"/"for", recall reports, Exim's broken stage,
"was rejected"). One table-driven test; the judgement calls are strict xfails, one each."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices78 import ROWS

_EXIM_TWO = ("on main before review 74 too: in Exim's two-address delay warning (no X-Failed-Recipients) the "
             "address whose reason names no RCPT TO is dropped beside the one that does (formats/prose, recipients)")
JUDGEMENT: dict[str, str] = {
    "exim-two-delay-mail-from-and-rcpt": _EXIM_TWO,
    "exim-two-delay-rcpt-and-data": _EXIM_TWO,
}


test_review_notices78, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 40)
