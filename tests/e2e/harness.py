"""End-to-end harness: the real `bounce-sync` command, in a subprocess, against the fake
Gmail API and one CRM (the fake HubSpot, the fake Salesforce, or the local SQLite CRM).

The fakes run in the test process on 127.0.0.1; the config the command reads points the
gmail mailbox(es) and the CRM at them, with every secret passed through `env:` references.
The harness seeds and inspects the fakes' state directly (as a CRM user or the mail
provider would), never through our connectors, so assertions see what a person would see.

    with E2E(tmp_path, "hubspot") as e2e:
        ana = e2e.add_contact("ana@example.com", sequences={"Q4 Outbound": 2})
        e2e.mail.bounce("ana@example.com", "hard")          # sent mail + Gmail DSN
        result = e2e.run()                                    # RunResult(status, summary, ...)
        e2e.assert_contact(ana, status="bounced", reason="userunknown", sequences={})
        before = e2e.writes(); e2e.run(); assert e2e.writes() == before

Reusable pieces for other harnesses (kill-anywhere, fault injection):
  * `BOUNCES` (the bounce kinds and what each must do to a contact), `Mailer` (builds RFC
    3464 DSNs from mailer-daemon@googlemail.com that quote a SENT message in the same
    Gmail thread, auto-replies, and sender-side limit notices);
  * `CrmBackend` with `HubSpotBackend`, `SalesforceBackend`, `LocalBackend`: start, config
    table, env, seeding, reading back (`state(ref) -> ContactState`), write/call counters;
  * `E2E.command(...)` builds the argv/env so a caller can run the CLI with its own
    `subprocess.Popen` (and kill it wherever it likes); `E2E.run` runs it to the end.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage, Message
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any

from tests.fakes.gmail import FakeGmail
from tests.fakes.hubspot import TOKEN as HUBSPOT_TOKEN
from tests.fakes.hubspot import FakeHubSpot
from tests.fakes.salesforce import FakeSalesforce

BIN = Path(sys.executable).with_name("bounce-sync")
MAILBOX = "rep@seller.example"  # the sending mailbox (and HubSpot's enrollment sender)
CRMS = ("hubspot", "salesforce", "local")

# Secrets reach the command only through the environment (`env:` references in the config).
ENV_GMAIL = "E2E_GMAIL_CREDENTIALS_{n}"
ENV_HUBSPOT = "E2E_HUBSPOT_TOKEN"
ENV_SF_PASSWORD = "E2E_SF_PASSWORD"
ENV_SF_TOKEN = "E2E_SF_SECURITY_TOKEN"
ENV_SF_SECRET = "E2E_SF_CONSUMER_SECRET"
SF_USERNAME = "integration@example.com"
SF_CONSUMER_KEY = "3MVG9-e2e-connected-app"
SF_CONSUMER_SECRET = "e2e-consumer-secret-not-real"
SF_PASSWORD = "e2e-pa55word-not-real"
SF_SECURITY_TOKEN = "E2ESECURITYTOKEN42"


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
        "550 5.1.2 Host or domain name not found. Name service error for name=gone.invalid",
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

        human = EmailMessage()
        human.set_content(f"** {kind.headline} **\n\n{kind.explanation.format(to=sent.to)}\n\n"
                          f"The response from the remote server was:\n{kind.diagnostic}\n")

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
        per_recipient["Diagnostic-Code"] = f"smtp; {kind.diagnostic}"
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


# --------------------------------------------------------------------------- CRM backends


@dataclass(frozen=True)
class ContactState:
    """Our fields on a contact and its active sequences, in neutral form."""

    email: str | None
    status: str | None
    reason: str | None
    hard: bool | None
    diagnostic: str | None
    bounced_address: str | None
    bounced_at: str | None
    soft_count: int | None
    note: str | None
    sequences: dict[str, int]  # sequence/cadence name -> current step, active ones only


@dataclass(frozen=True)
class Ref:
    id: str
    email: str
    sequences: dict[str, int] = field(compare=False)  # as seeded


class CrmBackend:
    """One CRM as the command sees it (a config table + env) and as a test sees it (seed,
    read back, count requests)."""

    name: str
    idle_calls: int  # CRM API calls an idle run may make (the watcher's query)

    def start(self, folder: Path) -> None: ...
    def stop(self) -> None: ...
    def table(self) -> dict[str, Any]: ...
    def env(self) -> dict[str, str]: return {}
    def setup(self) -> None: ...
    def add_contact(self, email: str, sequences: Mapping[str, int],
                    secondary: Sequence[str] = ()) -> str: ...
    def state(self, cid: str) -> ContactState: ...
    def edit_email(self, cid: str, new: str) -> None: ...
    def settle(self) -> None: ...
    def request_resend(self, cid: str) -> None:
        """A rep sets the contact's bounce status to "Resend" in the CRM (README, "The
        CRM-side undo")."""
    def refuse_writes(self, refuse: bool) -> None:
        """While `refuse`, the CRM answers every write with an error (an outage, or a rule
        that locks contacts), as a CRM in trouble would."""
    def writes(self) -> int: ...
    def calls(self) -> int: ...
    def secrets(self) -> list[str]: return []
    def snapshot(self) -> Any: return None  # every row, where "requests" cannot be counted

    def known_bad_calls(self, addresses: int) -> int:
        """API calls the known-bad check (sync/known_bad.py) may make in a run over this
        many known-bad addresses: one find_contacts (README, "Known-bad addresses")."""
        return 0


