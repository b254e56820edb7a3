"""Review audit66's notices (tests/classifier/review_audit66.py): an independent adversarial audit of session 45's rules
(a62a9452..1604a224: mailbox_states' quota65 words and audit65's narrowing, formats/exchange_admin, remote/microsoft's
new rules, allow_lists.note_set_aside, reply_rests.names_instead, broken.code_before, lone.contact_object, guard.Needing).
One table-driven test; a misreading left is a strict xfail whose reason states the miss.

First run (expectations committed first: 3d66a785; the classifier at main 1604a224 run once, nothing mended): 29 rows;
right as written 17/29; FALSE HARDS 4; LOST HARDS 4 (rows whose dead address was not read hard).
- Caused by session 45's rules (right at a62a9452, 18/29 there): 2 FALSE HARDS from allow_lists.note_set_aside: Exim's
  "550 Address not found in whitelist: your e-mail address is not listed on our allow list" and an Exchange Online rule's
  "550 5.7.1 No such user in our list of allowed senders: your email address is not listed on the recipient's safe
  senders list" (the absence words are OUR address's, missing from a list of senders: the note was set aside and they
  read userunknown). 2 LOST HARDS from mailbox_states' Dutch 'volle <box>' (audit65 stopped it before a compound, not a
  hyphenated one): "550 5.1.1 Empfänger unbekannt: bitte prüfen Sie die volle Postfach-Adresse", "550 5.1.1 Onbekende
  gebruiker: controleer het volle mailbox-adres" read mailboxfull. 2 soft misreadings from quota65's words: Swedish
  "452 4.5.3 Kvoten för antal mottagare per meddelande har överskridits" (a recipient count) and Polish "452 4.3.1 ...
  do skrzynki: partycja serwera jest zapełniona" (the server's partition) read mailboxfull.
- Older (the same at a62a9452): "554 5.7.1 ... User not found in allow list; your address was not found in the
  recipient's allow list" read userunknown (a FALSE HARD; the note is kept there, ours_not_listed's no_such_recipient
  took 'User not found'); Exim's "550 5.1.1 ... Please resend your message to info@... - messages to this address will
  not be read" read info@ failed and hard, the dead address onhold (a FALSE HARD and a LOST HARD: names_instead took the
  'not' after the dash as info@'s own failure); an Exim entry whose reply names another original recipient to resend
  to, itself failing in its own entry (lead onhold: judgement below); quota65's 容量 look-behinds did not reach
  "服务器存储容量不足" / "サーバーのディスクの容量" (a word between; mailboxfull for the server's disk); outMail's
  "Recipient address rejected: You have exceeded your Outmail quota" (OUR smarthost's quota) scoped to the recipient.
- Held: Exchange 2010's own '##' lines for AuthRequired, RecipSizeLimit wrapped over two lines (KB 960775), QUEUE.Expired
  under a 550, the store's ShutoffQuota, a host before the '#' (all soft), NonExistentDomain (hard); code_before's
  'send a message to' / 'goes to' a help address wrapped above it (no false hard: the help address was not read); our
  sending quota in Turkish ('gönderim kotası aşıldı'), Swedish and Czech at MAIL FROM (sender); a Dutch auto-reply
  naming its 'volle mailbox' (no bounce); 5.7.12 relayed by Postfix (filtered); a full-width colon label (hard).

MENDED (each with rows failing before and controls reading the same before and after, MEND_ROWS):
1. allow_lists._recipient_missing: absence words placed in a list of senders ("not found in whitelist", "unknown to the
   allow list", "no such user in our list of allowed senders") are not the recipient's absence, in note_set_aside and
   ours_not_listed.
2. mailbox_states: 'volle <box>' not before a hyphen either.
3. reply_rests.names_instead: a request ("please resend / send / forward / write / redirect ... to <x>") names where to
   write whatever its sentence says after the address, also where a width put that address at the start of the next
   line (the grid's wrap_50_flush of the Exim row read info@ failed and hard again).
4. mailbox_states: a quota 'för (antal) mottagare' is no mailbox's; Polish 'zapełniona' not right after 'serwera
   (jest)' (the server's; not Czech 'serveru', also the locative 'na serveru': a control, a66m-q-ctl-cs-..., read
   onhold with a first draft that took it too); 容量 not after 'ディスクの', '服务器存储', '伺服器儲存'.
After: 26/29 as written, the three judgement calls below; FALSE HARDS 0, LOST HARDS 1 (the judgement's own layout).
Second batch (SECOND_ROWS, written after the mends, expectations committed first: 583710cc): 2/2 right at first run
(Exchange 2010 in German; a group's AuthRequired beside a RecipNotFound, each read by its own '##' line).
MEND_ROWS 13/13 (written with the mends, expectations before they ran; 11 read the same at 1604a224: controls; the
two failing there: Exim's 'Mailbox unknown to the allow list' read hard, a wrapped request's info@ read a failed
recipient). Grid (notes/grid.py audit66:): 3 changed readings of the judgement row, pinned (invariance_known_audit66)."""

from __future__ import annotations

from tests.classifier import review_audit66
from tests.classifier.review_check import review_tests

ROWS = review_audit66.ROWS + review_audit66.MEND_ROWS

JUDGEMENT: dict[str, str] = {
    "a66-allow-pf-user-not-found-in-allow-list": (
        "securityerror, soft, scope recipient where the row wrote sender: the false hard (userunknown at 1604a224 and "
        "a62a9452) is mended; severity.scope_of reads Postfix's 'Recipient address rejected' and 'the recipient's allow "
        "list' as the recipient's own rule (_BY_RECIPIENT), which an allow list is (its choice of senders); soft either "
        "way"),
    "a66-ni-exim-two-instead-address-failed-too": (
        "lead read onhold, not hard: its reply ('550 5.1.1 User unknown - please resend to <kim>') names kim, another "
        "original recipient, whose own entry failed too; a reply naming another recipient is not read as lead's own "
        "(ours / reasons' caution). The same at a62a9452; the layout (an admin's text naming a colleague who also "
        "bounced) is this review's construction"),
    "a66-pf-outmail-quota-recipient-rejected": (
        "securityerror, soft, scope recipient where the row wrote sender: OUR smarthost's 'You have exceeded your "
        "Outmail quota' under Postfix's 'Recipient address rejected:' frame; severity.scope_of's sender cues hold no "
        "'exceeded your ... quota' and _BY_RECIPIENT takes the frame's 'recipient'. The same at a62a9452; left for a "
        "review of scope (a recipient-scoped soft counts toward the planner's soft-bounce policy)"),
}

test_review_audit66, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 44)
