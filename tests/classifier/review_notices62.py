"""The sixty-second review: the small groups review 60 left (Sisimai 4.25 and the classifier read the
same hard/soft but a different reason; test_review_notices62.py tabulates the calls). Three
families where the classifier's reason was not the server's words:

- a refusal of the envelope sender whose stated reason is the sender's own mailbox as its server
  answered ("553 5.1.8 <s>: Sender address rejected: Recipient address rejected: Access denied"):
  read as securityerror from the quoted "Access denied"; it is the sender refused (rejected,
  taxonomy 2: 5.1.8, "sender address rejected"), the quote a callout's answer like Postfix's
  "unverified address: ..." (classifier/sender_stage.py _VERIFY_QUOTE);
- Dovecot's "451 4.3.0 <x> Temporary user lookup failure" (its user database did not answer): read
  onhold (a give-up) or expired (a delay); the server's own trouble is systemerror (taxonomy 2:
  4.3.x; taxonomy 4: a delay notice keeps the words' reason);
- "Sender address no longer valid", "Sender domain no longer in use" at RCPT (PowerMTA's wording said
  of our sender): read securityerror for the recipient; the envelope sender refused (rejected,
  scope sender, taxonomy 7), which also keeps "Sender address is no longer valid" from PowerMTA's
  bad-mailbox rule (a hard userunknown of the recipient: a false hard).

Rows: (name, source, raw, expected); expected [(address, hard, reasons, scope, delay)], written
from the words and shared/classifier/taxonomy.md BEFORE the classifier ran. All notices HAND-MADE
in the cited layouts; test_review_notices62.py runs them."""

from __future__ import annotations

from functools import partial

from tests.classifier.notices import LEAD, relay_and_gmail

SELLER = "seller@example.com"
_PF = "Postfix bounce(8) layout (src/bounce/bounce_notify_util.c; tests/classifier/notices.relayed)"
_GMAIL = "Gmail's own DSN (shared/api/gmail.md section 9), the body quoting the reply"
_SMTPD = "Postfix smtpd_check.c: 'Sender address rejected: <reason>' (check_sender_access, reject_unverified_sender)"
_DOVECOT = "Dovecot lmtp/commands (userdb lookup): '451 4.3.0 <user> Temporary user lookup failure'"
_PMTA = "PowerMTA bounce-category wording ('no longer valid', 'no longer in use'), said of the sender"

# One reply in our relay's layout and, quoted the same way, in Gmail's DSN.
_both = partial(relay_and_gmail, cites=(_PF, _GMAIL))