def _none(value: Any) -> Any:
    return None if value in (None, "") else value


class HubSpotBackend(CrmBackend):
    name = "hubspot"
    idle_calls = 1  # the watcher's one search

    def __init__(self) -> None:
        self.fake = FakeHubSpot()

    def start(self, folder: Path) -> None:
        self.fake.start()

    def stop(self) -> None:
        self.fake.stop()

    def table(self) -> dict[str, Any]:
        return {"connector": "hubspot", "access_token": f"env:{ENV_HUBSPOT}",
                "base_url": self.fake.url, "request_timeout": 5, "max_attempts": 3,
                # re-enroll from the sending mailbox, the inbox connected in HubSpot
                "reenroll_sender": MAILBOX}

    def env(self) -> dict[str, str]:
        return {ENV_HUBSPOT: HUBSPOT_TOKEN}

    def secrets(self) -> list[str]:
        return [HUBSPOT_TOKEN]

    def setup(self) -> None:
        # What `bounce-sync setup` leaves behind (the setup command has its own tests):
        # the property group, our properties and the unenroll workflow.
        from connectors.hubspot import HubSpotConnector
        from sync.secret import Secret

        conn = HubSpotConnector({"access_token": Secret(HUBSPOT_TOKEN, "test"),
                                 "base_url": self.fake.url}, base_dir=Path("."))
        items = conn.setup(dry_run=False)
        assert all(i.ok for i in items), items

    def add_contact(self, email: str, sequences: Mapping[str, int],
                    secondary: Sequence[str] = ()) -> str:
        steps = set(sequences.values()) or {2}
        assert len(steps) == 1, "the fake enrolls every sequence of a contact at one step"
        return self.fake.add_contact(email, secondary=secondary, sequences=list(sequences),
                                     step=steps.pop(), sender=MAILBOX)

    def state(self, cid: str) -> ContactState:
        p = self.fake.contact(cid)["properties"]
        get = lambda name: _none(p.get("bounce_sync_" + name))  # noqa: E731
        names = {sid: s["name"] for sid, s in self.fake.sequences.items()}
        soft = get("soft_count")
        return ContactState(
            email=p.get("email"), status=get("status"), reason=get("reason"),
            hard=None if get("hard") is None else get("hard") == "true",
            diagnostic=get("diagnostic"), bounced_address=get("bounced_address"),
            bounced_at=get("bounced_at"), soft_count=None if soft is None else int(float(soft)),
            note=get("note"),
            sequences={names[e["sequenceId"]]: e["step"] for e in self.fake.active_enrollments(cid)})

    def edit_email(self, cid: str, new: str) -> None:
        self.fake.edit_email(cid, new)

    def request_resend(self, cid: str) -> None:
        self.fake.edit_property(cid, "bounce_sync_status", "resend")

    def known_bad_calls(self, addresses: int) -> int:
        # one batch read, and one search per address no contact holds as its primary
        return 1 + addresses

    def settle(self) -> None:
        self.fake.settle()  # cron runs minutes apart: the search index has caught up

    def refuse_writes(self, refuse: bool) -> None:
        if refuse:  # an outage: HubSpot's 5xx on every call
            self.fake.faults.set_rate(1.0, kinds=("server_error",))
        else:
            self.fake.faults.clear()

    def writes(self) -> int:
        return sum(1 for r in self.fake.requests()
                   if r.method in ("POST", "PATCH", "PUT", "DELETE")
                   and not r.path.endswith(("/batch/read", "/search")))

    def calls(self) -> int:
        return self.fake.count()


