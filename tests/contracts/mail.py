"""The one contract every mail source passes.

A source's test module subclasses `MailContract` and provides a `harness` fixture: a
`MailHarness` with a ready source and a way to drop messages into its mailbox directly
(the fake Gmail's store, or files in a Maildir/mbox). The messages the source tests deliver
(`bounce`, and for the sent-mail lookups `sent` and `bounce_quoting`) are made here too.
"""

from __future__ import annotations

from email.message import EmailMessage
from typing import Protocol

from connectors.base import MailSource
from sync.records import RawMessage


class MailHarness(Protocol):
    source: MailSource

    def deliver(self, raw: bytes) -> str:
        """Put a message into the mailbox as the mail system would; returns nothing the
        source must know (the contract identifies messages by their Message-ID)."""


def bounce(n: int) -> bytes:
    """A small RFC 3464 bounce, distinct per n."""
    msg = EmailMessage()
    msg["From"] = "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"
    msg["To"] = "rep@sender.example"
    msg["Subject"] = "Delivery Status Notification (Failure)"
    msg["Message-ID"] = f"<bounce-{n}@mx.google.com>"
    msg["Date"] = "Fri, 20 Nov 2026 12:00:00 +0000"
    msg.set_content(f"Address not found: lead{n}@example.com does not exist.")
    return msg.as_bytes()


def sent(n: int, to: str = "lead@example.com") -> bytes:
    """An original the mailbox sent (Message-ID <sent-n@sender.example>), for the sources'
    sent-mail lookups (sync.ports.LooksUpSent)."""
    msg = EmailMessage()
    msg["From"] = "rep@sender.example"
    msg["To"] = to
    msg["Subject"] = f"Hello {n}"
    msg["Message-ID"] = f"<sent-{n}@sender.example>"
    msg.set_content("Hi there")
    return msg.as_bytes()


def bounce_quoting(n: int, original_id: str) -> bytes:
    """A DSN with the original's headers attached as text/rfc822-headers."""
    msg = EmailMessage()
    msg["From"] = "MAILER-DAEMON@mx.example.net"
    msg["To"] = "rep@sender.example"
    msg["Subject"] = "Undelivered Mail Returned to Sender"
    msg["Message-ID"] = f"<dsn-{n}@mx.example.net>"
    msg.set_content("550 5.1.1 <lead@example.com>: Recipient address rejected: User unknown")
    msg.add_attachment(f"From: rep@sender.example\nMessage-ID:\n {original_id}\nSubject: Hello\n",
                       subtype="rfc822-headers")
    return msg.as_bytes()


def message_ids(messages: tuple[RawMessage, ...]) -> list[str]:
    from email import message_from_bytes

    return [message_from_bytes(m.raw)["Message-ID"] for m in messages]


def drain(source: MailSource, cursor: str | None, limit: int = 50) -> tuple[list[RawMessage], str | None]:
    seen: list[RawMessage] = []
    for _ in range(1000):
        batch = source.fetch(cursor, limit=limit)
        assert len(batch.messages) <= limit
        seen.extend(batch.messages)
        cursor = batch.cursor
        if not batch.more:
            return seen, cursor
    raise AssertionError("fetch never finished")


class MailContract:
    def test_first_fetch_returns_what_is_there(self, harness: MailHarness):
        for n in range(3):
            harness.deliver(bounce(n))
        seen, cursor = drain(harness.source, None)
        assert sorted(message_ids(tuple(seen))) == sorted(f"<bounce-{n}@mx.google.com>" for n in range(3))
        assert all(m.raw and m.id for m in seen)

    def test_cursor_resumes_with_only_new_mail(self, harness: MailHarness):
        harness.deliver(bounce(1))
        _, cursor = drain(harness.source, None)
        idle, cursor2 = drain(harness.source, cursor)
        assert idle == []
        harness.deliver(bounce(2))
        new, _ = drain(harness.source, cursor2)
        assert message_ids(tuple(new)) == ["<bounce-2@mx.google.com>"]

    def test_pages_respect_limit_and_lose_nothing(self, harness: MailHarness):
        for n in range(7):
            harness.deliver(bounce(n))
        seen, _ = drain(harness.source, None, limit=2)
        ids = message_ids(tuple(seen))
        assert sorted(set(ids)) == sorted(f"<bounce-{n}@mx.google.com>" for n in range(7))
        assert len(ids) == len(set(ids)), "no message twice"

    def test_check_reports(self, harness: MailHarness):
        items = harness.source.check()
        assert items and all(item.ok for item in items), items