SENDER_REJECTED = [(LEAD, False, ("rejected",), "sender", False)]
SYSTEMERROR = [(LEAD, False, ("systemerror",), "recipient", False)]
ROWS: list[tuple] = [
    # ---- The sender's own mailbox refused, quoted as the reason the sender was refused: rejected.
    *_both("sender-quotes-access-denied-mail", _SMTPD,
           f"553 5.1.8 <{SELLER}>: Sender address rejected: Recipient address rejected: Access denied",
           "5.1.8", SENDER_REJECTED, command="MAIL"),
    *_both("sender-quotes-access-denied-rcpt", _SMTPD + " (smtpd_delay_reject: said at RCPT)",
           f"553 5.1.8 <{SELLER}>: Sender address rejected: Recipient address rejected: Access denied",
           "5.1.8", SENDER_REJECTED),
    # The quoted answer is a missing mailbox: the sender's, never a hard bounce of our recipient.
    *_both("sender-quotes-user-unknown", _SMTPD,
           f"550 5.7.1 <{SELLER}>: Sender address rejected: Recipient address rejected: User unknown in local "
           "recipient table", "5.7.1", SENDER_REJECTED),
    # Controls: Postfix's own verify quote (the rule this one joins), delayed; the sender refused with
    # the table's own words; the recipient's own "Access denied" (phrases.py: securityerror, ours).
    *_both("verify-quote-control", _SMTPD + " (reject_unverified_sender, 450 while unsure)",
           f"450 4.1.7 <{SELLER}>: Sender address rejected: unverified address: host mx.example.com[192.0.2.7] "
           f"said: 550 5.7.1 <{SELLER}>: Recipient address rejected: Access denied (in reply to RCPT TO command)",
           "4.1.7", [(LEAD, False, ("rejected",), "sender", True)], action="delayed"),
    *_both("sender-access-denied-control", _SMTPD + " (an access table's REJECT text)",
           f"554 5.7.1 <{SELLER}>: Sender address rejected: Access denied", "5.7.1", SENDER_REJECTED,
           command="MAIL"),
    *_both("recipient-access-denied-control", "Postfix check_recipient_access REJECT text",
           f"554 5.7.1 <{LEAD}>: Recipient address rejected: Access denied", "5.7.1",
           [(LEAD, False, ("securityerror",), "recipient", False)]),
    # ---- Dovecot's user database did not answer: the server's trouble (systemerror), final or delayed.
    *_both("dovecot-user-lookup-final", _DOVECOT, f"451 4.3.0 <{LEAD}> Temporary user lookup failure", "4.3.0",
           SYSTEMERROR, action="failed"),
    *_both("dovecot-user-lookup-delayed", _DOVECOT, f"451 4.3.0 <{LEAD}> Temporary user lookup failure", "4.3.0",
           [(LEAD, False, ("systemerror",), "recipient", True)], action="delayed"),
    *_both("dovecot-user-lookup-bare", _DOVECOT + " (no address echoed)", "451 4.3.0 Temporary user lookup failure",
           "4.3.0", SYSTEMERROR, action="failed"),
    # Controls: Dovecot's missing user (hard), its internal error (systemerror already).
    *_both("dovecot-user-missing-control", "Dovecot lmtp: '550 5.1.1 <user> User doesn't exist: <user>'",
           f"550 5.1.1 <{LEAD}> User doesn't exist: {LEAD}", "5.1.1",
           [(LEAD, True, ("userunknown",), "recipient", False)]),
    *_both("dovecot-internal-error-control", "Dovecot lmtp: '451 4.3.0 <user> Temporary internal error'",
           f"451 4.3.0 <{LEAD}> Temporary internal error", "4.3.0", SYSTEMERROR, action="failed"),
    # ---- Our sender's address or domain "no longer valid" / "no longer in use": rejected, ours.
    *_both("sender-addr-no-longer-valid", _PMTA, "550 5.7.1 Sender address no longer valid", "5.7.1",
           SENDER_REJECTED),
    *_both("sender-addr-is-no-longer-valid", _PMTA + " (no status: the bad-mailbox rule must not read it)",
           "550 Sender address is no longer valid", "5.0.0", SENDER_REJECTED),
    *_both("sender-domain-no-longer-in-use", _PMTA, "550 5.7.1 Sender domain no longer in use", "5.7.1",
           SENDER_REJECTED),
    *_both("sender-domain-is-no-longer-in-use", _PMTA + " (no status: the bad-domain rule must not read it)",
           "550 Sender domain is no longer in use", "5.0.0", SENDER_REJECTED),
    # Controls: PowerMTA's own bad-mailbox and bad-domain words of the recipient (hard, review 52).
    *_both("addr-no-longer-valid-control", "PowerMTA bad-mailbox 'address no longer valid'",
           "550 Address no longer valid", "5.0.0", [(LEAD, True, ("userunknown",), "recipient", False)]),
    *_both("rcpt-addr-no-longer-valid-control", "PowerMTA bad-mailbox, the recipient named",
           f"550 <{LEAD}>: Recipient address is no longer valid", "5.0.0",
           [(LEAD, True, ("userunknown",), "recipient", False)]),
    *_both("domain-no-longer-in-use-control", "PowerMTA bad-domain 'domain no longer in use'",
           "550 Domain no longer in use", "5.0.0", [(LEAD, True, ("hostunknown",), "recipient", False)]),
]
