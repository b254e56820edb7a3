"""The sixtieth review: where Debian's Sisimai 4.25 and the classifier read the same hard/soft but a
DIFFERENT REASON over the reviews' hand-made rows (benchmarks/sisimai_diff.py --review-rows --all:
3,062 such recipients of 9,281 both read). Most are Sisimai 4.25's limits (test_review_notices60.py
tabulates the groups and the calls); the one family where Sisimai's reason is the right one is a
multi-line SMTP reply whose Diagnostic-Code field was cut after its first line.

RFC 5321 section 4.2.1: every line of a multi-line reply but the last is "<code>-<text>", the last
"<code> <text>". A field that ends on a "550-" line promised more lines and lost them (a report
writer that did not fold the field: the reply's next line stands unindented below it, so the field
ends there, RFC 5322 section 2.2.3). The notice's own text quotes the whole reply (Postfix
bounce(8): "<rcpt>: host x[ip] said: <reply> (in reply to RCPT TO command)"); the words that decide
the reason are often on the lost lines (Exim's sender callout: "550-Verification failed for <s>"
... "550 Sender verify failed", Exim specification 'Callout verification' / src/acl.c), which the
classifier read as onhold (58 review rows of reviews 32, 44, 45 and 46, all accepting any reason;
Sisimai: rejected, the envelope sender refused, taxonomy section 2).

Rows: (name, source, raw, expected); expected [(address, hard, reasons, scope, delay)], written
from the words and shared/classifier/taxonomy.md BEFORE the classifier ran. All notices HAND-MADE
in the cited layouts; test_review_notices60.py runs them."""

from __future__ import annotations

from functools import partial

from tests.classifier.notices import LEAD, relay_and_gmail

SELLER = "seller@example.com"
_PF = ("Postfix bounce(8) layout (src/bounce/bounce_notify_util.c; tests/classifier/notices.relayed), its "
       "Diagnostic-Code left unfolded: RFC 5321 4.2.1 multi-line replies, RFC 5322 2.2.3 folding")
_CALLOUT = "Exim specification 'Callout verification' / src/acl.c: a failed sender callout's reply lines"
_GMAIL = "Gmail's own DSN (shared/api/gmail.md section 9), the field unfolded, the body quoting the whole reply"
_RFC5321 = "RFC 5321 4.2.1 (the last line of a multi-line reply is '<code> <text>')"

# One reply in our relay's layout and, quoted the same way, in Gmail's DSN.
_rows = partial(relay_and_gmail, cites=(_PF, _GMAIL))


REJECTED = [(LEAD, False, ("rejected",), "sender", False)]
ROWS: list[tuple] = [
    # The sender callout's answer: our envelope sender refused (rejected), whatever the sender's own
    # server said of the sender's mailbox.
    *_rows("callout-user-unknown", _CALLOUT,
           f"550-Verification failed for <{SELLER}>\n550-Called:   192.0.2.7\n550-Sent:     RCPT TO:<{SELLER}>\n"
           f"550-Response: 550 5.1.1 <{SELLER}>: Recipient address rejected: User unknown\n550 Sender verify failed",
           "5.0.0", REJECTED),
    # The sender's own server's answer quoted in the callout names no cause of ours: "Access denied"
    # there (Microsoft's 5.7.1 reply to a RCPT for the sender's mailbox) is no security refusal of us.
    *_rows("callout-access-denied", _CALLOUT + "; the quoted answer: Postfix check_recipient_access REJECT text",
           f"550-Verification failed for <{SELLER}>\n550-Called:   192.0.2.7\n550-Sent:     RCPT TO:<{SELLER}>\n"
           f"550-Response: 550 5.7.1 <{SELLER}>: Recipient address rejected: Access denied\n550 Sender verify failed",
           "5.0.0", REJECTED),
    *_rows("callout-two-lines", _CALLOUT,
           f"550-Verification failed for <{SELLER}>\n550 Sender verify failed", "5.0.0", REJECTED),
    *_rows("callout-unrouteable", _CALLOUT + " (the local verification of an unroutable sender domain)",
           f"550-Verification failed for <{SELLER}>\n550-Unrouteable address\n550 Sender verify failed",
           "5.0.0", REJECTED),
    # The cause on the last line only: a blocklisted sending IP (blocked, the sender's; taxonomy 2, 7).
    *_rows("listed-ip-last-line", _RFC5321 + "; Spamhaus ZEN listing reply wording",
           "550-Mail rejected for policy reasons.\n550 Your IP 192.0.2.10 is listed at zen.spamhaus.org",
           "5.0.0", [(LEAD, False, ("blocked",), "sender", False)]),
    # A full mailbox said on the last line (mailboxfull, soft, the recipient's).
    *_rows("quota-last-line", _RFC5321 + "; RFC 3463 X.2.2 'Mailbox full'",
           "552-Requested mail action aborted.\n552 Mailbox full: quota exceeded for this recipient",
           "5.0.0", [(LEAD, False, ("mailboxfull",), "recipient", False)]),
    # Controls: a code-bearing first line decides already (Gmail's 5.1.1: hard); a field that
    # carries its last line ("550 ...") loses nothing; a reply on one line ends where it should.
    *_rows("gmail-511-control", "Gmail 550-5.1.1 'The email account that you tried to reach does not exist'",
           "550-5.1.1 The email account that you tried to reach does not exist. Please try\n"
           "550-5.1.1 double-checking the recipient's email address for typos or\n550 5.1.1 unnecessary spaces.",
           "5.1.1", [(LEAD, True, ("userunknown",), "recipient", False)]),
    *_rows("joined-callout-control", _CALLOUT + ", the lines joined by one writer",
           f"550-Verification failed for <{SELLER}> 550 Sender verify failed", "5.0.0", REJECTED),
    *_rows("one-line-onhold-control", "RFC 5321 4.2.1 (a one-line reply); no words of a cause",
           "550 Transaction KX-4471 could not be completed (ref 7F2A9C)", "5.0.0",
           [(LEAD, False, (), "", False)]),
]
