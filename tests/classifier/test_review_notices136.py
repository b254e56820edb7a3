"""The hundred-and-thirty-sixth review's notices (tests/classifier/review_notices136.py): the least cited open-source
mail servers (Mailu, mailcow, Postal, qpsmtpd, MIMEDefang) in their own and relayed layouts. One table-driven test;
the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices136 import ROWS

_LOOP = (
    "NOT mended (judged): Postal's '550 Loop detected' (more than four of its own Received lines) reads networkerror, "
    "as sisimai 5.1's NetworkError holds the loop phrases ('mail forwarding loop for', 'message looping', 'mail loop') "
    "and the corpus labels follow it; taxonomy.md's table lists 'mail loop' under systemerror. Soft either way; "
    "which name a loop gets is the lead's call on the vocabulary, not a misreading of this server")
_NO_STAGE = (
    "NOT mended (judged, as review 133's _NO_STAGE): qpsmtpd's 'fail, no mailbox by that name. qd' without its "
    "(#5.1.1), under the bare 5.0.0 of the Gmail and Exchange Online quoted layouts, which name no SMTP command, reads "
    "filtered: a refusal whose stage the bounce does not name falls to filtered (sisimai's rule; '550 user unknown' "
    "reads the same there). Our relay's copy, which names RCPT, reads hard since this review's mend")
JUDGEMENT: dict[str, str] = {
    "r136-var-qd-no-code-gmail": _NO_STAGE,
    "r136-var-qd-no-code-exo": _NO_STAGE,
    "r136-postal-loop": _LOOP,
    "r136-postal-loop-gmail": _LOOP,
    "r136-postal-loop-exo": _LOOP,
}

test_review_notices136, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 60)
