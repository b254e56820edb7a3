"""The hundred-and-twenty-third review's notices (tests/classifier/review_notices123.py): an adversarial audit of review
117's mends (a date between a state and 'deleted', the unindented parenthesis join, 'after (a) failed', the 5.1.7/5.1.8
sender rule, 'sender <us> not allowed', 'inactivated'). One table-driven test; the judgement calls are strict
xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices123 import ROWS

_BARE_SCHEDULE = (
    "NOT mended (a reason, not a hardness): '550 5.2.1 Account deleted on 1 April unless renewed' now reads soft (the "
    "condition after the deletion, deletion_dates.NOT_DONE), but with no state word (expired, disabled, suspended...) "
    "its reason is the 5.2.1 status's default, filtered, where the row expects suspend (an account still there, its "
    "deletion to come). Reading a bare scheduled deletion as a state is a wider call on mailbox_states than this "
    "audit's; soft either way, so no prospect is lost")
_OTHERS_FAILED = (
    "NOT mended (judged): the DELIVERED lead's own parenthesis, broken over unindented lines and closed at their end, "
    "says 'other recipients failed, see below' inside it. Read whole (review 117's call), its words hold 'failed'; "
    "telling a failure said of OTHER recipients from this one's needs the sentence's subject, which "
    "outcome_words.went_through does not parse (a one-line '(delivered; other recipients failed)' reads the same, "
    "older than review 117). A false hard on a live lead, but only where a writer puts others' outcome inside this "
    "one's parenthesis")
JUDGEMENT: dict[str, str] = {
    **{f"r123-gone-bare-deleted-on-date-unless{s}": _BARE_SCHEDULE for s in ("", "-gmail", "-exo")},
    "r123-mixed-own-paren-others-failed": _OTHERS_FAILED,
}

test_review_notices123, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 200)
