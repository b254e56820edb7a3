"""Review audit66b's notices (tests/classifier/review_audit66b.py): an independent adversarial audit of the rules merged
in the last hour (1604a224..9b81029a: exceeded_limits, mailbox_states' narrowing, exchange_admin's '#SMTP#' line,
allow_lists._recipient_missing, reply_rests.names_instead's requests, dns_names). One table-driven test; a misreading
left is a strict xfail whose reason states the miss.

First run (expectations committed first: b39f6e53; the classifier at main 9b81029a run once, nothing mended): 23 rows;
right as written 12/23; FALSE HARDS 0; LOST HARDS 1 (at 1604a224, before the hour's rules: 17/23, 0 false hards, 2 lost
hards).
- Caused by the hour's rules (right at 1604a224): 6 soft misreadings, a full mailbox read onhold under a bare 550.
  exceeded_limits dropped the MAILBOX's own size as if it were the message's: "Das E-Mail-Postfach hat seine maximale
  Größe überschritten" (the 'E-Mail' of the box's compound taken for a message noun), "Größenlimit des Postfachs
  überschritten" ('Größenlimit' taken for a message size limit), "E-Mail abgelehnt: Postfachgröße überschritten", "Bericht
  geweigerd: maximale mailboxgrootte overschreden", "Wiadomość odrzucona: przekroczony rozmiar skrzynki odbiorcy"
  (sources: mittwald.de 'Postfachgröße', renaissance.nl 'de grootte van uw mailbox', support.konto.pl 'przekroczona
  powierzchnia skrzynki'). mailbox_states' Swedish 'för (antal) mottagare' took the quota FOR a recipient named after
  it ("Kvoten för mottagare <address> har överskridits") for a count of recipients.
- Older (the same at 1604a224): time-outs said without the module's time words still read full ("Die maximale
  Wartezeit für die Zustellung an das Postfach wurde überschritten", "Time-out overschreden bij aflevering aan de
  postbus", "Przekroczono czas odpowiedzi serwera skrzynki odbiorcy"); the two judgement calls below.
- Held (the hour's rules right on them): Exchange 2010's '#SMTP#' line in a relay report (250: no bounce), in a delay
  report (452: a delay), two recipients each read by its own line (unread at 1604a224: both onhold, the dead one's hard
  lost; now right), a given-up greylisting 451 (soft); "User unknown in local recipient table; note: senders not in our
  allow list are held" and "User not found in our whitelist of valid recipients" (hard); names_instead's "Please note:
  mail sent to <dead>", "please send this notice to <postmaster>", "please send your message to <full> again later",
  "Please do not resend ... to <dead>"; the brief's own "Die Nachricht konnte nicht zugestellt werden, das Postfach hat
  seine maximale Größe überschritten" (full); a Postfix DNS failure (hard: dns_names' move changed nothing).

MENDED (each with rows failing before and controls reading the same before and after, MEND_ROWS):
1. exceeded_limits: the box's own size or size limit ('Postfachgröße', 'Größe(nlimit) des Postfachs', 'mailboxgrootte',
   'grootte van de mailbox', 'rozmiar skrzynki') counts as the box's store; the 'E-Mail' of a compound ('E-Mail-Postfach')
   is no message noun; time-outs also said 'Wartezeit', 'Zustellzeit/-dauer', 'time-out', 'czas odpowiedzi'.
2. mailbox_states: 'för (antal) mottagare' is no recipient count where an address follows.
After: 21/23 as written, the two judgement calls below; FALSE HARDS 0, LOST HARDS 1 (the judgement's own row).
MEND_ROWS 9/9 (expectations before they ran: 5db545d3; at 9b81029a the 4 failing rows read onhold/full, the 5 controls
the same).
Second batch (SECOND_ROWS, written after the mends, expectations committed first: 9ae01729): 2/3 right at first run, 0
false hards, 1 lost hard by the row's expectation (the judgement call below: 'mailbox closed' reads suspend, the same at
9b81029a); Exchange 2010's Diagnostic-Code read beside its '#SMTP#' line (hard), 'Größe des Postfachs' after a message's
'überschreitet' soft either way. Grid (notes/grid.py audit66b:): 3 changed readings of a judgement row, pinned
(invariance_known_audit66b)."""

from __future__ import annotations

from tests.classifier import review_audit66b
from tests.classifier.review_check import review_tests

ROWS = review_audit66b.ROWS + review_audit66b.MEND_ROWS

JUDGEMENT: dict[str, str] = {
    "a66b-el-de-groessenbeschraenkung-postfach": (
        "onhold, not mailboxfull (the same at 1604a224): 'Das Postfach des Empfängers hat seine Größenbeschränkung "
        "überschritten' puts 44 characters between the box's noun and the verb, past _FULL_SHAPE's 40; widening the gap "
        "is no narrow mend (and exceeded_limits would drop 'Größenbeschränkung' without the box's genitive). Soft either "
        "way; left"),
    "a66b-ni-gw-please-forward-to-failed-alias": (
        "filtered, not hard (the same at 1604a224): the reply names a second address first ('The alias sales@... no "
        "longer exists. Please forward your enquiry to <lead> - this address does not exist either'), the gateway's "
        "prose cut the reply at it so lead's diagnostic lost the 550 5.1.1 and reads as a stage-less 'does not exist' "
        "(the team call: filtered). A LOST HARD of an admin text naming two addresses; not the hour's rules; left"),
    "a66b-ni-gw-please-forward-future-mail-to-colleague": (
        "suspend, soft, not hard (the same at 9b81029a): 'Recipient address rejected: mailbox closed' under 5.1.1 reads "
        "the project's closed-state word (mailbox_states: closed is suspended, the safe side, as review langs45's "
        "'已注销' call); names_instead held: kim, named after 'please forward future mail ... to', is not read failed. "
        "Whether 'closed' beside 5.1.1 is gone is the taxonomy's call, not this review's"),
}

test_review_audit66b, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 35)
