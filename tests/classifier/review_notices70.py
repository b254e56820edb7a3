"""The seventieth review: a triage of the strict xfails whose hard/soft differs from what their
reviewer wrote. One mend came of it, an account DELETED is an address gone (classifier/departures.py,
beside review 67's retired addresses): Rambler's Postfix answers a removed mailbox at RCPT with
'Recipient address rejected: Account deleted by user' under 5.7.1 (review 47's vda-account-deleted, read
securityerror, soft, before). A false hard unenrolls a real prospect, so most rows are the same words
where they mean something else: our own sender's account, a 4xx, a delay, a message or a queue item
deleted, a mailbox store, an auto-reply, the words in the returned original.

Rows: (name, source, raw, expected), expected written from the words, the status and
shared/classifier/taxonomy.md BEFORE the classifier ran. Layouts: tests/classifier/notices.py (our relay's
Postfix report, Gmail's own DSN, Exchange Online's own NDR), review_notices67_layouts, review_notices34_layouts
(auto-replies), review_notices68's full-original Postfix report. All notices HAND-MADE;
test_review_notices70.py runs them."""

from __future__ import annotations

from functools import partial

from tests.classifier.notices import LEAD, exchange_own, relay_and_gmail, relayed
from tests.classifier.review_notices34_layouts import SOURCES as OOF_SOURCES, responder
from tests.classifier.review_notices67_layouts import GMAIL, PF, PF_ACCESS, hard, soft
from tests.classifier.review_notices68 import PF_FULL, _pf_full

# Where the wording is known from: a mailer's table of replies it treats as dead addresses, per domain
# (AlexStarov's Django mailer, delivery tasks.py reason550: 'rambler.ru': ': Recipient address rejected:
# Account deleted by user (in reply to RCPT TO command)'), and Vda BounceProcessing's 'emaildoesntexist' list
# (review 47's source), which files the same words as a missing address.
RAMBLER = ("Rambler's Postfix at RCPT ('Recipient address rejected: Account deleted by user (in reply to RCPT TO "
           "command)', a mailer's reason550 table of dead-address replies; Vda BounceProcessing's 'emaildoesntexist' "
           "list)")
EXO = "Exchange Online's own NDR (tests/classifier/notices.exchange_own), the remote's reply quoted"
_EXO_BODY = "Your message to lead@example.org couldn't be delivered.\n\nThe recipient's server rejected it."
_RA = f"<{LEAD}>: Recipient address rejected: "
_both = partial(relay_and_gmail, cites=(PF, GMAIL))
SENDER = [(LEAD, False, (), "sender", False)]
_WHO = f"Lena Lead <{LEAD}>"


def _rcpt(rid: str, source: str, reply: str, status: str, expected: list[tuple], **kw) -> tuple:
    return (f"{rid}-postfix", f"{source}; {PF}", relayed(reply, status=status, **kw), expected)


def _exo(rid: str, source: str, reply: str, status: str, expected: list[tuple]) -> tuple:
    return (f"{rid}-exo", f"{source}; {EXO}", exchange_own(reply, status=status, body=_EXO_BODY), expected)


