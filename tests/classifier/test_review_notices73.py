"""The seventy-third review's notices (tests/classifier/review_notices73.py and _more.py): receivers'
replies as ESPs' and sales engagement tools' bounce documentation quotes them, in our relay's
report, Gmail's own DSN and Exchange Online's NDR, and the tools' own notifications to the
salesperson, which are no bounce. One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices73 import ROWS

_UNNAMED_STAGE = (
    "{what} under 5.0.0 in a notice that names no SMTP stage (Gmail's own DSN / Exchange Online's NDR): the team's "
    "standing call (test_review_notices15.py, 21, 23, 33) reads an English 'no such user' from an unnamed stage as a "
    "possible content or sender filter (filtered, soft); the -relayed row, which names RCPT, reads userunknown, hard. "
    "A false soft, never a false hard.")
_DELAY_DEFAULT = (
    "'451 4.3.0 error writing message' (CleverReach: a hardware issue) as our relay's delay: wording no table knows, "
    "so the delay takes sisimai's default for Action: delayed (expired) rather than the status's systemerror; soft "
    "and a delay either way, no action changes.")

JUDGEMENT: dict[str, str] = {
    **{f"cleverreach-mailbox-does-not-exist-{x}": _UNNAMED_STAGE.format(what="'550 mailbox does not exist'")
       for x in ("gmail", "exo")},
    **{f"godaddy-recipient-not-found-{x}": _UNNAMED_STAGE.format(what="'550 Recipient not found'")
       for x in ("gmail", "exo")},
    "cleverreach-error-writing-message": _DELAY_DEFAULT,
}


test_review_notices73, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 60)
