"""The hundred-and-fifty-fourth review's notices (tests/classifier/review_notices154.py): the sender verification
family of false hards (our return address probed and found missing, read as the prospect gone) and our own
address the subject of the absence. One table-driven
test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices154 import ROWS

_QUOTED_571 = (
    "NOT mended (judged, a wrong scope, not hard): '550 5.7.1 <ours> has no mailbox by that name' in the Gmail and "
    "Exchange Online quoted layouts, which name no SMTP command, reads filtered in the recipient's scope (the stage "
    "rule: a bare 5.7.x whose stage the bounce does not name); engine._whose reads our address said missing only "
    "over recipient states and securityerror, and widening it to filtered reaches every content filter's reply; the "
    "prospect is not unenrolled (soft). Our relay's copy, which names RCPT, reads ours")
JUDGEMENT: dict[str, str] = {n: _QUOTED_571 for n in ("r154-subj-ours-no-mailbox-by-that-name-571-gmail",
                                                      "r154-subj-ours-no-mailbox-by-that-name-571-exo")}

test_review_notices154, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 40)
