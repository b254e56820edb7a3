"""The hundred-and-fifty-sixth review's notices (tests/classifier/review_notices156.py): an adversarial audit of
review 154's sender-verification and opening-address mends (false softs first, then the false hards they left).
One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices156 import ROWS

_HELP_LINE = (
    "NOT mended (judged, soft filtered, a false soft): '<lead>: no such user here. Help for 'sender verification "
    "failed' errors: ...' in the Gmail and Exchange Online quoted layouts reads filtered: phrases.py's FILTERED "
    "phrase 'sender verification failed' (a substring table, full at 450 lines) matches the quoted mention in the "
    "help line; our relay's copy reads hard since sender_verification.FAILED skips words alone in quotes. A help "
    "line quoting the phrase is rare; teaching the phrase table mentions reaches every filtered phrase")
JUDGEMENT: dict[str, str] = {f"r156-rcpt-lead-unknown-then-sender-verification-help-{k}": _HELP_LINE
                             for k in ("gmail", "exo")}

test_review_notices156, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 60)