class SalesforceBackend(CrmBackend):
    name = "salesforce"
    _AUTH = ("/services/oauth2/",)
    idle_calls = 1  # the watcher's queries (Contact, Lead) in one composite call; logins aside

    def __init__(self) -> None:
        self.fake = FakeSalesforce(username=SF_USERNAME)
        self.fake.register_password(SF_USERNAME, SF_PASSWORD, SF_SECURITY_TOKEN)
        self.fake.register_client(SF_CONSUMER_KEY, SF_CONSUMER_SECRET)

    def start(self, folder: Path) -> None:
        self.fake.start()

    def stop(self) -> None:
        self.fake.stop()

    def table(self) -> dict[str, Any]:
        # password mode: the OAuth username-password flow through a connected app
        return {"connector": "salesforce", "auth": "password", "username": SF_USERNAME,
                "consumer_key": SF_CONSUMER_KEY, "consumer_secret": f"env:{ENV_SF_SECRET}",
                "password": f"env:{ENV_SF_PASSWORD}", "security_token": f"env:{ENV_SF_TOKEN}",
                "insecure_http_for_tests": self.fake.url, "request_timeout": 5,
                "max_attempts": 3, "backoff_seconds": 0.05,
                "secondary_email_fields": ["Alt_Email__c"]}

    def env(self) -> dict[str, str]:
        return {ENV_SF_PASSWORD: SF_PASSWORD, ENV_SF_TOKEN: SF_SECURITY_TOKEN,
                ENV_SF_SECRET: SF_CONSUMER_SECRET}

    def secrets(self) -> list[str]:
        return [SF_PASSWORD, SF_SECURITY_TOKEN, SF_CONSUMER_SECRET]

    def setup(self) -> None:
        self.fake.install_fields()  # the org as `bounce-sync setup` leaves it

    def add_contact(self, email: str, sequences: Mapping[str, int],
                    secondary: Sequence[str] = ()) -> str:
        steps = set(sequences.values()) or {2}
        assert len(steps) == 1, "the fake assigns every cadence of a contact at one step"
        assert len(secondary) <= 1, "one secondary email field (Alt_Email__c)"
        extra = {"Alt_Email__c": secondary[0]} if secondary else {}
        return self.fake.add_contact(email, cadences=list(sequences), step=steps.pop(), **extra)

    def state(self, cid: str) -> ContactState:
        rec = self.fake.record(cid)
        get = lambda name: _none(rec.get(f"Bounce_Sync_{name}__c"))  # noqa: E731
        cadences = {rid: r["Name"] for rid, r in self.fake.tables["ActionCadence"].items()}
        at = get("Bounced_At")
        count = get("Soft_Count")
        return ContactState(
            email=rec.get("Email"), status=get("Status"), reason=get("Reason"), hard=get("Hard"),
            diagnostic=get("Diagnostic"), bounced_address=get("Address"),
            bounced_at=at.isoformat() if isinstance(at, datetime) else at,
            soft_count=None if count is None else int(count), note=get("Note"),
            sequences={cadences[t["ActionCadenceId"]]: t["_step"] for t in self.fake.trackers(cid)})

    def edit_email(self, cid: str, new: str) -> None:
        self.fake.edit_email(cid, new)

    def request_resend(self, cid: str) -> None:
        self.fake.edit_field(cid, "Bounce_Sync_Status__c", "resend")

    def settle(self) -> None:
        pass  # SOQL has no indexing lag

    def refuse_writes(self, refuse: bool) -> None:
        # Another process holds every contact's lock: Salesforce refuses each update with
        # UNABLE_TO_LOCK_ROW (the fake's `locked`: refusals left per record id).
        with self.fake.state_lock:
            for table in ("Contact", "Lead"):
                for rid in self.fake.tables[table]:
                    if refuse:
                        self.fake.locked[rid] = 1_000
                    else:
                        self.fake.locked.pop(rid, None)

    def known_bad_calls(self, addresses: int) -> int:
        return 1  # one composite lookup call

    def writes(self) -> int:
        return sum(1 for r in self.fake.requests()
                   if r.method in ("POST", "PATCH", "PUT", "DELETE")
                   and not r.path.startswith(self._AUTH) and not self._reads_only(r))

    @staticmethod
    def _reads_only(request) -> bool:
        """A `composite` POST whose subrequests are all GETs (queries) writes nothing."""
        if not request.path.endswith("/composite"):
            return False
        subs = (request.json() or {}).get("compositeRequest") or ()
        return all(sub.get("method") == "GET" for sub in subs)

    def calls(self) -> int:
        """API calls, logins not counted (a fresh process must log in)."""
        return sum(1 for r in self.fake.requests() if not r.path.startswith(self._AUTH))


