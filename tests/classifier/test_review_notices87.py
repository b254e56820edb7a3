"""The eighty-seventh review's notices (tests/classifier/review_notices87.py, review_notices87_more.py): a
false-soft audit of reviews 82's and 86's narrowings, each attack (a dead address's refusal holding a guard's
words) beside the guard's own must-stay-soft case. One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices87 import ROWS as ROWS_FIRST
from tests.classifier.review_notices87_more import ROWS as MORE_ROWS

ROWS = ROWS_FIRST + MORE_ROWS

# Gmail's own DSN and Exchange Online's NDR name no SMTP stage: "mailbox unavailable" with no cause beside it is
# read by the unnamed-stage rule (filtered), as review 82 kept "Mailbox <a> unavailable" (strict xfails there).
_UNSTAGED = ("RFC 5321's 'mailbox unavailable' quoted with no SMTP stage (Gmail's, Exchange Online's layout) reads "
             "filtered by the unnamed-stage rule, whatever line follows: review 82's kept judgement (a false soft), "
             "hard in our relay's layout where RCPT is named")
JUDGEMENT: dict[str, str] = {
    **{f"r87-unav-{r}-{lay}": _UNSTAGED for r in ("gmx-unavailable-explanation-line", "gmx-unavailable-id-line",
                                                 "outlook-unavailable-rfc-examples") for lay in ("gmail", "exo")},
    **{f"r87-moved-mailbox-on-host-replaced{lay}": (
        "'The mailbox lead on this host has been replaced by <a>' under 5.7.1: review 82's hasmoved pattern sets "
        "aside 'host has been replaced by' (a server replaced), and a lookbehind that lets 'on this host' through "
        "would also read 'The mail service on this host has been replaced by mx2' hard (a false hard, worse); "
        "securityerror, soft: a false soft left as a decision") for lay in ("", "-gmail", "-exo")},
}

test_review_notices87, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 180)
