"""The seventy-fifth review's notices (tests/classifier/review_notices75.py): an adversarial audit of
review 73's bounce-count Subject rule and 'discontinued' mailbox state, and of the James Bounce
mailet's cause-below and further-recipient rules. One table-driven test; the judgement calls are
strict xfails, one each."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices75 import ROWS

_BEFORE = ("a suspend word beside the words that the mailbox does not exist (or has moved) reads suspend, soft: "
           "sisimai's order (Suspend before HasMoved and UserUnknown, reasons._FIRST), the same for 'disabled' or "
           "'terminated' there before review 73; a false soft of a dead address, left for a precedence review")
_GAP = ("'account service was discontinued' in a 'user unknown' reply: mailbox_states._OFF_SHAPE lets 40 characters "
        "stand between the account noun and its state, so a service's state reads as the mailbox's (the same with "
        "'disabled'): a false soft, left for a review of the shape's gap")

JUDGEMENT: dict[str, str] = {
    **{f"discontinued-{n}": _BEFORE for n in ("no-such-user-beside", "user-unknown-first", "no-longer-exists",
                                               "does-not-exist", "moved")},
    "james-discontinued-no-such-user": _BEFORE,
    "discontinued-account-service-note": _GAP,
}


test_review_notices75, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 40)
