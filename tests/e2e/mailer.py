"""What the end-to-end mailbox receives after sending: the bounce kinds (`BOUNCES`, and what
each must do to a contact) and `Mailer`, which puts into the fake Gmail a SENT message and
then Gmail's own RFC 3464 DSN quoting it in the same thread, an auto-reply, a reply, or a
sender-side limit notice."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage, Message
from email.utils import format_datetime, make_msgid

from tests.fakes.gmail import FakeGmail

MAILBOX = "rep@seller.example"  # the sending mailbox (and HubSpot's enrollment sender)


# --------------------------------------------------------------------------- bounce kinds


@dataclass(frozen=True)
class BounceKind:
    """One kind of message a mailbox receives after sending, and what it must do."""

    name: str
    status: str | None  # DSN Status (None: not a DSN)
    diagnostic: str | None  # Diagnostic-Code text (after "smtp; ")
    headline: str  # Gmail's first line of the human-readable part
    explanation: str
    reason: str | None  # expected taxonomy reason on the contact (None: contact untouched)
    hard: bool | None
    action: str = "failed"


BOUNCES: dict[str, BounceKind] = {
    "hard": BounceKind(
        "hard", "5.1.1",
        "550-5.1.1 The email account that you tried to reach does not exist. Please try "
        "double-checking the recipient's email address for typos or unnecessary spaces. "
        "https://support.google.com/mail/?p=NoSuchUser a1si123.45 - gsmtp",
        "Address not found",
        "Your message wasn't delivered to {to} because the address couldn't be found, or is "
        "unable to receive mail.", reason="userunknown", hard=True),
    "spam": BounceKind(
        "spam", "5.7.1",
        "550 5.7.1 Message rejected as spam by Content Filtering.",
        "Message blocked",
        "Your message to {to} has been blocked. See technical details below for more "
        "information.", reason="spamdetected", hard=False),  # soft: taxonomy.md section 4
    "nodomain": BounceKind(
        "nodomain", "5.1.2",
        # The name looked up is the recipient's own domain, as Postfix writes it (smtp(8)'s DNS
        # error): one fixed host named for every recipient's domain is our relay not resolving
        # (sync/planner/relay.py holds such a batch), not a prospect's domain gone.
        "550 5.1.2 Host or domain name not found. Name service error for name={domain} type=MX: "
        "Host not found",
        "Address not found",
        "Your message wasn't delivered to {to} because the domain couldn't be found. Check "
        "for typos or unnecessary spaces and try again.", reason="hostunknown", hard=True),
    "soft": BounceKind(
        "soft", "4.2.2",
        "452-4.2.2 The email account that you tried to reach is over quota. Please direct "
        "the recipient to https://support.google.com/mail/?p=OverQuotaTemp b2si99.7 - gsmtp",
        "Message not delivered",
        "Your message couldn't be delivered to {to} because the remote server's mailbox is "
        "full.", reason="mailboxfull", hard=False),
    "sender": BounceKind(
        "sender", "5.4.5",
        "550 5.4.5 Daily user sending limit exceeded. For more information on Gmail sending "
        "limits go to https://support.google.com/a/answer/166852",
        "Message not delivered",
        "You have reached a limit for sending mail. Your message was not sent.",
        reason=None, hard=None),
}


def _date(at: datetime) -> str:
    return format_datetime(at.astimezone(timezone.utc))


@dataclass(frozen=True)
class Sent:
    """A message the mailbox sent (held by the fake Gmail as SENT)."""

    gmail_id: str
    message_id: str  # with angle brackets
    to: str
    subject: str
    at: datetime
    raw: bytes


class Mailer:
    """Builds realistic mail with `email.message.EmailMessage` and delivers it into a fake
    Gmail mailbox: the original as SENT, then the answer in the same thread."""

    def __init__(self, fake: FakeGmail, address: str = MAILBOX) -> None:
        self.fake = fake
        self.address = address
        self._n = 0

    # -- originals -------------------------------------------------------------------------

    def send(self, to: str, *, at: datetime | None = None, subject: str | None = None) -> Sent:
        at = at or datetime.now(timezone.utc)
        self._n += 1
        msg = EmailMessage()
        msg["From"] = f"Sam Seller <{self.address}>"
        msg["To"] = to
        msg["Subject"] = subject or f"Quick question about your Q4 plans ({self._n})"
        msg["Date"] = _date(at)
        msg["Message-ID"] = make_msgid(idstring=f"e2e{self._n}", domain="mail.gmail.com")
        msg.set_content("Hi,\n\nWould a short call next week work for you?\n\nSam\n")
        raw = bytes(msg)
        gid = self.fake.add_message(self.address, raw, labels=("SENT",), internal_date=_ms(at))
        return Sent(gmail_id=gid, message_id=msg["Message-ID"], to=to, subject=msg["Subject"],
                    at=at, raw=raw)

    # -- answers ---------------------------------------------------------------------------

    def bounce(self, to: str | Sent, kind: str = "hard", *, at: datetime | None = None,
               days_ago: float | None = None) -> str:
        """Send to `to` (unless a `Sent` is given) and deliver Gmail's DSN for it; returns
        the DSN's Gmail id."""
        if at is None and days_ago is not None:
            at = datetime.now(timezone.utc) - timedelta(days=days_ago)
        sent = to if isinstance(to, Sent) else self.send(to, at=(at - timedelta(minutes=1)) if at else None)
        raw = self.dsn(sent, BOUNCES[kind], at=at or datetime.now(timezone.utc))
        return self.fake.add_message(self.address, raw, labels=("INBOX", "UNREAD"),
                                     thread_id=sent.gmail_id, internal_date=_ms(at) if at else None)

    def auto_reply(self, to: str | Sent, *, at: datetime | None = None) -> str:
        """An out-of-office answer from the recipient (not a bounce)."""
        return self._answer(to, at, subject="Automatic reply: ", domain="outlook.example",
                            headers={"Auto-Submitted": "auto-replied",
                                     "X-Auto-Response-Suppress": "All"},
                            body="Thank you for your message. I am out of the office until "
                                 "Monday with limited access to email.\n")

    def reply(self, to: str | Sent, *, at: datetime | None = None) -> str:
        """A person's answer from the recipient (not a bounce, not an auto-reply)."""
        return self._answer(to, at, subject="Re: ", domain="prospects.example", headers={},
                            body="Hi Sam,\n\nTuesday at 10 works for me.\n\nAna\n")

    def _answer(self, to: str | Sent, at: datetime | None, *, subject: str, domain: str,
                headers: Mapping[str, str], body: str) -> str:
        sent = to if isinstance(to, Sent) else self.send(to)
        at = at or datetime.now(timezone.utc)
        msg = EmailMessage()
        msg["From"] = sent.to
        msg["To"] = self.address
        msg["Subject"] = subject + sent.subject
        msg["Date"] = _date(at)
        msg["Message-ID"] = make_msgid(domain=domain)
        msg["In-Reply-To"] = sent.message_id
        msg["References"] = sent.message_id
        for name, value in headers.items():
            msg[name] = value
        msg.set_content(body)
        return self.fake.add_message(self.address, bytes(msg), labels=("INBOX", "UNREAD"),
                                     thread_id=sent.gmail_id, internal_date=_ms(at))

    def dsn(self, sent: Sent, kind: BounceKind, *, at: datetime) -> bytes:
        """An RFC 3464 report as Gmail's mailer-daemon writes it: a human part, the
        message/delivery-status part, and the original message."""
        report = EmailMessage()
        report["Return-Path"] = "<>"
        report["From"] = "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"
        report["To"] = self.address
        report["Subject"] = "Delivery Status Notification (Failure)"
        report["Date"] = _date(at)
        report["Message-ID"] = make_msgid(domain="mx.google.com")
        report["In-Reply-To"] = sent.message_id
        report["References"] = sent.message_id
        report["Auto-Submitted"] = "auto-replied"
        report["X-Failed-Recipients"] = sent.to
        report["MIME-Version"] = "1.0"
        report["Content-Type"] = "multipart/report; report-type=delivery-status"

        diagnostic = (kind.diagnostic or "").replace("{domain}", sent.to.rpartition("@")[2])
        human = EmailMessage()
        human.set_content(f"** {kind.headline} **\n\n{kind.explanation.format(to=sent.to)}\n\n"
                          f"The response from the remote server was:\n{diagnostic}\n")

        per_message = Message()
        per_message["Reporting-MTA"] = "dns; googlemail.com"
        per_message["Received-From-MTA"] = "dns; " + self.address
        per_message["Arrival-Date"] = _date(sent.at)
        per_message["X-Original-Message-ID"] = sent.message_id
        per_recipient = Message()
        per_recipient["Final-Recipient"] = f"rfc822; {sent.to}"
        per_recipient["Action"] = kind.action
        per_recipient["Status"] = kind.status or ""
        if kind.name != "sender":  # the sender-side refusal never reached a remote MTA
            per_recipient["Remote-MTA"] = "dns; mx." + sent.to.split("@", 1)[1]
        per_recipient["Diagnostic-Code"] = f"smtp; {diagnostic}"
        per_recipient["Last-Attempt-Date"] = _date(at)
        status = EmailMessage()
        status["Content-Type"] = "message/delivery-status"
        status.set_payload([per_message, per_recipient])

        original = EmailMessage()
        original["Content-Type"] = "message/rfc822"
        original.set_payload([_message(sent.raw)])

        for part in (human, status, original):
            report.attach(part)
        return bytes(report)


def _message(raw: bytes) -> Message:
    from email import message_from_bytes
    from email.policy import default

    return message_from_bytes(raw, policy=default)


def _ms(at: datetime | None) -> int | None:
    return None if at is None else int(at.timestamp() * 1000)
