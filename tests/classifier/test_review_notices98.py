"""The ninety-eighth review's notices (tests/classifier/review_notices98.py): the open false hards of reviews 92, 95
and 96 mended, then attacked beside controls. One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices98 import ROWS

_NOT_FULL = ("A control's 'not \'mailbox full\'' beside 'No such user' under 5.7.1 reads mailboxfull (a false SOFT): the "
             "mailbox-full phrase wins the first pass before the missing user, its negation unread; older than review "
             "98's mends (mailbox_states/phrases' area), left: soft keeps mailing, never unenrols")
JUDGEMENT: dict[str, str] = {**{f"r98-neg-neg-c-not-mailbox-full{s}": _NOT_FULL for s in ("", "-gmail", "-exo")}}

test_review_notices98, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 40)
