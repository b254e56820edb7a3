"""The hundred-and-thirtieth review's notices (tests/classifier/review_notices130.py): an adversarial audit of review
126's mends (deletion_dates' REMOVED_ENDS, departures' German day and 'has since been deleted', recipients' lettered
and roman items, outcome_words' receipt / copy / notification exclusions and clause-bound _FAILED_BEFORE, severity's
_OUR_POLICY veto and the recipient's group restrictions). One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices130 import ROWS

_FAILED_BEFORE_VOCAB = (
    "NOT mended (older than review 126: review 123's _FAILED_BEFORE took 'after 2 failed attempts' out of this line "
    "already): kim's 'accepted after 2 failed attempts; the final attempt timed out' / '...: mailbox unavailable' keeps "
    "'accepted' and no failure word ('timed out', 'unavailable' are none in outcome_words), so the whole notice reads as "
    "no bounce (a false soft). Adding them as failure words would read the delivered lead's 'delivered after mx1 timed "
    "out / was unavailable' failed (false hards) unless _FAILED_BEFORE learns them too: a vocabulary change for the lead, "
    "not a mend of review 126's clause rule")
_POLICY_OF_RECIPIENT_ORG = (
    "NOT mended (judged: an older deliberate reading, review 123's _BY_RECIPIENT comment): 'Sender <us> not allowed: the "
    "recipient's organization policy restricts inbound mail' reads securityerror, the sender's scope, because "
    "_BY_RECIPIENT leaves out 'recipient's organization policy' on purpose ('a policy on us, the sender's'). Whether "
    "the recipient organisation's inbound policy is a policy on us or the recipient's own choice is the lead's call; "
    "soft either way")
_LISTED_BY = (
    "NOT mended (a contrived wording, older than review 126): 'the addressee only accepts mail from senders as listed "
    "by its owner' reads blocked (wordings.BLOCKLIST's 'listed by', a blocklist of the sending host), the sender's "
    "scope. An allow-list said 'listed by' its owner is no server's text known; soft either way")
_POLICY_REASON_PATH = (
    "NOT mended (the same reason-path scope as review 126's _OUR_POLICY_VIOLATION row, older than review 126): 'Sender "
    "<us> is not allowed to send to external recipients by your organization's policy' reads policyviolation "
    "('policy'), and severity.scope_of weighs 'sender not allowed' only for a securityerror, so the recipient's scope "
    "stays. Soft either way; a policy reason's scope by our organisation's words is a wider rule for the lead")
JUDGEMENT: dict[str, str] = {
    "r130-mixed-kim-accepted-after-2-failed-timed-out": _FAILED_BEFORE_VOCAB,
    "r130-mixed-kim-accepted-after-3-failed-mailbox-unavailable": _FAILED_BEFORE_VOCAB,
    "r130-ourpol-c-recipients-organization-policy": _POLICY_OF_RECIPIENT_ORG,
    "r130-ourpol-not-allowed-addressee-only-accepts-members": _LISTED_BY,
    "r130-ourpolc-c-external-recipients-not-allowed": _POLICY_REASON_PATH,
}

test_review_notices130, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 106)
