"""Audit 45's rows (tests/classifier/review_audit45.py): an adversarial audit of the newest mends (retired_address,
bare_deleted, the fi/da/no/hu/tr words, small_server_wordings, folded_reply, Mox's DSN, parse's stub rule,
whole_addresses). One table-driven test; judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_audit45 import ROWS
from tests.classifier.review_check import review_tests

JUDGEMENT: dict[str, str] = {
    "a45-r-tp-recipient-named-then-that": (
        "'550 5.7.1 lead@partner.example; sorry, that address is no longer in use': read securityerror, soft (expected "
        "userunknown, hard): a false soft, left. The address written before '; sorry, that' IS the recipient's, but the "
        "reason tables read the reply with every address masked alike ('x@x', reasons.py addresses_replaced), so "
        "retired_address cannot tell it from audit 44's 'your Reply-To names billing@example.com; sorry, that address "
        "...' (a false hard, mended by the same exclusion). Reading it hard would bring that false hard back; telling "
        "the two apart needs the mask to keep the failed recipient distinct, a change under every table that reads "
        "'x@x'. For a review of the masking"),
    "a45-r-tp-for-many-years-mail-from-outside": (
        "'550 5.7.1 Sorry, that address is no longer in use for many years, mail from outside is refused': read "
        "securityerror, soft (expected userunknown, hard): a false soft, left. Audit 45's _SPELL mend lets "
        "retired_address match ('from' only before a day now), but departures._kept reads the clause's 'mail from "
        "outside' as a word of our sender ('mail from <ours> is refused' is the guard's own case) and the second "
        "clause alone ('mail from outside is refused', a 5.7.1 policy) reads securityerror. Two statements in one reply "
        "(the address retired, outside mail refused); soft is the cautious side; narrowing _sender_side's 'from' for "
        "one attack row risks the false hards it guards. For a review of mixed verdicts"),
}

test_review_audit45, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 74)
