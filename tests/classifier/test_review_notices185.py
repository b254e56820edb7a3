"""The hundred-and-eighty-fifth review's notices (tests/classifier/review_notices185.py): a block list check answered
no, then the recipient said unknown, and their controls (Sisimai 4.25's outside opinion on reviews 170-184). One
table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices185 import ROWS

_TWO_CAUSES = (
    "a control written soft, read hard (userunknown) before and after this review's mend, and on main: our address "
    "said ON the list ('Blacklisted: yes', 'Blacklist: yes' after 'RBL: no') AND 'User unknown' under 5.7.1 states two "
    "causes; the older rule that a missing user's words overrule a policy-class status (Yandex's '5.7.1 No such "
    "user!', reasons.py) decides, as for 'Your IP is on our blacklist. User unknown'. Review 159's family K (a user "
    "unknown beside a second cause, review 142's strict xfails) in another shape; not this family's (the list answered "
    "NO), a two-cause judgement left for a later review. Sisimai 4.25 itself is split: hard in our relay's copy, "
    "filtered in Gmail's and Exchange Online's")
JUDGEMENT: dict[str, str] = {
    f"r185-ctl-c-{name}{suffix}": _TWO_CAUSES
    for name in ("en-blacklisted-yes-user-unknown", "en-rbl-no-blacklist-yes")
    for suffix in ("", "-gmail", "-exo")
}

test_review_notices185, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 100)
