"""The hundred-and-seventy-second review's notices (tests/classifier/review_notices172.py): an adversarial audit of
reviews 168's and 169's mends and the lead's grid mends (note_closed, _reply_goes_on, reason_above, only_delivered,
delivered_entry). One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices172 import ROWS

JUDGEMENT: dict[str, str] = {
    "r172-gw-po-sending-user": (
        "scope only: 'Sending user does not exist in the post office' no longer reads lead hard (older_servers."
        "local_verdict skips a sending / sender / proxy user, review 172), but filtered with the recipient's scope: "
        "lexicon._SENDER has no 'sending user'; soft either way"),
    "r172-ow-dest-over-two-blank-lines": (
        "lead lost, older than the grid mends (main reads the same, and with single blank lines too): InterMail's "
        "account sentence over a bare '<lead>' followed by the unknown destination list's 'SMTP <kim>' keeps only the "
        "'SMTP' entry; a hand-made mix of two of InterMail's sections, left for a review of its shapes"),
    "r172-gw-inline-transferred-time-returned": (
        "a false soft on a hand-made short note: 'Transferred: lead (10:05 AM, returned)' reads lead passed on "
        "(intros.passed_inline strips a time note unless _FAILURE_SAID speaks, and 'returned' is none of its words; "
        "adding it there made review 168's success report read a bounce on the delivered lead). intros.py is at 450 "
        "lines"),
    "r172-gw-success-rewrapped-then-returned": (
        "kim lost (no bounce), older than review 168: 'but was returned from the following:' / kim '(mailbox "
        "unavailable)' holds none of _FAILURE_SAID's words; with 'returned from' added the notice became a bounce on "
        "the delivered lead (named.by_name's last resort), a worse miss"),
    "r172-reply-mail-now-goes-to-lead": (
        "reason only: lead is no longer read failed (recipients._reply_goes_on: a rest ending 'now goes to' takes the "
        "address as its own, review 172), kim reads suspend from 'This mailbox is closed' under 5.1.1; 'closed' is "
        "taxonomy's suspend wording as much as the status is userunknown's: debatable, soft"),
    "r172-gw-c-success-bounced-for": (
        "a FALSE HARD on the delivered lead, older than review 168 (main reads the same): GroupWise's success "
        "sentence over a bare 'lead' (no address, so success_sentences.delivered_entry does not name it) and 'It "
        "bounced for kim@... (User not found in post office)', a sentence no recipient shape reads: kim lost and "
        "named.by_name's last resort takes lead with kim's reason. A hand-made mix, left for a review of the last resort"),
    "r172-sw-c-absender-geprueft-und-abgelehnt-empfaenger": (
        "scope only, older than review 169 (main the same): 'Absender geprüft und abgelehnt, Empfänger nicht "
        "kontaktiert' under 5.7.1 reads securityerror with the recipient's scope; soft as written"),
}

test_review_notices172, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 40)
