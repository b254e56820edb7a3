"""The seventy-sixth review's notices (tests/classifier/review_notices76.py and _more.py): the wordings
of mailing-list and newsletter software's bounce rules (CiviCRM's bounce patterns, OpenEMM's bav.rule,
Sympa's RFC 1893 equivalents, MailWizz's author's bounce-handler rules) as whole replies in our relay's
report, Gmail's own DSN and Exchange Online's NDR, the servers' own notices, out-of-office replies and
the controls of the rules the review added. One table-driven test; no judgement calls."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices76 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices76, _, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 245)
