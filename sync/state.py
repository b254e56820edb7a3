"""The state store: one interface over SQLite (default) and PostgreSQL (by URL).

Holds mailbox cursors, the message ledger, the outbox, each address's and contact's bounce
history, watcher cursors, alerts and run reports. Schema changes are numbered migrations,
each applied in its own transaction and recorded in `schema_version`.

The dialect layer is deliberately thin: SQL is written once with `?` placeholders and
`ON CONFLICT` upserts (both engines); only the column types for serial keys and bytes and
`FOR UPDATE SKIP LOCKED` (PostgreSQL only) differ. Times are stored as fixed-width UTC
ISO text, so they compare correctly as strings on both engines.

Concurrency: SQLite runs one worker at a time (`run_lock`, a flock beside the file).
PostgreSQL lets several workers share the store: mailboxes and the watcher are claimed with
named leases, outbox rows with row leases taken by `SELECT ... FOR UPDATE SKIP LOCKED`;
a lease expires so a killed worker's share is taken over.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from sync.errors import ConfigError, Permanent
from sync.leases import Fence, LeaseLost
from sync.outbox import decode_action, decode_enrollments, encode_action, encode_enrollments, encode_result
from sync.planner import BounceFact, Forgive, PastBounce, Plan, PlannerState, SignOfLife
from sync.records import Action, ApplyResult, Contact, Outcome, Unenroll
from sync.report import Alert, RunReport

UTC = timezone.utc

# --------------------------------------------------------------------------- migrations
# Append only. `{serial}` and `{blob}` are filled in per dialect.

MIGRATIONS: tuple[tuple[int, str, tuple[str, ...]], ...] = (
    (1, "initial schema", (
        """CREATE TABLE leases (name TEXT PRIMARY KEY, owner TEXT NOT NULL,
               expires TEXT NOT NULL)""",
        """CREATE TABLE mailboxes (name TEXT PRIMARY KEY, cursor TEXT, cursor_at TEXT,
               last_run_at TEXT, last_error TEXT, paused INTEGER NOT NULL DEFAULT 0,
               paused_reason TEXT)""",
        """CREATE TABLE ledger (mailbox TEXT NOT NULL, message_id TEXT NOT NULL,
               status TEXT NOT NULL, classification TEXT, error TEXT, raw {blob},
               received_at TEXT, recorded_at TEXT NOT NULL,
               PRIMARY KEY (mailbox, message_id))""",
        "CREATE INDEX ledger_status ON ledger (status)",
        """CREATE TABLE outbox (seq {serial}, key TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,
               crm TEXT NOT NULL, contact_id TEXT NOT NULL, origin TEXT, action TEXT NOT NULL,
               state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT,
               lease_owner TEXT, lease_expires TEXT, result TEXT,
               created_at TEXT NOT NULL, updated_at TEXT NOT NULL)""",
        "CREATE INDEX outbox_state ON outbox (crm, state, seq)",
        """CREATE TABLE bounces (seq {serial}, address TEXT NOT NULL, crm TEXT NOT NULL,
               contact_id TEXT NOT NULL DEFAULT '', object_type TEXT,
               mailbox TEXT NOT NULL, message_id TEXT NOT NULL, reason TEXT NOT NULL,
               hard INTEGER NOT NULL, scope TEXT NOT NULL, diagnostic TEXT,
               outcome TEXT NOT NULL, at TEXT NOT NULL, recorded_at TEXT NOT NULL,
               UNIQUE (mailbox, message_id, address, crm, contact_id))""",
        "CREATE INDEX bounces_address ON bounces (address, at)",
        "CREATE INDEX bounces_contact ON bounces (crm, contact_id, seq)",
        "CREATE INDEX bounces_mailbox ON bounces (mailbox, at)",
        """CREATE TABLE address_events (seq {serial}, address TEXT NOT NULL,
               kind TEXT NOT NULL, crm TEXT NOT NULL DEFAULT '',
               contact_id TEXT NOT NULL DEFAULT '', at TEXT NOT NULL, why TEXT)""",
        "CREATE INDEX address_events_address ON address_events (address, at)",
        """CREATE TABLE known_hard (address TEXT PRIMARY KEY, reason TEXT NOT NULL,
               mailbox TEXT, message_id TEXT, at TEXT NOT NULL)""",
        """CREATE TABLE removed_enrollments (seq {serial}, crm TEXT NOT NULL,
               contact_id TEXT NOT NULL, action_key TEXT NOT NULL UNIQUE,
               enrollments TEXT NOT NULL, at TEXT NOT NULL)""",
        "CREATE INDEX removed_contact ON removed_enrollments (crm, contact_id, seq)",
        """CREATE TABLE watchers (crm TEXT PRIMARY KEY, cursor TEXT, updated_at TEXT)""",
        """CREATE TABLE seen_changes (crm TEXT NOT NULL, contact_id TEXT NOT NULL,
               modified_at TEXT NOT NULL, PRIMARY KEY (crm, contact_id, modified_at))""",
        """CREATE TABLE alerts (seq {serial}, mailbox TEXT NOT NULL, kind TEXT NOT NULL,
               reason TEXT NOT NULL, message TEXT NOT NULL, message_id TEXT,
               paused INTEGER NOT NULL DEFAULT 0, at TEXT NOT NULL)""",
        """CREATE TABLE runs (seq {serial}, mode TEXT NOT NULL, started_at TEXT NOT NULL,
               finished_at TEXT, exit_status INTEGER, report TEXT NOT NULL)""",
    )),
    # Soft-bounce counting by a flag rather than by comparing times: a reply and a bounce
    # recorded with the same timestamp (one page, one clock) must still reset in order.
    (2, "soft bounces counted by flag", (
        "ALTER TABLE bounces ADD COLUMN counted INTEGER NOT NULL DEFAULT 1",
    )),
    # An alert stays open until a person acknowledges it (`bounce-sync alerts ack`); an
    # open bounce-rate alert is not raised again, and counting starts again after an ack.
    (3, "alerts acknowledged", (
        "ALTER TABLE alerts ADD COLUMN acked_at TEXT",
        "CREATE INDEX alerts_open ON alerts (mailbox, kind, acked_at)",
    )),
    # Fencing (sync/leases.py): a named lease carries a generation that grows on every
    # takeover, a batch of outbox rows a token; the transactions that record work check them.
    # Per-contact order: the lease query looks for a contact's earlier unfinished rows.
    (4, "lease fencing tokens and per-contact outbox order", (
        "ALTER TABLE leases ADD COLUMN token INTEGER NOT NULL DEFAULT 1",
        "ALTER TABLE outbox ADD COLUMN lease_token TEXT",
        "CREATE INDEX outbox_contact ON outbox (crm, contact_id, seq)",
    )),
)

# How a connector applies one batch (connectors/base.py: writes to the record first, then
# removals from sequences, then enrollments; in the given order within each phase). A
# contact's rows share a batch only while their phases do not go backwards, so a batch never
# reorders one contact's actions (e.g. a Reenroll before a later Unenroll).
_PHASE = {"MarkBounced": 0, "ClearBounce": 0, "Flag": 0, "Unenroll": 1, "Reenroll": 2}

_TYPES = {
    "sqlite": {"serial": "INTEGER PRIMARY KEY AUTOINCREMENT", "blob": "BLOB"},
    "postgresql": {"serial": "BIGSERIAL PRIMARY KEY", "blob": "BYTEA"},
}

# Bounce-history outcomes that mean "this contact was marked bounced for this address".
_MARKED = ("marked", "escalated", "already")


def ts(value: datetime) -> str:
    """Fixed-width UTC text: sorts and compares like the instant it names."""
    if value.tzinfo is None:
        raise ValueError("times must be timezone-aware")
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def change_key(contact: Contact) -> str:
    """How the watcher tells a change it already handled (kept in seen_changes.modified_at):
    the modified time plus what the watcher acts on. The time alone is not enough:
    Salesforce's SystemModstamp has one-second resolution, so an address edited in the same
    second as our own write would look already handled and never be re-enrolled. (Keys
    stored before this carried the time alone; such a change is planned once more, which
    its deterministic action keys make harmless.)"""
    mod = ts(contact.modified_at) if contact.modified_at else ""
    status = contact.bounce_status.value if contact.bounce_status else ""
    return f"{mod}|{contact.email or ''}|{status}|{contact.bounced_address or ''}"


def parse_ts(text: str | None) -> datetime | None:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC) if text else None


@dataclass(frozen=True, slots=True, kw_only=True)
class LedgerEntry:
    mailbox: str
    message_id: str
    status: str  # classified / not_bounce / unclassifiable / unverified
    classification: dict[str, Any] | None
    error: str | None = None
    raw: bytes | None = None  # kept only for unclassifiable messages (to reclassify)
    received_at: datetime | None = None


# --------------------------------------------------------------------------- opening


def open_store(url: str, *, base_dir: Path) -> StateStore:
    """`sqlite:///state.db` (relative to `base_dir`), `sqlite:////abs/path.db`, or
    `postgresql://user@host:port/db` (libpq URL; `?options=-csearch_path%3Dname` picks a
    schema). Applies pending migrations."""
    scheme = urlsplit(url).scheme
    if scheme == "sqlite":
        rest = url[len("sqlite://"):]
        if not rest.startswith("/") or rest == "/":
            raise ConfigError("state.url", f"{url!r} names no database file",
                              'write "sqlite:///state.db" (relative) or "sqlite:////abs/path.db"')
        path = Path(rest[1:])
        path = path if path.is_absolute() else (base_dir / path)
        path.parent.mkdir(parents=True, exist_ok=True)
        return StateStore(_SqliteDb(path))
    if scheme in ("postgresql", "postgres"):
        return StateStore(_PgDb(url))
    raise ConfigError("state.url", f"unsupported scheme {scheme!r}",
                      'use "sqlite:///state.db" or "postgresql://user@host/db"')


class _SqliteDb:
    dialect = "sqlite"

    def __init__(self, path: Path) -> None:
        self.path = path
        # isolation_level=None: we issue BEGIN IMMEDIATE ourselves, so a transaction takes
        # the write lock up front and cannot deadlock upgrading a read lock.
        self.conn = sqlite3.connect(path, isolation_level=None, timeout=30)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=NORMAL")

    def begin(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def commit(self) -> None:
        self.conn.execute("COMMIT")

    def rollback(self) -> None:
        self.conn.execute("ROLLBACK")

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        return self.conn.execute(sql, tuple(params)).fetchall()

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        self.conn.executemany(sql, [tuple(r) for r in rows])

    def close(self) -> None:
        self.conn.close()


class _PgDb:
    dialect = "postgresql"

    def __init__(self, url: str) -> None:
        import psycopg  # only needed when the config asks for PostgreSQL

        try:
            self.conn = psycopg.connect(url, autocommit=True, connect_timeout=10)
        except psycopg.OperationalError as exc:
            raise Permanent(f"cannot connect to the state database: {_redact(str(exc))}") from exc
        self.url = url
        # A statement stuck behind a lock must not hold a lease renewal (or a worker)
        # forever; normal statements take milliseconds.
        self.conn.execute("SET lock_timeout = '30s'")

    def begin(self) -> None:
        self.conn.execute("BEGIN")

    def commit(self) -> None:
        self.conn.execute("COMMIT")

    def rollback(self) -> None:
        self.conn.execute("ROLLBACK")

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        cur = self.conn.execute(sql.replace("?", "%s"), tuple(params))
        return cur.fetchall() if cur.description else []

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        with self.conn.cursor() as cur:
            cur.executemany(sql.replace("?", "%s"), [tuple(r) for r in rows])

    def close(self) -> None:
        self.conn.close()


def _redact(text: str) -> str:
    """libpq errors can echo the connection string; never show a password."""
    import re

    return re.sub(r"(password=|:)[^@\s]+@", r"\1***@", text)


def _placeholders(n: int) -> str:
    return ",".join("?" * n)


# --------------------------------------------------------------------------- the store


class StateStore:
    def __init__(self, db: _SqliteDb | _PgDb) -> None:
        self.db = db
        self.dialect = db.dialect
        self._depth = 0
        self._lock_depth = 0
        self.migrate()

    # -- plumbing ----------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction; nested calls join the outer one."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self.db.begin()
        self._depth = 1
        try:
            yield
        except BaseException:
            self._depth = 0
            self.db.rollback()
            raise
        self._depth = 0
        self.db.commit()

    def _q(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        return self.db.execute(sql, params)

    def close(self) -> None:
        self.db.close()

    @property
    def concurrent(self) -> bool:
        """Can several workers share this store at once (PostgreSQL), so leases matter?"""
        return self.dialect == "postgresql"

    def sibling(self) -> StateStore:
        """The same database on a connection of its own (the lease heartbeat's thread)."""
        if not isinstance(self.db, _PgDb):
            raise TypeError("only a PostgreSQL store has siblings (SQLite runs one worker)")
        other = StateStore.__new__(StateStore)
        other.db, other.dialect, other._depth, other._lock_depth = _PgDb(self.db.url), self.dialect, 0, 0
        return other

    def schema_version(self) -> int:
        rows = self._q("SELECT max(version) FROM schema_version")
        return rows[0][0] or 0

    def migrate(self) -> list[int]:
        """Apply pending migrations, each in its own transaction; returns those applied."""
        with self.transaction():
            self._q("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                    "name TEXT NOT NULL, applied_at TEXT NOT NULL)")
        applied = []
        for version, name, statements in MIGRATIONS:
            with self.transaction():
                # Re-read inside the transaction: another worker may have just migrated.
                if self._q("SELECT 1 FROM schema_version WHERE version = ?", (version,)):
                    continue
                for sql in statements:
                    self._q(sql.format(**_TYPES[self.dialect]))
                self._q("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
                        (version, name, ts(datetime.now(UTC))))
                applied.append(version)
        return applied

    @contextlib.contextmanager
    def run_lock(self) -> Iterator[None]:
        """SQLite: one run at a time (a flock on `<db>.lock`, released by the OS if the
        process dies). PostgreSQL: several workers may run; leases share the work, so this
        only counts. Re-entrant within one store object."""
        if self.dialect != "sqlite" or self._lock_depth:
            self._lock_depth += 1
            try:
                yield
            finally:
                self._lock_depth -= 1
            return
        path = Path(str(self.db.path) + ".lock")  # type: ignore[union-attr]
        handle = open(path, "a+")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            raise Permanent(f"another run holds the lock {path}; it is still running "
                            "(or wait for it to finish)") from None
        try:
            handle.seek(0)
            handle.truncate()
            handle.write(str(os.getpid()))
            handle.flush()
            # We alone run now: rows a killed run left leased are ours to take again.
            with self.transaction():
                self._q("UPDATE outbox SET state = 'waiting', lease_owner = NULL, "
                        "lease_expires = NULL WHERE state = 'leased'")
                self._q("DELETE FROM leases")
            self._lock_depth = 1
            yield
        finally:
            self._lock_depth = 0
            fcntl.flock(handle, fcntl.LOCK_UN)
            handle.close()

    # -- named leases (mailboxes, watcher) ---------------------------------------------

    def claim(self, name: str, *, owner: str, now: datetime, seconds: int) -> int | None:
        """Take (or, same owner, extend) the lease `name` unless another owner holds an
        unexpired one. Returns its fencing token, a generation that grows whenever the lease
        changes hands, or None. One statement, so two workers cannot both win."""
        expires = ts(now + timedelta(seconds=seconds))
        with self.transaction():
            rows = self._q(
                "INSERT INTO leases (name, owner, expires, token) VALUES (?, ?, ?, 1) "
                "ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, expires = excluded.expires, "
                "token = CASE WHEN leases.owner = excluded.owner THEN leases.token "
                "ELSE leases.token + 1 END "
                "WHERE leases.owner = excluded.owner OR leases.expires < ? RETURNING token",
                (name, owner, expires, ts(now)))
        return rows[0][0] if rows else None

    def renew(self, name: str, *, owner: str, token: int, now: datetime, seconds: int) -> bool:
        """Extend a lease we hold; False if it changed hands since we took it (token)."""
        with self.transaction():
            return bool(self._fence(Fence(name=name, owner=owner, token=token, seconds=seconds), now))

    def release(self, name: str, *, owner: str, token: int | None = None) -> None:
        """Give the lease up (it stays as an expired row, so its generation keeps growing)."""
        fenced = " AND token = ?" if token is not None else ""
        with self.transaction():
            self._q(f"UPDATE leases SET expires = '' WHERE name = ? AND owner = ?{fenced}",
                    (name, owner, *(() if token is None else (token,))))

    def lease_holders(self, now: datetime) -> dict[str, str]:
        """Unexpired named leases: name -> owner."""
        return dict(self._q("SELECT name, owner FROM leases WHERE expires >= ?", (ts(now),)))

    def _fence(self, fence: Fence, now: datetime) -> bool:
        """Inside a transaction: is the lease still fence.owner's, same token? Extends it
        too; the row lock makes a concurrent takeover wait until we commit."""
        until = ts(now + timedelta(seconds=fence.seconds))
        return bool(self._q(
            "UPDATE leases SET expires = CASE WHEN expires < ? THEN ? ELSE expires END "
            "WHERE name = ? AND owner = ? AND token = ? RETURNING 1",
            (until, until, fence.name, fence.owner, fence.token)))

    def _fenced(self, fence: Fence | None, now: datetime) -> None:
        if fence is not None and not self._fence(fence, now):
            raise LeaseLost(f"lease on {fence.name} was taken over by another worker; "
                            "this worker's results for it are dropped")

    # -- mailboxes ---------------------------------------------------------------------

    def cursor(self, mailbox: str) -> str | None:
        rows = self._q("SELECT cursor FROM mailboxes WHERE name = ?", (mailbox,))
        return rows[0][0] if rows else None

    def mailbox_paused(self, mailbox: str) -> str | None:
        """The reason the mailbox is paused, or None."""
        rows = self._q("SELECT paused, paused_reason FROM mailboxes WHERE name = ?", (mailbox,))
        return (rows[0][1] or "paused") if rows and rows[0][0] else None

    def set_paused(self, mailbox: str, reason: str | None) -> None:
        """Pause (reason) or resume (None) a mailbox."""
        with self.transaction():
            self._touch_mailbox(mailbox)
            self._q("UPDATE mailboxes SET paused = ?, paused_reason = ? WHERE name = ?",
                    (1 if reason else 0, reason, mailbox))

    def _touch_mailbox(self, mailbox: str) -> None:
        self._q("INSERT INTO mailboxes (name) VALUES (?) ON CONFLICT (name) DO NOTHING", (mailbox,))

    def save_cursor(self, mailbox: str, cursor: str | None, *, now: datetime) -> None:
        with self.transaction():
            self._touch_mailbox(mailbox)
            self._q("UPDATE mailboxes SET cursor = ?, cursor_at = ? WHERE name = ?",
                    (cursor, ts(now), mailbox))

    def mark_mailbox_run(self, mailbox: str, *, now: datetime, error: str | None,
                         fence: Fence | None = None) -> None:
        with self.transaction():
            self._fenced(fence, now)
            self._touch_mailbox(mailbox)
            self._q("UPDATE mailboxes SET last_run_at = ?, last_error = ? WHERE name = ?",
                    (ts(now), error, mailbox))

    # -- ledger ------------------------------------------------------------------------

    def seen_messages(self, mailbox: str, message_ids: Sequence[str]) -> set[str]:
        seen: set[str] = set()
        ids = list(dict.fromkeys(message_ids))
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            rows = self._q(f"SELECT message_id FROM ledger WHERE mailbox = ? AND message_id IN "
                           f"({_placeholders(len(chunk))})", (mailbox, *chunk))
            seen.update(r[0] for r in rows)
        return seen

    def unclassifiable(self, *, limit: int = 1000) -> list[LedgerEntry]:
        rows = self._q("SELECT mailbox, message_id, raw, received_at, error FROM ledger "
                       "WHERE status = 'unclassifiable' ORDER BY recorded_at LIMIT ?", (limit,))
        return [LedgerEntry(mailbox=m, message_id=i, status="unclassifiable", classification=None,
                            raw=bytes(raw) if raw is not None else None,
                            received_at=parse_ts(at), error=err) for m, i, raw, at, err in rows]

    def _ledger(self, entries: Sequence[LedgerEntry], now: datetime, *, replace: bool) -> None:
        conflict = ("DO UPDATE SET status = excluded.status, classification = excluded.classification, "
                    "error = excluded.error, raw = excluded.raw, recorded_at = excluded.recorded_at"
                    if replace else "DO NOTHING")
        self.db.executemany(
            "INSERT INTO ledger (mailbox, message_id, status, classification, error, raw, "
            f"received_at, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
            f"ON CONFLICT (mailbox, message_id) {conflict}",
            [(e.mailbox, e.message_id, e.status,
              json.dumps(e.classification) if e.classification is not None else None,
              e.error, e.raw, ts(e.received_at) if e.received_at else None, ts(now))
             for e in entries])

    # -- the page transaction ----------------------------------------------------------

    def record_page(self, *, crm: str, entries: Sequence[LedgerEntry], plan: Plan,
                    now: datetime, mailbox: str | None = None, cursor: str | None = None,
                    save_cursor: bool = False, reclassified: bool = False,
                    fence: Fence | None = None) -> int:
        """Ledger, bounce history, outbox and (optionally) the mailbox cursor, in ONE
        transaction: a kill before it commits repeats the page; after, nothing is lost.
        With a `fence`, raises LeaseLost (recording nothing) if the mailbox's lease changed
        hands. Returns how many actions were new to the outbox."""
        with self.transaction():
            self._fenced(fence, now)
            self._ledger(entries, now, replace=reclassified)
            self._facts(crm, plan, now)
            new = self._enqueue(crm, plan.actions, now)
            for alert in plan.alerts:
                self._q("INSERT INTO alerts (mailbox, kind, reason, message, message_id, paused, at) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (alert.mailbox, alert.kind, alert.reason, alert.message, alert.message_id,
                         int(alert.paused), ts(alert.at)))
            for name in plan.pause:
                self._touch_mailbox(name)
                self._q("UPDATE mailboxes SET paused = 1, paused_reason = ? WHERE name = ?",
                        ("sender-side bounce (policy pause_mailbox_on_sender_alert)", name))
            if save_cursor and mailbox is not None:
                self._touch_mailbox(mailbox)
                self._q("UPDATE mailboxes SET cursor = ?, cursor_at = ? WHERE name = ?",
                        (cursor, ts(now), mailbox))
        return new

    def _facts(self, crm: str, plan: Plan, now: datetime) -> None:
        for f in plan.facts:
            if isinstance(f, BounceFact):
                self._q(
                    "INSERT INTO bounces (address, crm, contact_id, object_type, mailbox, message_id, "
                    "reason, hard, scope, diagnostic, outcome, at, recorded_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (mailbox, message_id, address, crm, contact_id) DO NOTHING",
                    (f.address, crm, f.contact.id if f.contact else "",
                     f.contact.object_type if f.contact else None, f.mailbox, f.message_id,
                     f.reason, int(f.hard), f.scope, f.diagnostic, f.outcome, ts(f.at), ts(now)))
                if f.hard and f.scope == "recipient" and f.outcome not in ("unverified", "delayed"):
                    self._q("INSERT INTO known_hard (address, reason, mailbox, message_id, at) "
                            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (address) DO NOTHING",
                            (f.address, f.reason, f.mailbox, f.message_id, ts(f.at)))
            elif isinstance(f, SignOfLife):
                self._q("INSERT INTO address_events (address, kind, at, why) VALUES (?, ?, ?, ?)",
                        (f.address, "sign_of_life", ts(f.at), f.why))
                self._q("UPDATE bounces SET counted = 0 WHERE address = ? AND hard = 0 AND at <= ?",
                        (f.address, ts(f.at)))
            elif isinstance(f, Forgive):
                self._q("INSERT INTO address_events (address, kind, crm, contact_id, at, why) "
                        "VALUES (?, ?, ?, ?, ?, ?)",
                        (f.address, "forgive", crm, f.contact.id, ts(f.at), "resend requested"))
                self._q("UPDATE bounces SET counted = 0 WHERE address = ? AND hard = 0", (f.address,))
                self._q(f"UPDATE bounces SET outcome = 'forgiven' WHERE address = ? AND crm = ? "
                        f"AND contact_id = ? AND outcome IN ({_placeholders(len(_MARKED))})",
                        (f.address, crm, f.contact.id, *_MARKED))

    def _enqueue(self, crm: str, actions: Sequence[Action], now: datetime) -> int:
        new = 0
        for a in actions:
            rows = self._q(
                "INSERT INTO outbox (key, kind, crm, contact_id, action, state, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, 'waiting', ?, ?) ON CONFLICT (key) DO NOTHING RETURNING seq",
                (a.key, type(a).__name__, crm, a.contact.id, encode_action(a), ts(now), ts(now)))
            new += len(rows)
        return new

    # -- alerts ------------------------------------------------------------------------

    def open_alerts(self, mailbox: str | None = None) -> list[Alert]:
        """Alerts no one acknowledged yet, newest first."""
        where, params = (" AND mailbox = ?", (mailbox,)) if mailbox else ("", ())
        return [Alert(mailbox=m, kind=k, reason=r, message=msg, message_id=mid, paused=bool(p),
                      at=parse_ts(a))
                for m, k, r, msg, mid, p, a in self._q(
                    "SELECT mailbox, kind, reason, message, message_id, paused, at FROM alerts "
                    f"WHERE acked_at IS NULL{where} ORDER BY seq DESC", params)]

    def ack_alerts(self, *, now: datetime, mailboxes: Sequence[str] = (),
                   kind: str | None = None) -> int:
        """Acknowledge open alerts (all, or those of these mailboxes / this kind)."""
        where, params = "acked_at IS NULL", [ts(now)]
        if mailboxes:
            where += f" AND mailbox IN ({_placeholders(len(mailboxes))})"
            params.extend(mailboxes)
        if kind:
            where += " AND kind = ?"
            params.append(kind)
        with self.transaction():
            rows = self._q(f"UPDATE alerts SET acked_at = ? WHERE {where} RETURNING seq", params)
        return len(rows)

    def alert_memory(self, mailbox: str, *, now: datetime,
                     rate_window_days: int) -> tuple[frozenset[str], datetime]:
        """For the planner's once-only rule: the "mailbox:bounce_rate" tag if that alert is
        open and was raised within the window, and when bounce-rate counting starts (the
        window's start, or the last acknowledgement of a bounce-rate alert if later)."""
        start = now - timedelta(days=rate_window_days)
        open_rows = self._q("SELECT 1 FROM alerts WHERE mailbox = ? AND kind = 'bounce_rate' "
                            "AND acked_at IS NULL AND at >= ? LIMIT 1", (mailbox, ts(start)))
        acked = self._q("SELECT max(acked_at) FROM alerts WHERE mailbox = ? AND kind = 'bounce_rate'",
                        (mailbox,))[0][0]
        if acked and parse_ts(acked) > start:
            start = parse_ts(acked)
        return frozenset({f"{mailbox}:bounce_rate"} if open_rows else ()), start

    # -- planner state -----------------------------------------------------------------

    def planner_state(self, *, crm: str, addresses: Iterable[str], contact_ids: Iterable[str],
                      since: datetime, now: datetime, mailboxes: Iterable[str] = (),
                      rate_window_days: int = 7,
                      sent_in_window: dict[str, int | None] | None = None,
                      rate_since: dict[str, datetime] | None = None) -> PlannerState:
        """What `plan` needs to know about these addresses and contacts. `since` bounds the
        soft-bounce history read (earliest observation minus the soft window). Hard bounces
        for the rate alert count from `rate_since[mailbox]` (an acknowledgement) when given,
        else over the last `rate_window_days`."""
        addresses = sorted(set(addresses))
        contact_ids = sorted(set(contact_ids))
        soft: dict[str, tuple[datetime, ...]] = {}
        details: dict[str, tuple[PastBounce, ...]] = {}
        lives: dict[str, datetime] = {}
        known: dict[str, str] = {}
        done: set[tuple[str, str]] = set()
        for i in range(0, len(addresses), 400):
            chunk = addresses[i:i + 400]
            ph = _placeholders(len(chunk))
            rows = self._q(
                "SELECT address, mailbox, message_id, max(at), min(reason), min(diagnostic) "
                "FROM bounces WHERE hard = 0 AND counted = 1 AND scope = 'recipient' "
                "AND outcome NOT IN ('unverified', 'delayed', 'sender') "
                f"AND at >= ? AND address IN ({ph}) GROUP BY address, mailbox, message_id",
                (ts(since), *chunk))
            for address, mailbox, message_id, at, reason, diagnostic in sorted(rows, key=lambda r: r[3]):
                soft[address] = soft.get(address, ()) + (parse_ts(at),)
                details[address] = details.get(address, ()) + (PastBounce(
                    address=address, message_key=f"{mailbox}/{message_id}", reason=reason,
                    hard=False, at=parse_ts(at), diagnostic=diagnostic or ""),)
            # A soft bounce recorded after a newer sign of life (an older page read late)
            # must not count: the planner compares against the latest one.
            lives.update({a: parse_ts(at) for a, at in self._q(
                "SELECT address, max(at) FROM address_events WHERE kind = 'sign_of_life' "
                f"AND address IN ({ph}) GROUP BY address", chunk)})
            known.update(self._q(f"SELECT address, reason FROM known_hard WHERE address IN ({ph})", chunk))
            done.update(self._q(
                f"SELECT DISTINCT address, contact_id FROM bounces WHERE crm = ? AND address IN ({ph}) "
                f"AND outcome IN ({_placeholders(len(_MARKED))})", (crm, *chunk, *_MARKED)))
        removed: dict[str, tuple] = {}
        last: dict[str, PastBounce] = {}
        for i in range(0, len(contact_ids), 400):
            chunk = contact_ids[i:i + 400]
            ph = _placeholders(len(chunk))
            for cid, enrollments in self._q(
                    f"SELECT contact_id, enrollments FROM removed_enrollments WHERE crm = ? "
                    f"AND contact_id IN ({ph}) ORDER BY seq", (crm, *chunk)):
                removed[cid] = decode_enrollments(json.loads(enrollments))  # latest wins
            for cid, address, mailbox, message_id, reason, hard, at in self._q(
                    "SELECT contact_id, address, mailbox, message_id, reason, hard, at FROM bounces "
                    f"WHERE crm = ? AND contact_id IN ({ph}) AND outcome IN "
                    f"('marked', 'escalated', 'already', 'soft', 'forgiven') ORDER BY seq",
                    (crm, *chunk)):
                last[cid] = PastBounce(address=address, message_key=f"{mailbox}/{message_id}",
                                       reason=reason, hard=bool(hard), at=parse_ts(at))
        hard_in_window: dict[str, int] = {}
        window_start = now - timedelta(days=rate_window_days)
        for mailbox in sorted(set(mailboxes)):
            start = max(window_start, (rate_since or {}).get(mailbox, window_start))
            rows = self._q("SELECT count(DISTINCT message_id || ' ' || address) FROM bounces "
                           "WHERE mailbox = ? AND hard = 1 AND scope = 'recipient' "
                           "AND outcome NOT IN ('unverified', 'delayed') AND at >= ?",
                           (mailbox, ts(start)))
            hard_in_window[mailbox] = rows[0][0] or 0
        return PlannerState(crm=crm, soft_bounces=soft, known_hard=known, done=frozenset(done),
                            removed=removed, last_bounce=last, hard_in_window=hard_in_window,
                            sent_in_window=dict(sent_in_window or {}), soft_details=details,
                            last_life=lives)

    # -- outbox ------------------------------------------------------------------------

    def lease_actions(self, *, crm: str, owner: str, now: datetime, limit: int,
                      lease_seconds: int, exclude: Iterable[str] = (),
                      token: str | None = None,
                      contacts: int | None = None) -> list[tuple[int, Action]]:
        """Lease up to `limit` waiting rows (or rows whose lease expired), oldest first,
        marked with `token` (the fence `complete_actions` checks). With `contacts`, only the
        rows of the first `contacts` contacts among them (the outbox sizes a batch by the
        contacts it carries, since a connector's batches count contacts, not rows).

        Per-contact order: a row is leased only when every earlier row of its contact is
        done or leased in this same batch, so a contact's actions reach the CRM in the order
        they were planned whichever worker applies them (an Unenroll completes before a later
        Reenroll; a ClearBounce never overtakes the MarkBounced it undoes). A failed row holds
        its contact's later rows back until `retry` (or the row is resolved). Within a batch
        a contact's rows stop at the first that would go back a connector phase (_PHASE).
        On PostgreSQL, `FOR UPDATE SKIP LOCKED` keeps two workers off the same rows."""
        exclude = sorted(set(exclude))
        skip = " FOR UPDATE SKIP LOCKED" if self.dialect == "postgresql" else ""
        not_in = f" AND o.key NOT IN ({_placeholders(len(exclude))})" if exclude else ""
        blocked_by = f" OR e.key IN ({_placeholders(len(exclude))})" if exclude else ""
        with self.transaction():
            # Candidates: free rows with no earlier row of their contact that is failed,
            # leased by someone (unexpired) or held back in this drain.
            candidates = self._q(
                "SELECT o.seq, o.key, o.contact_id, o.kind FROM outbox o WHERE o.crm = ? AND "
                "(o.state = 'waiting' OR (o.state = 'leased' AND o.lease_expires < ?))"
                f"{not_in} AND NOT EXISTS (SELECT 1 FROM outbox e WHERE e.crm = o.crm "
                "AND e.contact_id = o.contact_id AND e.seq < o.seq AND (e.state = 'failed' OR "
                f"(e.state = 'leased' AND e.lease_expires >= ?){blocked_by})) "
                f"ORDER BY o.seq LIMIT ?{skip}",
                (crm, ts(now), *exclude, ts(now), *exclude, limit))
            chosen = self._in_contact_order(crm, candidates, max_contacts=contacts)
            rows: list[tuple] = []
            for i in range(0, len(chosen), 400):
                chunk = chosen[i:i + 400]
                rows += self._q(
                    "UPDATE outbox SET state = 'leased', lease_owner = ?, lease_token = ?, "
                    "lease_expires = ?, updated_at = ? "
                    f"WHERE key IN ({_placeholders(len(chunk))}) RETURNING seq, action",
                    (owner, token, ts(now + timedelta(seconds=lease_seconds)), ts(now), *chunk))
        return [(seq, decode_action(text)) for seq, text in sorted(rows)]

    def _in_contact_order(self, crm: str, candidates: Sequence[tuple], *,
                          max_contacts: int | None = None) -> list[str]:
        """Keys of the candidates that continue their contact's unfinished rows without a
        gap (a gap: an earlier row another worker is leasing right now, skipped as locked,
        or one past the LIMIT) and without going back a connector phase; rows of at most
        `max_contacts` contacts (the first in row order), each one's rows a prefix as above."""
        contacts = sorted({c[2] for c in candidates})
        pending: dict[str, list[int]] = {}
        for i in range(0, len(contacts), 400):
            chunk = contacts[i:i + 400]
            for cid, seq in self._q(
                    "SELECT contact_id, seq FROM outbox WHERE crm = ? AND state <> 'done' "
                    f"AND contact_id IN ({_placeholders(len(chunk))}) ORDER BY seq", (crm, *chunk)):
                pending.setdefault(cid, []).append(seq)
        taken: dict[str, int] = {}  # contact -> rows taken so far
        phase: dict[str, int] = {}
        stopped: set[str] = set()
        chosen = []
        for seq, key, cid, kind in sorted(candidates):
            if cid in stopped:
                continue
            n = taken.get(cid, 0)
            expected = pending.get(cid, [])
            p = _PHASE.get(kind, 0)
            if n >= len(expected) or expected[n] != seq or p < phase.get(cid, 0) or \
                    n == 0 and max_contacts is not None and len(taken) >= max_contacts:
                stopped.add(cid)
                continue
            taken[cid], phase[cid] = n + 1, p
            chosen.append(key)
        return chosen

    def renew_actions(self, *, owner: str, token: str, now: datetime, seconds: int) -> int:
        """Extend the lease of a batch we hold; returns how many of its rows are still ours."""
        with self.transaction():
            rows = self._q("UPDATE outbox SET lease_expires = ? WHERE lease_token = ? "
                           "AND lease_owner = ? AND state = 'leased' RETURNING seq",
                           (ts(now + timedelta(seconds=seconds)), token, owner))
        return len(rows)

    def release_actions(self, keys: Sequence[str], *, owner: str, error: str | None,
                        token: str | None = None) -> None:
        fenced = " AND lease_token = ?" if token is not None else ""
        with self.transaction():
            for key in keys:
                self._q("UPDATE outbox SET state = 'waiting', lease_owner = NULL, lease_expires = NULL, "
                        "lease_token = NULL, last_error = coalesce(?, last_error) WHERE key = ? "
                        f"AND lease_owner = ? AND state = 'leased'{fenced}",
                        (error, key, owner, *(() if token is None else (token,))))

    def complete_actions(self, applied: Sequence[tuple[Action, ApplyResult]], *, owner: str,
                         now: datetime, max_attempts: int,
                         token: str | None = None) -> list[tuple[Action, ApplyResult, str]]:
        """Mark each leased row by its result, in one transaction. A row whose lease another
        worker took over meanwhile (owner or `token` differ: the fence) is left to that
        worker. Returns (action, result, state) for the rows this worker still held."""
        out = []
        fenced = " AND lease_token = ?" if token is not None else ""
        with self.transaction():
            for action, result in applied:
                if result.outcome in (Outcome.DONE, Outcome.SKIPPED):
                    state, attempts_inc = "done", 1
                elif result.outcome is Outcome.FAILED:
                    state, attempts_inc = "failed", 1
                else:
                    state, attempts_inc = "waiting", 1
                rows = self._q(
                    "UPDATE outbox SET state = CASE WHEN ? = 'waiting' AND attempts + 1 >= ? "
                    "THEN 'failed' ELSE ? END, attempts = attempts + ?, last_error = ?, result = ?, "
                    "lease_owner = NULL, lease_expires = NULL, lease_token = NULL, updated_at = ? "
                    f"WHERE key = ? AND lease_owner = ? AND state = 'leased'{fenced} RETURNING state",
                    (state, max_attempts, state, attempts_inc, result.error, encode_result(result),
                     ts(now), action.key, owner, *(() if token is None else (token,))))
                if not rows:
                    continue
                final = rows[0][0]
                # A repeat after a crash may find nothing left to remove; then what the
                # planner saw enrolled is the best record of what to restore later.
                removed = result.removed or (action.enrollments if isinstance(action, Unenroll) else ())
                if isinstance(action, Unenroll) and final == "done" and removed:
                    self._q("INSERT INTO removed_enrollments (crm, contact_id, action_key, enrollments, at) "
                            "SELECT crm, contact_id, key, ?, ? FROM outbox WHERE key = ? "
                            "ON CONFLICT (action_key) DO NOTHING",
                            (json.dumps(encode_enrollments(removed)), ts(now), action.key))
                out.append((action, result, final))
        return out

    def retry_failed(self, *, crm: str | None = None) -> int:
        """Failed rows back to waiting with a fresh attempt count."""
        with self.transaction():
            rows = self._q("UPDATE outbox SET state = 'waiting', attempts = 0 WHERE state = 'failed'"
                           + (" AND crm = ?" if crm else "") + " RETURNING key",
                           (crm,) if crm else ())
        return len(rows)

    def outbox_counts(self, *, crm: str | None = None) -> dict[str, int]:
        where, params = (" WHERE crm = ?", (crm,)) if crm else ("", ())
        counts = {"waiting": 0, "leased": 0, "done": 0, "failed": 0}
        counts.update(dict(self._q(f"SELECT state, count(*) FROM outbox{where} GROUP BY state", params)))
        return counts

    def outbox_rows(self, *, state: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
        where, params = (" WHERE state = ?", (state,)) if state else ("", ())
        rows = self._q(f"SELECT key, kind, crm, contact_id, state, attempts, last_error, result "
                       f"FROM outbox{where} ORDER BY seq LIMIT ?", (*params, limit))
        return [dict(zip(("key", "kind", "crm", "contact_id", "state", "attempts", "last_error",
                          "result"), r)) for r in rows]

    # -- watcher -----------------------------------------------------------------------

    def watcher_cursor(self, crm: str) -> str | None:
        rows = self._q("SELECT cursor FROM watchers WHERE crm = ?", (crm,))
        return rows[0][0] if rows else None

    def seen_changes(self, crm: str, contacts: Sequence[Contact]) -> set[tuple[str, str]]:
        """(contact id, change_key) pairs already handled."""
        seen = set()
        for c in contacts:
            key = change_key(c)
            if self._q("SELECT 1 FROM seen_changes WHERE crm = ? AND contact_id = ? AND modified_at = ?",
                       (crm, c.ref.id, key)):
                seen.add((c.ref.id, key))
        return seen

    def record_changes(self, *, crm: str, contacts: Sequence[Contact], plan: Plan,
                       cursor: str | None, now: datetime, fence: Fence | None = None) -> int:
        """The watcher's page transaction: facts, outbox, seen changes and its cursor
        (fenced by the watcher's lease when `fence` is given)."""
        with self.transaction():
            self._fenced(fence, now)
            self._facts(crm, plan, now)
            new = self._enqueue(crm, plan.actions, now)
            for c in contacts:
                self._q("INSERT INTO seen_changes (crm, contact_id, modified_at) VALUES (?, ?, ?) "
                        "ON CONFLICT DO NOTHING",
                        (crm, c.ref.id, change_key(c)))
            self._q("INSERT INTO watchers (crm, cursor, updated_at) VALUES (?, ?, ?) ON CONFLICT (crm) "
                    "DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at",
                    (crm, cursor, ts(now)))
        return new

    # -- reports and status ------------------------------------------------------------

    def save_report(self, report: RunReport) -> None:
        with self.transaction():
            self._q("INSERT INTO runs (mode, started_at, finished_at, exit_status, report) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (report.mode, ts(report.started_at),
                     ts(report.finished_at) if report.finished_at else None,
                     report.exit_status(), json.dumps(report.to_dict())))

    def last_reports(self, limit: int = 10) -> list[dict[str, Any]]:
        return [json.loads(r[0]) for r in
                self._q("SELECT report FROM runs ORDER BY seq DESC LIMIT ?", (limit,))]

    def status(self, now: datetime) -> dict[str, Any]:
        """JSON-safe overview for `bounce-sync status`."""
        week, month = ts(now - timedelta(days=7)), ts(now - timedelta(days=30))
        mailboxes = {}
        for name, cursor_at, last_run, last_error, paused, why in self._q(
                "SELECT name, cursor_at, last_run_at, last_error, paused, paused_reason "
                "FROM mailboxes ORDER BY name"):
            at = parse_ts(cursor_at)
            alerts = [Alert(mailbox=name, kind=k, reason=r, message=m, message_id=mid,
                            paused=bool(p), at=parse_ts(a)).to_dict()
                      for k, r, m, mid, p, a in self._q(
                          "SELECT kind, reason, message, message_id, paused, at FROM alerts "
                          "WHERE mailbox = ? AND at >= ? ORDER BY seq DESC LIMIT 20", (name, week))]
            mailboxes[name] = {
                "cursor_saved_at": at.isoformat() if at else None,
                "cursor_age_seconds": round((now - at).total_seconds()) if at else None,
                "last_run_at": last_run and parse_ts(last_run).isoformat(),
                "last_error": last_error, "paused": bool(paused),
                "paused_reason": why, "alerts_7d": alerts,
                "open_alerts": [a.to_dict() for a in self.open_alerts(name)],
            }

        def by_reason(since: str) -> dict[str, int]:
            return dict(self._q("SELECT reason, count(*) FROM bounces WHERE at >= ? "
                                "GROUP BY reason ORDER BY reason", (since,)))

        last = self.last_reports(1)
        return {
            "schema_version": self.schema_version(),
            "mailboxes": mailboxes,
            "outbox": self.outbox_counts(),
            "unclassifiable": self._q("SELECT count(*) FROM ledger WHERE status = 'unclassifiable'")[0][0],
            "bounces_by_reason_7d": by_reason(week),
            "bounces_by_reason_30d": by_reason(month),
            "watchers": {crm: {"cursor_saved_at": parse_ts(at).isoformat() if at else None}
                         for crm, at in self._q("SELECT crm, updated_at FROM watchers ORDER BY crm")},
            "last_run": last[0] if last else None,
        }