class LocalBackend(CrmBackend):
    """The local SQLite CRM; "requests" are rows changed (it has no server)."""

    name = "local"
    idle_calls = 0

    def start(self, folder: Path) -> None:
        from connectors.local import LocalCrm

        self.folder = folder
        self.path = folder / "crm.sqlite3"
        self.crm = LocalCrm({"path": "crm.sqlite3"}, base_dir=folder)

    def stop(self) -> None:
        self.crm.close()

    def table(self) -> dict[str, Any]:
        return {"connector": "local", "path": "crm.sqlite3"}

    def setup(self) -> None:
        items = self.crm.setup(dry_run=False)
        assert all(i.ok for i in items), items

    def _db(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, isolation_level=None)
        conn.row_factory = sqlite3.Row
        return conn

    def add_contact(self, email: str, sequences: Mapping[str, int],
                    secondary: Sequence[str] = ()) -> str:
        with self._db() as conn:
            conn.execute("BEGIN")
            cid = conn.execute("INSERT INTO contacts (first_name, email, owner, secondary_emails) "
                               "VALUES (?, ?, ?, ?)",
                               ("Test", email, MAILBOX, json.dumps(list(secondary)))).lastrowid
            for name, step in sequences.items():
                conn.execute("INSERT OR IGNORE INTO sequences (name, steps) VALUES (?, 5)", (name,))
                sid = conn.execute("SELECT id FROM sequences WHERE name = ?", (name,)).fetchone()[0]
                conn.execute("INSERT INTO enrollments (contact_id, sequence_id, step, sender, "
                             "user_id, enrolled_at) VALUES (?, ?, ?, ?, 'u7', ?)",
                             (cid, sid, step, MAILBOX, "2026-01-05T09:00:00.000000Z"))
            conn.execute("COMMIT")
        conn.close()
        return str(cid)

    def state(self, cid: str) -> ContactState:
        conn = self._db()
        try:
            r = conn.execute("SELECT * FROM contacts WHERE id = ?", (int(cid),)).fetchone()
            seqs = {row[0]: row[1] for row in conn.execute(
                "SELECT s.name, e.step FROM enrollments e JOIN sequences s ON s.id = e.sequence_id "
                "WHERE e.contact_id = ? AND e.state = 'active'", (int(cid),))}
        finally:
            conn.close()
        return ContactState(
            email=r["email"], status=r["bounce_status"], reason=r["bounce_reason"],
            hard=None if r["bounce_hard"] is None else bool(r["bounce_hard"]),
            diagnostic=r["bounce_diagnostic"], bounced_address=r["bounced_address"],
            bounced_at=r["bounced_at"], soft_count=r["soft_count"] or None, note=r["bounce_note"],
            sequences=seqs)

    def edit_email(self, cid: str, new: str) -> None:
        self.crm.edit_email(cid, new)  # what `bounce-sync contacts edit` does, as a CRM user

    def request_resend(self, cid: str) -> None:
        self.crm.request_resend(cid)  # what `bounce-sync contacts resend` does

    def settle(self) -> None:
        pass

    def refuse_writes(self, refuse: bool) -> None:
        # as a validation rule locking every contact would (the local CRM fails the action)
        with self._db() as conn:
            conn.execute("DROP TRIGGER IF EXISTS refuse_writes")
            if refuse:
                conn.execute("CREATE TRIGGER refuse_writes BEFORE UPDATE ON contacts BEGIN "
                             "SELECT RAISE(ABORT, 'validation rule: contact locked'); END")
        conn.close()

    def snapshot(self) -> list[tuple]:
        conn = self._db()
        try:
            rows = [("c", *r) for r in conn.execute("SELECT * FROM contacts ORDER BY id")]
            rows += [("e", *r) for r in conn.execute("SELECT * FROM enrollments ORDER BY id")]
            rows += [("v", *r) for r in conn.execute("SELECT * FROM events WHERE actor != 'cli' ORDER BY id")]
        finally:
            conn.close()
        return rows

    def writes(self) -> int:
        """Events bounce-sync logged (one per applied action); `snapshot` catches writes
        that log nothing."""
        conn = self._db()
        try:
            return conn.execute("SELECT count(*) FROM events WHERE actor != 'cli'").fetchone()[0]
        finally:
            conn.close()

    def calls(self) -> int:
        return 0  # no server to count; `writes` and `snapshot` cover the local CRM


