"""Review lead43's notices (tests/classifier/review_lead43.py): an admin's refusal for a moved recipient gives the new
address after "New address:" / "Neue Adresse:" / "Nouvelle adresse :" / "has changed his address to" / Postfix's
"user has moved to", and a writer's width put it at a line's start. Found by the whole invariance grid over review
moves59's rows: re-wrapped, the new address read a second failed recipient, hasmoved, hard (a false hard on the
address the prospect now uses; the trust rules would record it unverified, as no mail was sent to it). Before the mend
(formats/reply_rests.reply_object: a bare address under a line ending on such words is that sentence's object): the
qmail and Exim positives read the new address failed too (Postfix's relocated notice already read it right); the
controls (the next entry of the list, with its own reply) read the same before and after; the grid over these rows then
found the control lost k.lund where a width broke its RCPT command's address onto a line of its own (a reply below
in the same paragraph now keeps the address an entry) and the positive's sentence itself broken ("has changed his" /
"<tab>address to": the line above joined where a width broke it): one row each added. After: all read as written
but one reason, a strict xfail below (its recipients right).

Second part (review_lead43.RETIRED_ROWS, the mend in classifier/retired_address.py's NO_LONGER_IN_USE): before it the
four replies retiring OUR address ("Your (e-mail) address ...", "The sending address ...", "Sending address ...") read
userunknown, hard, for the prospect (false hards); after, soft (onhold). The four controls read hard before and after.

Third part (review_lead43.OURS_ROWS; classifier/said_address.py's _ADDRESS_AFTER, asked by ours_named; engine._whose
asking it over a filtered reading too, and of the reply without the MTA's framing, ours.without_framing): before them
the four verdicts naming OUR address after the words read userunknown, hard (review audit59's NetEase row, a strict
xfail there until now), or, under Gmail's stage-less DSN, filtered in the recipient's scope; after, our sender's. The
Exim row needed the framing's "RCPT TO:<lead>" set aside (the reply, not the command, says whose address is missing).
The three controls read hard before and after. Every other review row read as before but seven whose reply says our
own address or domain missing, each now our sender's (reviews 145's and 154's four strict xfails among them)."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_lead43 import ROWS

JUDGEMENT: dict[str, str] = {
    "l43-qmail-neue-adresse-own-line": (
        "onhold, soft; expected hasmoved, hard: the admin's German 'Diese Adresse ist nicht mehr aktiv.' / 'Neue "
        "Adresse:' says the mailbox moved, but no table reads 'nicht mehr aktiv' (no longer active) without a status "
        "and the 'Neue Adresse' label alone is no reason (changed_address reads 'hat sich geändert' / 'ist "
        "umgezogen'); the recipient set is right (the new address no longer read failed). A false soft"),
}

test_review_lead43, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 24)
