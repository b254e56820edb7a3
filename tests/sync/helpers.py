"""Builders shared by the sync-core tests: DSN bytes, classifications, a list-backed
MailSource (a test double of an external mailbox, not of our code), the pinned `Clock`, and
the real local CRM seeded from a contacts CSV (`local_crm`, `CONTACTS`)."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from classifier.records import Classification, Delivery, Reason, Scope
from connectors.local import LocalCrm
from sync.records import (
    BounceStatus, Contact, ContactRef, Enrollment, MailBatch, RawMessage, SentMessage, message_id_key,
)

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=timezone.utc)

CONTACTS = """email,owner,sequences
ana@example.com,rep@acme.example,Outbound:2;Nurture:3
bo@example.com,rep@acme.example,Outbound:1
cy@example.com,rep@acme.example,Outbound:4
"""


class Clock:
    """A pinned clock that moves only when told, starting on a fixed date (never today's).

    `crm_time` is the local CRM's view: the same pinned start plus the real time elapsed,
    so a user's edit is stamped just after the worker's writes, as it would be in life."""

    def __init__(self) -> None:
        self.at = NOW + timedelta(minutes=5)
        self._started = time.monotonic()

    def __call__(self) -> datetime:
        return self.at

    def crm_time(self) -> datetime:
        return self.at + timedelta(seconds=time.monotonic() - self._started)

    def advance(self, **kw) -> None:
        self.at += timedelta(**kw)


def local_crm(base_dir: Path, contacts_csv: str, *, clock: Callable[[], datetime] | None = None) -> LocalCrm:
    """The real local CRM in `base_dir` (crm.sqlite3), set up and seeded from `contacts_csv`
    (the text of a contacts CSV); `clock` stamps its edits (a `Clock.crm_time`), else the
    real clock. The caller closes it."""
    crm = LocalCrm({"path": "crm.sqlite3"}, base_dir=base_dir,
                   **({} if clock is None else {"clock": clock}))
    crm.setup(dry_run=False)
    csv = base_dir / "contacts.csv"
    csv.write_text(contacts_csv)
    crm.import_contacts_csv(csv)
    return crm


def numbered_contacts(n: int, prefix: str = "u") -> str:
    """A contacts CSV of `n` contacts `{prefix}{i}@example.com`, each in Outbound at step 2."""
    return "email,owner,sequences\n" + "".join(
        f"{prefix}{i}@example.com,rep@acme.example,Outbound:2\n" for i in range(n))


class CrmStandIn:
    """The real local CRM behind a stand-in for a remote CRM misbehaving (never a mock of our
    code): a test subclasses it and replaces the call that misbehaves; every other call
    reaches the real CRM."""

    def __init__(self, crm: LocalCrm) -> None:
        self.crm, self.name = crm, crm.name

    def find_contacts(self, emails: Sequence[str]):
        return self.crm.find_contacts(emails)

    def apply(self, actions: Sequence[Any]):
        return self.crm.apply(actions)

    def bounced_changes(self, cursor: str | None, *, until: datetime):
        return self.crm.bounced_changes(cursor, until=until)


def contacts(crm: LocalCrm) -> dict[str, dict]:
    """The local CRM's contacts by address, as its admin screens list them."""
    return {c["email"]: c for c in crm.list_contacts()}


def steps(crm: LocalCrm, email: str) -> dict[str, int]:
    """The steps the contact holding `email` is on, by sequence name."""
    return {s["name"]: s["step"] for s in contacts(crm)[email]["sequences"]}


def dsn(rcpt: str, *, status: str = "5.1.1", action: str = "failed",
        diag: str = "550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown",
        msgid: str = "orig-1@acme.example", sender: str = "MAILER-DAEMON@mx.acme.example") -> bytes:
    """A standard RFC 3464 delivery status notification (Postfix-like), from the mailbox's
    own mail system by default (a sender-side notice must be, to page: issue 9)."""
    diag = diag.format(rcpt=rcpt)
    text = f"""From: {sender} (Mail Delivery System)
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
    """A mailbox over a growing list of byte strings; the cursor is the next index.

    `sent_by_mailbox` plays the mailbox's sent mail (sync.ports.LooksUpSent): True, it sent
    every original its bounces quote, to every address they name (genuine bounces); False,
    it sent none of them (forgeries); None, it cannot tell (no sent folder). `sent` adds
    sent messages of its own."""

    name = "list"
    address = "rep@acme.example"

    def __init__(self, messages: Sequence[bytes] = (), *, sent_by_mailbox: bool | None = True,
                 received_at: datetime | Callable[[], datetime] | None = NOW,
                 sent: Sequence[SentMessage] = ()) -> None:
        self.messages = list(messages)
        self.sent_by_mailbox = sent_by_mailbox
        self.LOOKS_UP_SENT = sent_by_mailbox is not None
        self.received_at = received_at
        self.sent_mail = {m.message_id: m for m in sent}
        self.fetches = 0
        self.lookups: list[list[str]] = []

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
            messages=tuple(RawMessage(id=f"m{start + i}", raw=raw, received_at=at)
                           for i, raw in enumerate(page)),
            cursor=str(end), more=end < len(self.messages))

    def sent_messages(self, message_ids):
        self.lookups.append(list(message_ids))
        if self.sent_by_mailbox is None:
            return None
        known = dict(self.sent_mail)
        if self.sent_by_mailbox:
            from classifier import classify

            for raw in self.messages:
                c = classify(raw)
                key = message_id_key(c.original.message_id or "")
                if key and key not in self.sent_mail:
                    old = known.get(key)
                    names = frozenset(d.address for d in c.deliveries)
                    known[key] = SentMessage(message_id=key, recipients=names | (
                        old.recipients if old else frozenset()))
        return {k: known[k] for k in map(message_id_key, message_ids) if k in known}

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
