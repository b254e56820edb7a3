"""Review audit64 (tests/classifier/review_audit64.py): an adversarial audit of the mends merged on 2026-12-07 after
37a09af3 (dns63's qmail smtproutes relay and 4.3.5, delay63's SES DeliveryDelay, the lead's reply_rests "moved to a
place:", text.part_text's bare CR, lead44's allow-list sender refusal), aimed at false hards and lost hards, with
controls. One table-driven test; a misreading left is a strict xfail whose reason states the miss.

First run (expectations committed first: 4ae0e0d0; main at e8700b32, nothing mended): rows right as written 18/26;
exact recipient set 26/26; FALSE HARDS 4: qmail's "couldn't find any host named" for an smtproutes relay written with
its final dot ("smtp.relay-hosting.example.. (#5.1.2)": dns63's pattern wanted one dot, so no relay seen), for a UTF-8
domain outsafe() printed with '?' ("m??ller-bau.example": our qmail, without IDNA, looked the raw name up), for our
route to a host under the prospect's domain (left, below), and Postfix's "Recipient address rejected: your address was
not found in the recipient's allow list" (lead44's test needs lexicon.sender_refused, which steps aside after
"Recipient address rejected"). LOST HARDS 0: no "has moved to <place>:" line dropped an Exim or qmail entry below it, no
allow-list help line softened a real "User unknown", the A-label, capitals, subdomain and own-domain final-dot qmail
rows stay hostunknown, and a Permanent SES Bounce with delay words stays hard. Reason only (hard right): qmail's
perm_nomx 5.4.4 read notaccept; in two-recipient Exim / qmail notices one reply's "has moved" gave the OTHER
recipient's "User unknown" hasmoved too (the same on 37a09af3). On 37a09af3 the same rows lost all three SES delays
and both bare-CR base64 notices and read the capitalised and wrapped relays hostunknown: those mends hold.

Mended after (review_audit64.MEND_ROWS, written after the first run): ours._QMAIL_NO_HOST takes the relay's final dot
and outsafe's '?' (either: no name of the prospect's domain known missing, systemerror of ours); the new
allow_lists.ours_not_listed (reasons._is_userunknown at RCPT) also reads "your (e-mail / sender) address (was) not
found / listed in / on the recipient's / our allow list / whitelist" after any frame, unless the rest of the reply
says the mailbox missing. 4 rows fail without the mends (a64-qmail-relay-trailing-dot, a64-qmail-utf8-domain-outsafe,
a64-allow-pf-recipient-rejected-not-in-allow-list, a64m-qmail-relay-trailing-dot-capitals); controls reading the same
before and after: a64-qmail-own-domain-trailing-dot, a64-allow-pf-user-unknown-help-line,
a64-allow-exim-no-such-user-recipient-rule, a64-allow-exo-5-7-129-control. After: 23/29, 6 strict xfails.

Review leftovers65 mended five of the six (its rows in review_leftovers65.py): allow_lists.note_set_aside (the
whitelist note beside "unknown user" read no longer blocks our sender: a64m-pf-unknown-user-whitelist-control hard);
formats/broken.reply_above (a reply ending in a colon above a bare address is the entry above's when it stands deeper
or its paragraph names an address: the three moved rows' second recipients read userunknown); ours.qmail_route_missing
(a name UNDER the recipient's domain is qmail's route, per qmail-remote.c: a64-qmail-route-to-their-old-mx soft).
a64-moved-exim-entry-after-office-moved's lead now accepts hasmoved beside userunknown, as this audit judged it
("read hasmoved is fair (the forecast's userunknown too narrow)"). After: 28/29, 1 strict xfail."""

from __future__ import annotations

from tests.classifier import review_audit64
from tests.classifier.review_check import review_tests

ROWS = review_audit64.ROWS + review_audit64.MEND_ROWS

JUDGEMENT: dict[str, str] = {
    "a64-qmail-mx-hosts-missing": "hard as forecast, read notaccept, not hostunknown: perm_nomx's 'couldn't find a "
    "mail exchanger or IP address' (#5.4.4); a reason name only, both hard (the same on 37a09af3)",
}

test_review_audit64, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 29)
