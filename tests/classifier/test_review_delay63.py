"""Review delay63's notices (tests/classifier/review_delay63.py): a first-run measurement of the classifier on delay /
warning notices from many servers and languages (Action delayed, or the generators' "still being retried" texts with
no RFC 3464 part), many quoting a reason that sounds permanent (a 450 "User unknown", a 452 "mailbox full"), against
the final failures that follow them after the retries and plain permanent refusals as controls. One table-driven
test; misreadings are strict xfails whose reasons state the miss.

First run (expectations committed first: cd5f3598; the classifier run once, nothing mended): rows right as written
52/57; exact recipient set 53/57; of the 61 expected recipients 56 read, and of those hard/soft 55/56, delay (Action
delayed vs final) 56/56, reason 55/56, scope 56/56; false hards 0; delays read final 0; finals read delayed 0. Every
delay quoting a 450 "User unknown" (Postfix's unknown_local_recipient_reject_code or address verification, a 550 inside
it too) or a 452 "mailbox full" read delayed, with or without an RFC 3464 part (Exim, Sendmail without MIME,
OpenSMTPD, Gmail's older plain text), and in all seven languages of Exchange's delay notice. The five misses:
- Amazon SES's DeliveryDelay event (four rows, five recipients) read as no bounce at all: formats/amazonses.py knew
  Bounce, Complaint and Delivery only (a lost delay: nothing counted, the lead's state untouched).
- Gmail's "Message not delivered" after its retries whose last reply was a 450 4.1.1 "Recipient address rejected: User
  unknown in local recipient table" (Status 4.1.1, Action failed) read filtered, soft: a false soft; the same reply
  under Postfix's "(in reply to RCPT TO command)" reads userunknown, hard.

Mended (classifier/formats/amazonses.py): SES's DeliveryDelay event (event publishing, eventType DeliveryDelay,
deliveryDelay.delayedRecipients) reads each delayed recipient as a delay (Action delayed, its status and diagnostic),
with or without the SNS envelope. Six rows in review_delay63_mends.py: three variants (no envelope, delayType
SpamDetected, three recipients; all read as no bounce without the mend, like the four first-run rows) and three
controls that keep their reading (SES Bounce events: Transient without the envelope, Suppressed, Transient
MailboxFull for two). After the mend: 56/57 of the first-run rows, the mend rows 6/6.

Left as a strict xfail (JUDGEMENT): the Gmail final 450 "User unknown" row. Gmail's DSN names no SMTP stage, and a
stage-less English "user unknown" in Gmail's DSN reads filtered, soft by a team call (common.md: do not flip it); the
miss is a false soft, not a false hard.

The grid (63 rows x 42 transforms, 1,944 transformed): 54 changed readings, none a false hard. 48 are SES's JSON events
re-cased or attached to a forward (unfair, as review 43's SES rows); 6 are pinned strict xfails in
invariance_known_delay63.py: Exim's two-entry warning loses its second (delayed) entry once a width puts the first
entry's "<k.ahmed@...>: Recipient address rejected: User" at a line start (4 wraps), and Sendmail's MIME-less notice
whose "transient non-fatal errors" heading a width breaks after "transient" reads the delayed c.ferraz onhold, final
(wrap_50_flush: a delay read a final soft bounce) or expired, still delayed (wrap_40_tab). Not mended here."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_delay63 import ROWS as NOTICES
from tests.classifier.review_delay63_mends import ROWS as MENDS

ROWS = NOTICES + MENDS
JUDGEMENT = {
    "dl63-gmail-final-450-user-unknown": (
        "reads filtered, soft (Status 4.1.1, Action failed, '450 4.1.1 ...: Recipient address rejected: User unknown in "
        "local recipient table' after Gmail's retries): Gmail's DSN names no SMTP stage, and stage-less English 'user "
        "unknown' in Gmail's DSN stays filtered by the team's call; a false soft, the same reply under Postfix's '(in "
        "reply to RCPT TO command)' reads userunknown, hard"),
}

test_review_delay63, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 63)
