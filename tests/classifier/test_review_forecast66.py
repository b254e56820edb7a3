"""Review forecast66's notices (tests/classifier/review_forecast66.py): a FORECAST of the classifier's accuracy on
unseen real mail, by a stratified random sample of (server, language, family, layout) draws made by
tests/classifier/forecast66_draw.py (random.Random(66); draws with no sourced wording skipped there, with why).

The draw: 220 draws to keep 50; 170 skipped (forecast66_draw.SKIPPED): 30 non-English (no source for the wording in
that language), 26 auto-reply / challenge-response with no source for the server's own message, 1 qmail delay
warnings (qmail-send writes none), the rest with no sourced wording found in the time given (most searched briefly or
not at all: Kerio, IceWarp, MDaemon, Courier, iCloud, Orange, mail.ru, hMailServer's quota / size texts). Kept: 50 en;
10 no such user, 6 each full mailbox / policy / sender-side refusal / delay warning, 4 each blocklist / greylisting /
relay denied, 3 unknown domain, 1 auto-reply; NONE of disabled mailbox, message too big or challenge-response
survived the skips. Layouts: 11 Gmail, 11 qmail, 10 Postfix, 8 Sendmail, 5 Exchange Online, 5 Exim.
Written in two batches, each committed before its own first run: draws 0-163 (39 rows, a04f6a59) and draws 164-219
(11 rows, 8cc5f23f).

First run (the classifier run once per batch, nothing mended), both batches together:
  rows right as written 47/50 (94%); exact recipient set 50/50 (100%; the auto-reply reads no bounce);
  reason 23/25 (92%) of the rows that name one (25 accept any: delays, refusals of ours, policy, the non-bounce);
  hard/soft 49/50 (98%); FALSE HARDS 1 of the 37 rows written soft or no bounce (2.7%: f66-217); lost hards 0 of the
  13 hard rows. By batch: first 37/39 right, 0 false hards; second 10/11 right, 1 false hard.
  One-sided 95% lower bounds (Clopper-Pearson): right as written >= 85.2%, hard/soft >= 90.9%, recipients >= 94.2%,
  no false hard among soft rows >= 87.8%, reason >= 76.9%.
  Misses, all kept as strict xfails (JUDGEMENT), none mended:
  - f66-217: Postfix's check_recipient_access REJECT '554 5.7.1 <r>: Recipient address rejected: Access denied' in
    Sendmail's notice read userunknown, HARD (a false hard by our row). The project reads these exact words as no such
    user on purpose (classifier/phrases.py; Exchange Online's DBEB says them for an unknown recipient, the corpus
    labels them so) and blocks36, codes63 and notices101 left the same call; a mend would undo that team call, not a
    narrow fix. Worth knowing: the same reply reads 'filtered' (soft) in Gmail's and Exchange Online's notices and
    userunknown (hard) in Postfix's, Exim's, Sendmail's and qmail's.
  - f66-00, f66-07: Exim's '550 Unrouteable address' at RCPT, written hostunknown by us, read userunknown (hard either
    way): the house reading (classifier/reasons.py; notices23, audit35b write it so), and Exim says it for a local
    part no router takes as for a domain.
  Readings worth a look though the rows allow them: milter-greylist's 451 (f66-24) and Exchange Online's '451 4.7.500
  Server busy' (f66-121) read 'blocked', scope sender, in delay notices; Sendmail's access-map '550 5.7.1 ... Access
  denied' (f66-132, f66-182) read 'securityerror', scope recipient; Exchange Online's 5.7.133 'sender was not
  authenticated when sending to this group' (f66-40) read 'filtered', scope recipient, where the refusal is of us.

What this forecast can and cannot say: 50 rows bound each rate only loosely (49/50 hard/soft gives >= 90.9%, below
the issue's 96% aim as a proven bound). The sample is of SOURCED wordings (every kept draw had one), many of them
(Yandex's 'No such user!', Libero's MAILBOX FULL, reject_rbl_client, Google's reference texts, Yahoo's BL21) already
in other review modules; the skips (localized texts, groupware servers with no published replies, disabled-mailbox
and size refusals) are where the classifier is least tested, so the figures are an upper bound for the long tail."""

from __future__ import annotations

from tests.classifier import review_forecast66
from tests.classifier.review_check import review_tests

ROWS = review_forecast66.ROWS

UNROUTE = ("Exim's '550 Unrouteable address' at RCPT: written hostunknown by us, read userunknown (hard either way) by "
           "the house rule in classifier/reasons.py; Exim says it for an unroutable local part as for a domain")
JUDGEMENT: dict[str, str] = {
    "f66-00-exim-unrouteable-gmail": UNROUTE,
    "f66-07-exim-unrouteable-qmail": UNROUTE,
    "f66-217-postfix-recipient-access-sendmail": (
        "Postfix check_recipient_access REJECT '554 5.7.1 <r>: Recipient address rejected: Access denied' in Sendmail's "
        "notice read userunknown, HARD; the row wants soft (a server barring an address it may well have). The project "
        "reads these exact words as no such user on purpose (classifier/phrases.py userunknown; Exchange Online DBEB's "
        "5.4.1, corpus-backed), as blocks36 / codes63 / notices101 left it: a team call, not a narrow mend; left"),
}

test_review_forecast66, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 50)