ROWS: list[tuple] = [
    # ---- The mend: an account or mailbox deleted is gone (userunknown, hard) ------------------------------
    *_both("rambler-account-deleted", RAMBLER, "540 5.7.1 " + _RA + "Account deleted by user", "5.7.1",
           hard("userunknown")),
    _exo("rambler-account-deleted", RAMBLER, "540 5.7.1 " + _RA + "Account deleted by user", "5.7.1",
         hard("userunknown")),
    # The same state in an admin's own words (Postfix access(5) REJECT text, Exim :fail:), other statuses.
    *_both("mailbox-has-been-deleted", PF_ACCESS, "550 " + _RA + "This mailbox has been deleted", "5.0.0",
           hard("userunknown")),
    _rcpt("user-account-deleted-521", PF_ACCESS, "550 5.2.1 " + _RA + "User account deleted", "5.2.1",
          hard("userunknown")),
    _rcpt("mailbox-deleted-from-server", PF_ACCESS, "550 " + _RA + "Mailbox deleted from this server", "5.0.0",
          hard("userunknown")),
    # ---- Deleted from a list: our address off the recipient's allow list, not the recipient gone --------
    _rcpt("address-deleted-from-whitelist", PF_ACCESS, "550 5.7.1 " + _RA + "Your address deleted from our "
          "whitelist", "5.7.1", soft()),
    _rcpt("account-deleted-from-group", PF_ACCESS, "550 5.7.1 Account deleted from the distribution group; posting "
          "refused", "5.7.1", soft()),
    # ---- Our own sender's account: the sender's side, soft ---------------------------------------------
    _rcpt("our-sender-account-deleted", PF_ACCESS.replace("Recipient", "Sender").replace("RCPT", "MAIL FROM"),
          "553 5.7.1 <seller@example.com>: Sender address rejected: Account deleted by user", "5.7.1", SENDER,
          command="MAIL"),
    *_both("your-account-deleted", PF_ACCESS, "554 5.7.1 Your account deleted: too many spam complaints",
           "5.7.1", soft()),
    _rcpt("senders-account-was-deleted", PF_ACCESS, "550 5.7.1 The sender's account was deleted; mail refused",
          "5.7.1", soft()),
    _rcpt("your-subscription-account-deleted", PF_ACCESS + " (a list server refusing our post)", "550 5.7.1 Posting "
          "refused: your subscription account deleted", "5.7.1", soft()),
    _rcpt("your-mailbox-was-deleted", PF_ACCESS, "550 5.7.1 Your mailbox was deleted; sign in again to send",
          "5.7.1", soft()),
    _exo("account-you-send-from-deleted", EXO, "550 5.7.1 The account you are sending from has been deleted",
         "5.7.1", soft()),
    # ---- A 4xx and a delay: the same words for now are no proof -----------------------------------------
    _rcpt("defer-account-deleted-4xx", PF_ACCESS + " (4NN: a deferral)", "450 4.7.1 " + _RA + "Account deleted by "
          "user", "4.7.1", soft(delay=True)),
    _rcpt("delayed-account-deleted", PF + "; a 5xx text under Action: delayed (a relay's retrying notice)",
          "540 5.7.1 " + _RA + "Account deleted by user", "5.7.1", soft(delay=True), action="delayed"),
    # ---- A message, a queue item, a store deleted: not the address ------------------------------------
    *_both("message-deleted-by-rule", PF_ACCESS, "550 5.7.1 Message deleted by user rule", "5.7.1", soft()),
    _rcpt("message-to-address-deleted", PF_ACCESS, "554 5.7.1 Your message to this address was deleted by the "
          "content filter", "5.7.1", soft()),
    _exo("mail-to-mailbox-deleted", EXO, "550 5.7.1 Mail sent to this mailbox was deleted by policy", "5.7.1",
         soft()),
    _rcpt("queue-file-deleted", PF_ACCESS, "554 5.3.0 Queue file deleted by administrator", "5.3.0", soft()),
    _rcpt("mailbox-store-deleted", PF_ACCESS, "550 5.3.0 Mailbox store deleted during maintenance", "5.3.0", soft()),
    _rcpt("mailbox-deleted-messages", PF_ACCESS, "552 5.2.2 Over quota: the mailbox deleted messages older than 30 "
          "days and is still full", "5.2.2", soft("mailboxfull")),
    _rcpt("address-book-entry-deleted", PF_ACCESS, "550 5.7.1 Address book entry deleted; sender not allowed",
          "5.7.1", soft()),
    _rcpt("database-deleted-4xx", PF_ACCESS + " (4NN: a deferral)", "451 4.3.0 Mailbox database deleted; try again "
          "later", "4.3.0", soft(delay=True)),
    # ---- Not a bounce, or the words only in the returned original -------------------------------------
    ("oof-account-deleted", OOF_SOURCES["exchange"], responder("exchange", _WHO, "en", "This account will be deleted "
     "at the end of the month. Please write to info@example.org."), []),
    ("dsn-original-mentions-deleted", PF_FULL + "; our own text about a deleted account in the original's body",
     _pf_full("550 5.7.1 Message rejected by policy", "5.7.1", "Hi Lena,\n\nyour old account was deleted by the "
              "admin, so I'm writing here.\n\nSam"), soft()),
]
