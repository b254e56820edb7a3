"""The hundred-and-eighty-first review's notices (tests/classifier/review_notices181.py): a fresh look at the gate
between bounces, auto-replies and challenge-response notices by their headers and subjects. One table-driven test;
the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices181 import ROWS as FIRST
from tests.classifier.review_notices181_more import ROWS as MORE

ROWS = FIRST + MORE

JUDGEMENT: dict[str, str] = {
    "r181-svc-precedence-bulk-own-subject": (
        "kim lost (no bounce), as on main: a non-daemon notice service whose only mark is 'Precedence: bulk', under our "
        "own Subject, is read as no notice at all; taking Precedence: bulk as a machine's mark for the failure-with-code "
        "rule (tried in review 181, hints._looks_like_bounce) makes every bulk newsletter quoting an example bounce "
        "('Your message to jane@example.com could not be delivered. 550 5.1.1') a false hard; newsletters carry the "
        "field far more often than notice services do, and a real service marks its failures otherwise (Auto-Submitted, "
        "X-Autoreply, X-Autorespond, Precedence: auto_reply: rows svc-*, read right)"),
    "r181-b2-junk-notice-service": (
        "the same with 'Precedence: junk' (procmail's formail mark): left with the row above for the same reason"),
    "r181-b2-bulk-digest-no-list-fields": (
        "a false hard on jane@example.com, as on main (not from review 181's mends): a newsletter WITHOUT List-* fields "
        "whose Subject names 'bounces' as its topic ('Deliverability tips #12: reading bounces') has a bounce's Subject "
        "sign (hints.BOUNCE_SUBJECT 'bounced?'), and its quoted example names the failed address with a 5.1.1; the same "
        "newsletter with List-Unsubscribe (row b2-bulk-digest-list-fields, as bulk senders must send it) reads right; "
        "narrowing the Subject's 'bounce' word is a Subject-vocabulary change beyond this review"),
    "r181-b3-recipient-own-address-undeliverable": (
        "kim kept as an auto-reply (vacation), as on main: a notice from the failed address itself (weak: a hosted "
        "filter answering as the recipient) has its failed recipient in its own From, which prose.excluded drops on "
        "purpose (a help desk's acknowledgement naming its own address; only X-Failed-Recipients overrides it); a "
        "real filter's notice comes from a mail system's address (rows own-oof-*, relay-*)"),
    "r181-b3-away-old-address-failure-words": (
        "judged, the price of review 181's hints._reply_names_other: an away text under 'Automatic reply:' that says "
        "mail to the person's OLD address 'could not be delivered' and quotes that address's reply line reads a hard "
        "bounce for the old address (kim@old-partner.example), never for the live sender who wrote it; the old address "
        "is dead by its owner's own word, and the rule is what reads every MTA's failure (Gmail, Exim, qmail, Postfix "
        "wordings, rows b3-router-*) relayed under an auto-reply's Subject, the costlier miss (a dead address kept "
        "mailed)"),
}

test_review_notices181, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 80)
