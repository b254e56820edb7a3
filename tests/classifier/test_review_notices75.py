"""The seventy-fifth review's notices (tests/classifier/review_notices75.py): an adversarial audit of
review 73's bounce-count Subject rule and 'discontinued' mailbox state, and of the James Bounce
mailet's cause-below and further-recipient rules. One table-driven test; the judgement calls are
strict xfails, one each."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices75 import ROWS

_QUOTES = ("a tool's digest that quotes the server's 'Your message to a@b could not be delivered' for an address it "
           "lists reads as a bounce of that address (the auto-generated path, on main before review 75; unmarked, "
           "review 75's own fallback: a Subject count keeps its sign when the notice names a failed address, so that "
           "a mail router's 'Notice: 1 bounced message' is no missed bounce); the address did bounce, its reason "
           "may be another line's (mailboxfull here): a mild false soft, chosen over missed bounces")

JUDGEMENT: dict[str, str] = {
    "digest-quotes-failure-auto": _QUOTES,
    "digest-quotes-failure-unmarked": _QUOTES,
}


test_review_notices75, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 40)
