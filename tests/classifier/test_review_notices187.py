"""The hundred-and-eighty-seventh review's notices (tests/classifier/review_notices187.py): controls and attacks for
session 31's mends (a count of bounces or a try given up under kim in a success list; delivered "except" to a listed
recipient, in six languages). One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices187 import ROWS

# kim found failed (the exception list's head read, formats/failure_said.EXCEPTED), but its reason is qmail-local's
# "Sorry, no mailbox here by that name." alone: no status, no command, no stage.
_NO_STAGE = (
    "kim is read failed, no longer delivered (the mend), but soft: qmail-local's 'Sorry, no mailbox here by that name.' "
    "with no status and no stage reads filtered by the project's rule (reasons._is_userunknown: no-user words at an "
    "unknown stage may be a content filter's; review 168 judged r168-gw-following-bounced's 'no such mailbox' the "
    "same), where userunknown, hard, was written. A reason rule for every stageless no-user phrase, not this layout's "
    "(the German, French, Spanish, Italian and Dutch rows' 'Benutzer unbekannt' etc. read userunknown)")
JUDGEMENT: dict[str, str] = {
    "r187-except-en-except-for": _NO_STAGE,
    "r187-except-en-with-the-exception-of": _NO_STAGE,
    "r187-en-delivered-to-then-except-for": _NO_STAGE,
}

test_review_notices187, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 47)
