"""Review 91, part 2 (part 1: review_notices91.py): attacks on review 91's own mends, each a notice that looks like a
mended one but must NOT change: a signature beside our host really named, the signature under a policy status, the
sender really refused beside "returned to sender", a failed recipient inside a delayed section, a quoted original
saying "delayed", a success sentence beside a failure, Title Case words in other scripts that are no person.
Expectations written BEFORE running; all HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_notices25 import rows_quoted, rows_relayed
from tests.classifier.review_notices50_sources import KIM, LEAD, hard
from tests.classifier.review_notices85 import notice
from tests.classifier.review_notices88 import ANY, LEAD as PLEAD, MX, R, S, UNK

ATTACK = "review 91's attack on its own mend: {} (hand-made)"
_WHY = "Reason: 550 5.1.1 User unknown\n"
_DELAY = "Reason: 451 4.4.1 no answer from host, will retry\n"

REPLIES = [
    ("sig-then-ip-listed", "550 5.1.1 Recipient rejected. This server is protected by Spamhaus; your IP 192.0.2.25 "
     "is listed", "5.1.1", "RCPT", False, ("blocked",), S),
    ("sig-under-5-7-1", "550 5.7.1 Recipient rejected. This server is protected by Spamhaus", "5.7.1", "RCPT", False,
     (), ANY),
    ("sig-mail-from-ip-refused", "550 5.1.1 Rejected: your IP 192.0.2.25 is blacklisted. This server is protected by "
     "Spamhaus", "5.1.1", "RCPT", False, ("blocked",), S),
    ("left-mary-j-smith-a-message", "550 5.7.1 Mary J. Smith left Partner Corp a message on 1 March", "5.7.1",
     "RCPT", False, (), ANY),
    ("left-nunez-antivirus", "550 5.7.1 Núñez Antivirus left Quarantine Pending on 3 March", "5.7.1", "RCPT", False,
     (), ANY),
    ("left-uber-filter", "550 5.7.1 Über Filter left Partner Ltd on 1 March", "5.7.1", "RCPT", False, (), ANY),
    ("left-postal-code-blank-ascii", "550 5.7.1 Postal Code left Blank. Please contact support@partner.example",
     "5.7.1", "RCPT", False, (), ANY),
    ("left-ms-nunez-mailbox-unattended", "550 5.7.1 Ms. Núñez's Mailbox left Unattended on 1 March", "5.7.1", "RCPT",
     False, (), ANY),
]
# And the mended readings under these attacks' neighbours: a true 5.1.1 beside a signature, a true leaver.
REPLY_CONTROLS = [
    ("sig-user-unknown-protected-by-barracuda", "550 5.1.1 <lead@partner.example>: User unknown. This system is "
     "protected by Barracuda.", "5.1.1", "RCPT", True, UNK, R),
]


def _kim(name: str, body: str, to: str = f"{LEAD}, {KIM}") -> bytes:
    return notice(f"91a-{name}", body, to=to)


NOTICES = [
    ("a91-sender-refused-returned-to-sender", ATTACK.format("the sender's domain refused, 'returned to sender'"),
     _kim("sr", "Your message could not be delivered.\n\nRecipient: kim (returned to sender)\nReason: 553 5.1.8 "
          "Sender domain does not exist\n", KIM), [(KIM, False, ("rejected",), S, False)]),
    ("a91-failed-line-inside-delayed-section", ATTACK.format("a failed one listed under a delayed heading, its own "
                                                             "line saying 'failed permanently'"),
     _kim("fi", "Delivery to the following recipients has been delayed:\n\nRecipient: lead\n" + _DELAY
          + "Recipient: kim (failed permanently)\n" + _WHY),
     [(LEAD, False, (), "", True)] + hard(KIM)),
    ("a91-failure-with-retry-footer", ATTACK.format("a failure notice whose footer says the server will retry other "
                                                    "mail"),
     _kim("rf", "Delivery to the following recipient failed permanently:\n\nRecipient: kim\n" + _WHY
          + "\nOther messages in the queue will be retried later.\n"), hard(KIM)),
    ("a91-failure-original-says-delayed", ATTACK.format("the returned original's body says 'has been delayed'"),
     notice("91a-od", "Delivery to the following recipient failed permanently:\n\nRecipient: kim\n" + _WHY,
            to=f"{LEAD}, {KIM}", orig="Your order has been delayed; we will retry the shipment.\n\n"), hard(KIM)),
    ("a91-success-sentence-beside-full-mailbox", ATTACK.format("Exchange's 'is complete' beside a full mailbox"),
     _kim("sm", "Delivery to these recipients or groups is complete:\n\nlead@example.org\n\nThe following recipient's "
          "mailbox is full:\n\nkim@partner.example\nReason: 552 5.2.2 Mailbox full\n"),
     [(KIM, False, ("mailboxfull",), R, False)]),
    ("a91-success-subject-failure-body", ATTACK.format("'succeeded' in a failure notice's words about an earlier "
                                                       "hop"),
     _kim("sb", "Delivery to the following recipients succeeded at the first relay, then failed:\n\n"
          "Recipient: kim\n" + _WHY), hard(KIM)),
]

ROWS = (rows_relayed("r91a", ATTACK.format("replies"), MX, PLEAD, REPLIES + REPLY_CONTROLS)
        + rows_quoted("r91a", ATTACK.format("replies"), MX, PLEAD, REPLIES + REPLY_CONTROLS) + NOTICES)
