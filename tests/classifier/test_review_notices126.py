"""The hundred-and-twenty-sixth review's notices (tests/classifier/review_notices126.py): an adversarial audit of review
123's mends (deletion_dates, the inactivated adjective, sender_stage's preposition guard, severity's recipient's words
and German/French sender refusals, recipients' numbered labels and case-blind join, outcome_words' new failure words).
One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices126 import ROWS

_INSERTED_CLAUSE = (
    "NOT mended (judged): 'Account inactivated and, after 90 days, deleted' under 5.1.1 reads the state (suspend, soft). "
    "With a clause set between 'and' and 'deleted' the same words are a site's POLICY as often as a deletion done "
    "('accounts are inactivated and, after 90 days, deleted'); departures._DELETED reads the state's noun right before "
    "its verb, and review 117's plural control leaves a policy soft. Soft either way; a rare layout")
_PRIMARY_GAVE_UP = (
    "NOT mended (judged): the delivered lead's 'delivered via backup MX; primary MX gave up' reads failed (a false hard). "
    "'Gave up' with its own subject in its own clause is, on the failed one's line, that recipient's own host giving up "
    "('accepted by mx.partner.example; mx.partner.example gave up'); telling the PRIMARY host's failover from the "
    "final host's failure needs whose host the subject is, which outcome_words does not parse. Review 126 takes out "
    "only 'delivered ... after <host> gave up', the host attached to the delivery")
_GESPERRT_DAY = (
    "NOT mended (a reason, not a hardness; older than reviews 117-126): '550 5.2.1 Konto am 1.3. gesperrt' reads "
    "filtered (the 5.2.1 status's default), not suspend: mailbox_states' German 'Konto ... gesperrt' does not reach "
    "over a day written '1.3.' between them. Soft either way (main at fde80ff alike); review 126's German day is for "
    "departures' deletion, not the state's shapes")
_OUTBOUND_SPAM = (
    "NOT mended (older than review 123, a wrong scope on a reason other than securityerror): '550 5.7.1 Sender <us> not "
    "allowed: outbound spam detected' reads spamdetected, and severity.scope_of weighs 'sender not allowed' only for a "
    "securityerror (review 117), so the recipient's scope stays (main at fde80ff alike). Our own provider's outbound "
    "filter is taxonomy section 7's sender side; a spam verdict's scope by its 'outbound' word is a wider rule for the "
    "lead. Soft either way")
_OUR_POLICY_VIOLATION = (
    "NOT mended (older than review 123, the same reason-path scope as the outbound spam row): '550 5.7.1 Sender <us> not "
    "allowed to send to <lead> under your organization's policy' reads policyviolation ('policy'), and severity.scope_of "
    "weighs 'sender not allowed' only for a securityerror, so the recipient's scope stays (main at fde80ff alike). "
    "Review 126's _OUR_POLICY makes 'your organization's policy' veto the recipient's words, which serves the "
    "securityerror reading ('... by your organization's outbound policy' reads ours); a policy reason's scope by our "
    "organisation's words is a wider rule for the lead. Soft either way")
JUDGEMENT: dict[str, str] = {
    "r126-de2-de-am-gesperrt": _GESPERRT_DAY,
    "r126-ourpol2-c-not-allowed-outbound-spam": _OUTBOUND_SPAM,
    "r126-ourpol3-c-your-organizations-policy-ours": _OUR_POLICY_VIOLATION,
    "r126-order-inactivated-comma-after-90-days-deleted": _INSERTED_CLAUSE,
    "r126-mixed-lead-via-backup-primary-gave-up": _PRIMARY_GAVE_UP,
}

test_review_notices126, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 163)