def backend(name: str) -> CrmBackend:
    return {"hubspot": HubSpotBackend, "salesforce": SalesforceBackend, "local": LocalBackend}[name]()


# --------------------------------------------------------------------------- the harness


@dataclass
class RunResult:
    status: int
    summary: dict[str, Any]
    stdout: str
    stderr: str
    seconds: float
    logs: list[dict[str, Any]] = field(default_factory=list)

    def __getitem__(self, key: str) -> Any:
        return self.summary[key]


@dataclass(frozen=True)
class Counts:
    """Requests seen by the fakes at one moment."""

    gmail: int
    gmail_history: int
    gmail_gets: int  # batches of messages.get
    crm_calls: int
    crm_writes: int
    crm_snapshot: Any = None

    def __sub__(self, other: Counts) -> Counts:
        return Counts(self.gmail - other.gmail, self.gmail_history - other.gmail_history,
                      self.gmail_gets - other.gmail_gets, self.crm_calls - other.crm_calls,
                      self.crm_writes - other.crm_writes)


class E2E:
    """Fakes + config + the command. Use as a context manager (fakes stop on exit)."""

    def __init__(self, folder: Path, crm: str | CrmBackend, *,
                 mailboxes: Sequence[str] = (MAILBOX,), policy: Mapping[str, Any] | None = None,
                 mailbox_settings: Mapping[str, Any] | None = None) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.crm = backend(crm) if isinstance(crm, str) else crm
        self.gmail = FakeGmail()
        self.addresses = tuple(mailboxes)
        self.policy = dict(policy or {})
        self.mailbox_settings = dict(mailbox_settings or {})
        self.mailers: dict[str, Mailer] = {}
        self.config = self.folder / "bounce-sync.toml"
        self._env: dict[str, str] = {}
        self._started = False

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> E2E:
        self.gmail.start()
        self.crm.start(self.folder)
        self._started = True
        for n, address in enumerate(self.addresses):
            creds = self.gmail.authorized_user(address)
            self._env[ENV_GMAIL.format(n=n)] = json.dumps(creds)
            self.mailers[address] = Mailer(self.gmail, address)
        self._env.update(self.crm.env())
        self.crm.setup()
        self.write_config()
        return self

    def stop(self) -> None:
        if self._started:
            self.gmail.stop()
            self.crm.stop()
            self._started = False

    def __enter__(self) -> E2E:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def mail(self) -> Mailer:
        """The first mailbox's mailer."""
        return self.mailers[self.addresses[0]]

    def secrets(self) -> list[str]:
        """Every secret value the command was given (none may appear in its output)."""
        found = list(self.crm.secrets())
        for value in self._env.values():
            if value.startswith("{"):
                info = json.loads(value)
                found += [info["client_secret"], info["refresh_token"]]
        found += [t for t in self.gmail.issued_tokens() if t.startswith("ya29.")]
        return found

    # -- config ----------------------------------------------------------------------------

    def write_config(self) -> Path:
        lines = ['[state]', 'url = "sqlite:///bounce-sync.sqlite3"', '']
        for n, address in enumerate(self.addresses):
            table = {"name": f"mbox{n}", "source": "gmail", "address": address,
                     "credentials": f"env:{ENV_GMAIL.format(n=n)}", "api_endpoint": self.gmail.url,
                     "timeout": 5, "max_attempts": 3, "backoff_seconds": 0.05,
                     **self.mailbox_settings}
            lines += ["[[mailboxes]]", *_toml_pairs(table), ""]
        lines += ["[crm]", *_toml_pairs(self.crm.table()), ""]
        if self.policy:
            lines += ["[policy]", *_toml_pairs(self.policy), ""]
        self.config.write_text("\n".join(lines), encoding="utf-8")
        return self.config

    # -- seeding ---------------------------------------------------------------------------

    def add_contact(self, email: str, sequences: Mapping[str, int] | None = None, *,
                    secondary: Sequence[str] = ()) -> Ref:
        seqs = dict({"Q4 Outbound": 2} if sequences is None else sequences)
        return Ref(id=self.crm.add_contact(email, seqs, secondary), email=email, sequences=seqs)

    def add_contacts(self, n: int, *, domain: str = "prospects.example",
                     sequences: Mapping[str, int] | None = None) -> list[Ref]:
        return [self.add_contact(f"prospect{i:04d}@{domain}", sequences) for i in range(n)]

    def deliver(self, plan: Iterable[tuple[Ref | str, str]], *, mailbox: str | None = None) -> None:
        """Mail for many recipients at once: (contact or address, kind) pairs where kind is a
        key of BOUNCES or "auto_reply"."""
        mailer = self.mailers[mailbox or self.addresses[0]]
        for who, kind in plan:
            to = who.email if isinstance(who, Ref) else who
            if kind == "auto_reply":
                mailer.auto_reply(to)
            else:
                mailer.bounce(to, kind)

    # -- the command -----------------------------------------------------------------------

    def command(self, *args: str, log_format: str = "json") -> tuple[list[str], dict[str, str]]:
        """argv and environment for one invocation of the real command."""
        env = {k: v for k, v in os.environ.items() if not k.startswith("BOUNCE_SYNC")}
        env.update(self._env)
        return [str(BIN), *args, "--config", str(self.config), "--log-format", log_format], env

    def invoke(self, *args: str, log_format: str = "json", timeout: float = 60) -> subprocess.CompletedProcess[str]:
        argv, env = self.command(*args, log_format=log_format)
        return subprocess.run(argv, cwd=self.folder, env=env, capture_output=True, text=True,
                              timeout=timeout)

    def run(self, *args: str, settle: bool = True) -> RunResult:
        """`bounce-sync run ARGS` to its end; the summary parsed and checked for shape."""
        if settle:
            self.crm.settle()
        started = time.monotonic()
        done = self.invoke("run", *args)
        seconds = time.monotonic() - started
        assert done.returncode in (0, 1, 3), f"exit {done.returncode}\n{done.stderr}"
        logs = [json.loads(line) for line in done.stderr.splitlines() if line.strip()]
        lines = done.stdout.splitlines()
        assert len(lines) == 1, done.stdout + done.stderr
        summary = json.loads(lines[0])
        assert summary["event"] == "summary", summary
        assert summary["exit_status"] == done.returncode, (summary, done.stderr)
        for secret in self.secrets():
            assert secret not in done.stdout and secret not in done.stderr, "a secret was printed"
        return RunResult(done.returncode, summary, done.stdout, done.stderr, seconds, logs)

    # -- reading back ----------------------------------------------------------------------

    def state(self, ref: Ref) -> ContactState:
        return self.crm.state(ref.id)

    def edit_email(self, ref: Ref, new: str) -> Ref:
        self.crm.edit_email(ref.id, new)
        return Ref(id=ref.id, email=new, sequences=ref.sequences)

    def counts(self) -> Counts:
        return Counts(gmail=self.gmail.count(),
                      gmail_history=self.gmail.count("GET", r"/history$"),
                      gmail_gets=self.gmail.count("POST", r"^/batch"),
                      crm_calls=self.crm.calls(), crm_writes=self.crm.writes(),
                      crm_snapshot=self.crm.snapshot())

    def assert_contact(self, ref: Ref, *, status: str | None = None, reason: str | None = None,
                       hard: bool | None = None, sequences: Mapping[str, int] | None = None,
                       address: str | None = None, soft_count: int | None = None,
                       note_contains: str | None = None, untouched: bool = False) -> ContactState:
        """Check one contact; `untouched` means no bounce field set and its seeded sequences
        still active at their seeded steps."""
        s = self.state(ref)
        where = f"{self.crm.name} contact {ref.email}: {s}"
        if untouched:
            assert (s.status, s.reason, s.bounced_address, s.note) == (None, None, None, None), where
            assert s.sequences == ref.sequences, where
            return s
        assert s.status == status, where
        if reason is not None:
            assert s.reason == reason, where
        if hard is not None:
            assert s.hard is hard, where
        if sequences is not None:
            assert s.sequences == dict(sequences), where
        if address is not None:
            assert s.bounced_address == address, where
        if soft_count is not None:
            assert s.soft_count == soft_count, where
        if note_contains is not None:
            assert note_contains in (s.note or ""), where
        if status in ("bounced", "soft_bounced") and s.reason is not None:
            assert s.bounced_at, where
            assert s.diagnostic and s.diagnostic.strip(), where
        return s

    def assert_final_state(self, expected: Mapping[Ref, str]) -> None:
        """Many contacts at once, by the kind of mail each got (keys of BOUNCES,
        "auto_reply" or "none"): a hard/spam bounce leaves the contact bounced with that
        reason and out of every sequence; one soft bounce leaves it soft_bounced and
        enrolled; sender-side, auto-reply and none leave it untouched."""
        for ref, kind in expected.items():
            k = BOUNCES.get(kind)
            if k is None or k.reason is None:
                self.assert_contact(ref, untouched=True)
            elif k.hard:
                self.assert_contact(ref, status="bounced", reason=k.reason, hard=True,
                                    sequences={}, address=ref.email)
            else:
                self.assert_contact(ref, status="soft_bounced", reason=k.reason, hard=False,
                                    sequences=ref.sequences, address=ref.email, soft_count=1)


def assert_quiet(result: RunResult) -> None:
    """A run that changed nothing in the CRM and left nothing waiting."""
    for key in ("contacts_marked", "unenrolled", "reenrolled", "cleared", "flagged", "refused",
                "failed", "waiting"):
        assert result[key] == 0, (key, result.summary)


def _toml_pairs(table: Mapping[str, Any]) -> list[str]:
    return [f"{k} = {_toml_value(v)}" for k, v in table.items()]


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value)  # a JSON string is a valid TOML basic string
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    raise TypeError(f"no TOML for {value!r}")
