"""The CRMs the end-to-end runs write to, behind one interface (`CrmBackend`): the fake
HubSpot, the fake Salesforce, the local SQLite CRM. Each starts, gives the config its
[crm] table and the environment its secrets, seeds contacts and reads them back as a CRM
user would see them (`ContactState`), and counts the calls and writes it received."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from tests.e2e.mailer import MAILBOX
from tests.fakes.hubspot import TOKEN as HUBSPOT_TOKEN
from tests.fakes.hubspot import FakeHubSpot
from tests.fakes.salesforce import FakeSalesforce

# Secrets reach the command only through the environment (`env:` references in the config).
ENV_HUBSPOT = "E2E_HUBSPOT_TOKEN"
ENV_SF_PASSWORD = "E2E_SF_PASSWORD"
ENV_SF_TOKEN = "E2E_SF_SECURITY_TOKEN"
ENV_SF_SECRET = "E2E_SF_CONSUMER_SECRET"
SF_USERNAME = "integration@example.com"
SF_CONSUMER_KEY = "3MVG9-e2e-connected-app"
SF_CONSUMER_SECRET = "e2e-consumer-secret-not-real"
SF_PASSWORD = "e2e-pa55word-not-real"
SF_SECURITY_TOKEN = "E2ESECURITYTOKEN42"


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
