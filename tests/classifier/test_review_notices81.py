"""The eighty-first review's notices (tests/classifier/review_notices81.py and review_notices81_more.py): mail
software's own translation catalogs (Sympa's, GNU Mailutils' mda, mlmmj's list texts, Thunderbird's read
receipts, Postfix Admin's vacation replies) in the languages sales teams meet, with the same catalogs' other "does not exist" words and the
review's two rules' adversarial controls (review_notices81_controls.py). One table-driven test; the judgement calls are strict xfails, one each."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices81 import ROWS as _SYMPA
from tests.classifier.review_notices81_controls import ROWS as _CONTROLS
from tests.classifier.review_notices81_more import ROWS as _MORE
from tests.classifier.review_notices81_replies import ROWS as _REPLIES

ROWS = _SYMPA + _MORE + _CONTROLS + _REPLIES

JUDGEMENT: dict[str, str] = {}


test_review_notices81, _, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 60)
