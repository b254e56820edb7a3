"""The hundred-and-fifty-seventh review's notices (tests/classifier/review_notices157.py): an adversarial audit of the
rules that keep an absence from counting (cause_clauses' conditions, reasons' RCPT override, verb_final's
suppositions and our sender named before), false softs first. One table-driven test; judgement calls are strict
xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices157 import ROWS

_BARE_ENGLISH = (
    "NOT mended (judged, the project's deliberate reading, older than reviews 151-157): Gmail's and Exchange Online's "
    "QUOTING copies of a bare 550 (status 5.0.0) name no SMTP stage, and a bare English 'no such user / user unknown / "
    "does not exist' at an unnamed stage reads `filtered`, soft (sisimai's reading of a filter's canned English reply "
    "after DATA, lexicon.said_in_another_language's note); our relay's copy (in reply to RCPT TO) reads hard")
_BARE_ROWS = ("en-gmail-group-if-bare-550", "en-psmtp-no-such-user-bare", "en-postfix-virtual-alias-if-help-bare",
              "en-no-such-user-if-does-not-exist-bare", "en-no-such-mailbox-if-unknown-in-error",
              "en-exim-help-first-if-bare", "r2-c-en-error-when-delivering-colon",
              "r3-en-error-occurs-when-doesnt-exist-bare")
JUDGEMENT: dict[str, str] = {f"r157-{n}{layout}": _BARE_ENGLISH for n in _BARE_ROWS for layout in ("-gmail", "-exo")}
JUDGEMENT["r157-r3-wrapped-condition-at-last-line"] = (
    "NOT mended (judged, an OLDER false hard: on main it read hostunknown, hard, before this review; now userunknown): "
    "a condition wrapped so that its absence falls on the reply's LAST line ('If the recipient's address 550 5.7.1 "
    "does not exist, contact ...', our relay's copy) under a 5.7.1 policy refusal. cause_clauses.REPLY_LINE ends a "
    "condition's clause at the last line's code, which mends Exim's help line first ('550-Please contact postmaster "
    "if you believe this is an error 550 Unknown user', a real refusal); a wrap and a new line read the same there, "
    "and the wrap is the rarer (Gmail's wraps fall at '550-' continuations, which no longer end a clause). The "
    "domain reading (hostunknown) on main is reasons' and lexicon's, full")

test_review_notices157, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 100)
