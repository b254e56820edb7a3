"""Builders shared by the sync-core tests: DSN bytes, classifications, a list-backed
MailSource (a test double of an external mailbox, not of our code)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timezone

from classifier.records import Classification, Delivery, Reason, Scope
from sync.records import BounceStatus, Contact, ContactRef, Enrollment, MailBatch, RawMessage

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=timezone.utc)


def dsn(rcpt: str, *, status: str = "5.1.1", action: str = "failed",
        diag: str = "550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown",
        msgid: str = "orig-1@acme.example") -> bytes:
    """A standard RFC 3464 delivery status notification (Postfix-like)."""
    diag = diag.format(rcpt=rcpt)
    text = f"""From: MAILER-DAEMON@mx.example.net (Mail Delivery System)
To: rep@acme.example
Subject: Undelivered Mail Returned to Sender
Date: Fri, 20 Nov 2026 11:00:00 +0000
Message-ID: <dsn-{rcpt}-{status}@mx.example.net>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="BOUNDARY"

--BOUNDARY
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.example.net.
I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

--BOUNDARY
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.net
Arrival-Date: Fri, 20 Nov 2026 10:59:58 +0000

Final-Recipient: rfc822; {rcpt}
Original-Recipient: rfc822; {rcpt}
Action: {action}
Status: {status}
Remote-MTA: dns; mail.example.com
Diagnostic-Code: smtp; {diag}

--BOUNDARY
Content-Type: text/rfc822-headers

From: Rep <rep@acme.example>
To: {rcpt}
Subject: Hello
Message-ID: <{msgid}>

--BOUNDARY--
"""
    return text.replace("\n", "\r\n").encode()


def plain_mail(sender: str, body: str = "Thanks, let's talk next week.") -> bytes:
    return (f"From: Someone <{sender}>\r\nTo: rep@acme.example\r\nSubject: Re: Hello\r\n"
            f"Message-ID: <reply-{sender}@example.com>\r\n\r\n{body}\r\n").encode()


class ListSource:
    """A mailbox over a growing list of byte strings; the cursor is the next index."""

    name = "list"
    address = "rep@acme.example"

    def __init__(self, messages: Sequence[bytes] = (), *, sent_by_mailbox: bool | None = True,
                 received_at: datetime | Callable[[], datetime] | None = NOW) -> None:
        self.messages = list(messages)
        self.sent_by_mailbox = sent_by_mailbox
        self.received_at = received_at
        self.fetches = 0

    def add(self, *raws: bytes) -> None:
        self.messages.extend(raws)

    def fetch(self, cursor: str | None, *, limit: int) -> MailBatch:
        self.fetches += 1
        start = int(cursor or 0)
        page = self.messages[start:start + limit]
        end = start + len(page)
        # A callable (the test's clock): each message arrives when it is read, as in a live mailbox.
        at = self.received_at() if callable(self.received_at) else self.received_at
        return MailBatch(
            messages=tuple(RawMessage(id=f"m{start + i}", raw=raw, received_at=at,
                                      sent_by_mailbox=self.sent_by_mailbox)
                           for i, raw in enumerate(page)),
            cursor=str(end), more=end < len(self.messages))

    def check(self):
        return []


def delivery(address: str, reason: Reason = Reason.USERUNKNOWN, *, hard: bool = True,
             scope: Scope = Scope.RECIPIENT, action: str = "failed",
             diagnostic: str = "550 5.1.1 user unknown") -> Delivery:
    return Delivery(address=address, reason=reason, hard_bounce=hard, permanent=hard,
                    scope=scope, action=action, diagnostic=diagnostic,
                    status="5.1.1" if hard else "4.2.2")


def bounce(*deliveries: Delivery) -> Classification:
    return Classification(is_bounce=True, deliveries=deliveries, format="dsn")


def contact(cid: str, email: str, *, status: BounceStatus | None = None,
            bounced: str | None = None, sequences: Sequence[str] = ()) -> Contact:
    return Contact(ref=ContactRef(id=cid), email=email, bounce_status=status,
                   bounced_address=bounced,
                   enrollments=tuple(Enrollment(sequence_id=s, step=2, sender="rep@acme.example")
                                     for s in sequences))
