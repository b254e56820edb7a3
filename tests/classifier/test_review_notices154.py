"""The hundred-and-fifty-fourth review's notices (tests/classifier/review_notices154.py): the sender verification
family of false hards (our return address probed and found missing, read as the prospect gone) and our own
address the subject of the absence. One table-driven
test. Its two judgement calls ('550 5.7.1 <ours> has no mailbox by that name' in the Gmail and Exchange Online quoted
layouts, filtered by the stage rule, in the recipient's scope: a wrong scope) read as written since review lead43
(engine._whose asks said_address.ours_named over filtered readings too: across every review row, only the seven whose
reply says our own address or domain missing changed, each to our sender's scope)."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices154 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices154, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 40)
