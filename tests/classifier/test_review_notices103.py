"""The hundred-and-third review's notices (tests/classifier/review_notices103.py): an adversarial audit of review 99's
mends for false hards, each attack beside its controls. One table-driven test; the judgement calls are strict
xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices103 import ROWS

_ZH_BARE = (
    "'550 尊敬的发件人：收件人lead@example.org不存在' without an enhanced code, as Gmail's / Exchange Online's own DSN "
    "quotes it (Status 5.0.0), reads onhold (soft) while our relay's report of the same reply reads it hard (not "
    "traced in review 103); before review 99 it read the sender's (rejected). A false soft of these layouts, not "
    "a false hard; left")
# Review 106 mended _OUR_DOMAIN (6 rows) and _VERIFY (classifier/said_address.py: our domain, an address at it).
# r103-left-de-kollege-verlassen-ich-bleibe: the lead's call (hasmoved, hard, as review 106's twins) stands in its row.
# Review 127 mended _NAMES_RECIPIENTS (3 rows: said_address.theirs_named, the prospect's own domain said missing).
JUDGEMENT: dict[str, str] = {
    "r103-greetctl-c-zh-zunjing-bare-gmail": _ZH_BARE,
    "r103-greetctl-c-zh-zunjing-bare-exo": _ZH_BARE,
    "r103-bcc-nobody-named-hubspot": (
        "A notice naming nobody, the copy's To lead and Bcc HubSpot's logging address: review 85's rule (no guess "
        "beside another recipient) now counts the Bcc (review 99), so lead is no longer marked (a false soft review "
        "99 brought: before it, hard). Left: the Bcc'd address may be the one that failed; a guess risks a false hard "
        "on a colleague Bcc'd, the costlier error"),
}

test_review_notices103, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 40)
