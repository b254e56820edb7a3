"""The fifty-sixth review's second table (review_notices56.py says how the expectations were written): review
49's words where no server is refusing anything for them: inside the returned original under another reply, in
an auto-reply, in a person's reply. The notice reads the REMOTE reply only; a reply or auto-reply is no bounce
(taxonomy s5). All HAND-MADE."""

from __future__ import annotations

from tests.classifier.notices import LEAD, relayed
from tests.classifier.review_notices14_layouts import SELLER
from tests.classifier.review_notices56 import YAHOO_USER

RFC3464 = ("RFC 3464 s2 (the returned original is the third part; the diagnosis is the second's Diagnostic-Code) and "
           "Postfix bounce(8) (bounce_notify_util.c: the original after the report)")
RFC3834 = ("RFC 3834 s5 (an automatic response carries Auto-Submitted: auto-replied) and s3.1.5; taxonomy s5 "
           "(auto-replies are no bounce)")
PERSON = "taxonomy s5 (ordinary mail is no bounce): a prospect's own reply quoting the words (RFC 5322 s3.6.4 In-Reply-To)"
PF_USER = "Postfix local(8) / virtual(8) '550 5.1.1 <x>: Recipient address rejected: User unknown in virtual mailbox table'"
PF_FULL = "Postfix virtual(8) '452 4.2.2 <x>: Recipient address rejected: Mailbox full' (a 4xx deferral)"
USER_UNKNOWN = f"550 5.1.1 <{LEAD}>: Recipient address rejected: User unknown in virtual mailbox table"
FULL = f"452 4.2.2 <{LEAD}>: Recipient address rejected: Mailbox full"
GENERIC = "554 5.7.1 Message rejected"


def with_original(reply: str, status: str, command: str, body: str) -> bytes:
    """Our Postfix relay's report (notices.relayed) returning the whole original (message/rfc822) with `body`."""
    raw = relayed(reply, status=status, command=command).decode()
    head, tail = raw.split("--B0\nContent-Type: text/rfc822-headers\n\n")
    original = tail.replace("\n\n--B0--\n", "")
    return (head + "--B0\nContent-Type: message/rfc822\n\n" + original + "\nContent-Type: text/plain; charset=utf-8\n\n"
            + body + "\n\n--B0--\n").encode()


def _mail(name: str, subject: str, body: str, extra: str = "") -> bytes:
    return (f"From: Lead <{LEAD}>\nTo: Seller <{SELLER}>\nSubject: {subject}\nDate: Fri, 4 Dec 2026 09:00:00 +0000\n"
            f"Message-ID: <r56-{name}@example.org>\nIn-Reply-To: <review14-{name}@example.com>\n{extra}"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n" + body + "\n").encode()


def auto_reply(name: str, body: str) -> bytes:
    """An out-of-office reply (RFC 3834: Auto-Submitted: auto-replied)."""
    return _mail(name, "Automatic reply: Quick question", body, "Auto-Submitted: auto-replied\n")


def person_reply(name: str, body: str) -> bytes:
    """A prospect's own reply."""
    return _mail(name, "Re: Quick question", body)


SOFT_FULL = [(LEAD, False, ("mailboxfull",), "recipient", True)]
HARD_USER = [(LEAD, True, ("userunknown",), "recipient", False)]

ROWS = [
    ("orig-uri-under-user-unknown", RFC3464 + "; " + PF_USER, with_original(USER_UNKNOWN, "5.1.1", "RCPT",
     "Your newsletter was refused: URL in message body listed in dbl.spamhaus.org, and ivmURI too."), HARD_USER),
    ("orig-dblack-under-full", RFC3464 + "; " + PF_FULL, with_original(FULL, "4.2.2", "RCPT",
     "Our filter said: body contains a domain listed in dblack.mail.abusix.zone"), SOFT_FULL),
    ("orig-user-entry-under-user-unknown", RFC3464 + "; " + PF_USER, with_original(USER_UNKNOWN, "5.1.1", "RCPT",
     "I got '550 Envelope blocked - User Entry' from your gateway last week."), HARD_USER),
    ("orig-refuses-under-full", RFC3464 + "; " + PF_FULL, with_original(FULL, "4.2.2", "RCPT",
     "Their server said: User refuses to receive this mail."), SOFT_FULL),
    ("orig-sender-blacklisted-under-user-unknown", RFC3464 + "; " + PF_USER, with_original(USER_UNKNOWN, "5.1.1",
     "RCPT", "Our old relay said the sender address has been blacklisted; this one is clean."), HARD_USER),
    ("orig-yahoo-deferred-under-full", RFC3464 + "; " + PF_FULL, with_original(FULL, "4.2.2", "RCPT",
     "Yahoo: All messages from 192.0.2.7 will be permanently deferred"), SOFT_FULL),
    ("orig-ms-busy-under-user-unknown", RFC3464 + "; " + PF_USER, with_original(USER_UNKNOWN, "5.1.1", "RCPT",
     "451 4.7.500 Server busy. Please try again later from [192.0.2.7]."), HARD_USER),
    ("orig-user-entry-under-generic", RFC3464 + " (a cause-less 554 5.7.1: the original's words must not give it one)",
     with_original(GENERIC, "5.7.1", "DATA", "Envelope blocked - User Entry; user refuses to receive this mail"),
     [(LEAD, False, (), None, False)]),
    ("yahoo-user-unknown", YAHOO_USER + " (a Yahoo control: the recipient's address, hard)", relayed(
     f"554 delivery error: dd This user doesn't have a yahoo.com account ({LEAD}) [0] - mta1234.mail.gq1.yahoo.com",
     status="5.0.0", command="DATA", remote="mta7.am0.yahoodns.net"), HARD_USER),
    ("yahoo-mailbox-not-found", YAHOO_USER + " (hard)", relayed("552 1 Requested mail action aborted, mailbox not "
     "found", status="5.0.0", command="RCPT", remote="mta5.am0.yahoodns.net"), HARD_USER),
    ("auto-user-entry", RFC3834, auto_reply("auto-user-entry", "I am out of the office until Monday. If your mail to "
     "me bounced with 'Envelope blocked - User Entry', call me instead."), []),
    ("auto-uri", RFC3834, auto_reply("auto-uri", "I am away. Our filter rejects any URL in message body listed in "
     "dbl.spamhaus.org, so send plain text."), []),
    ("auto-yahoo", RFC3834, auto_reply("auto-yahoo", "Away until the 10th. All messages from the old list will be "
     "permanently deferred."), []),
    ("person-sender-blacklisted", PERSON, person_reply("person-sender-blacklisted", "Hi, I think your sender address "
     "has been blacklisted by our IT; please write from another address."), []),
    ("person-refuses", PERSON, person_reply("person-refuses", "Please remove me. My assistant refuses to receive this "
     "mail and so do I. You have been blocked by the recipient, as they say."), []),
    ("person-ms-busy", PERSON, person_reply("person-ms-busy", "Our server said 'Server busy. Please try again later "
     "from [192.0.2.7]' when I tried to reply."), []),
]
