"""The hundred-and-fourteenth review's notices (tests/classifier/review_notices114.py): an adversarial audit of the
folded labelled-line parenthesis and delivered_named (e9cb2fc) and of review 111's mends (failure cells said no,
schedules of deletion). One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices114 import ROWS

_APART = (
    "NOT mended (a false soft, older than review 111): 'Account expired on 1 March and was deleted the next day' "
    "reads suspend: departures._DELETED wants the deleted word right after its noun or a bare first state "
    "('account has expired and was deleted', review 107), and a date between ('expired on 1 March') breaks it, so only "
    "'expired' is read. Letting any words stand between a noun and 'deleted' would reach other nouns' deletions "
    "('account expired; the messages were deleted'); review 114 mended the date itself ('deleted the next day', "
    "r114-gone2-mailbox-was-deleted-the-next-day), the subject across a date is left to the lead")
JUDGEMENT: dict[str, str] = {
    f"r114-gone-expired-deleted-{d}{s}": _APART for d in ("the-next-day", "next-day") for s in ("", "-gmail", "-exo")
}

test_review_notices114, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 90)
