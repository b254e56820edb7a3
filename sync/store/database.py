"""The database under the store: one connection, transactions, migrations, the SQLite run
lock, and the named leases with their fencing tokens.

Every part of the store (history, outbox rows, alerts, reports) is a class over `Database`,
and `StateStore` combines them, so all parts share this one connection and transaction
depth: a page's ledger, history records, outbox rows and alerts commit together or not at all.

Concurrency: SQLite runs one worker at a time (`run_lock`, a flock beside the file).
PostgreSQL lets several workers share the store: mailboxes and the watcher are claimed with
named leases (here), outbox rows with row leases (outbox_rows.py); a lease expires so a
killed worker's share is taken over, and its generation (token) fences a late writer.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Self

from sync.errors import LeaseLost, Permanent
from sync.records import Fence
from sync.store.codec import UTC, ts
from sync.store.dialects import Db, PgDb
from sync.store.failures import sqlite_error, translated
from sync.store.migrations import COLUMN_TYPES, MIGRATIONS


class Database:
    """The connection and its plumbing; the store's parts add their queries on top."""

    def __init__(self, db: Db) -> None:
        self.db = db
        self.dialect = db.dialect
        self._depth = 0
        self._lock_depth = 0
        self.migrate()

    # -- plumbing ----------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction; nested calls join the outer one, so a part's own transaction
        becomes a piece of the page transaction that calls it."""
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
            # Best effort: a dropped connection or a failed COMMIT leaves nothing to undo,
            # and the error that got us here is the one to report.
            with contextlib.suppress(Exception):
                self.db.rollback()
            raise
        self._depth = 0
        self.db.commit()

    def _q(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        return self.db.execute(sql, params)

    def close(self) -> None:
        """Close the connection (a store is not used after this)."""
        self.db.close()

    @property
    def concurrent(self) -> bool:
        """Can several workers share this store at once (PostgreSQL), so leases matter?"""
        return self.dialect == "postgresql"

    def sibling(self) -> Self:
        """The same database on a connection of its own (the lease heartbeat's thread)."""
        if not isinstance(self.db, PgDb):
            raise TypeError("only a PostgreSQL store has siblings (SQLite runs one worker)")
        other = type(self).__new__(type(self))
        other.db, other.dialect, other._depth, other._lock_depth = PgDb(self.db.url, self.db.idle_limit), self.dialect, 0, 0
        return other

    # -- schema ------------------------------------------------------------------------

    def schema_version(self) -> int:
        """The newest migration applied (`bounce-sync status` shows it)."""
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
                    self._q(sql.format(**COLUMN_TYPES[self.dialect]))
                self._q("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
                        (version, name, ts(datetime.now(UTC))))
                applied.append(version)
        return applied

    # -- the run lock ------------------------------------------------------------------

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
        with translated(sqlite_error, path):
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
        """Inside a transaction: raise LeaseLost (rolling it back) unless `fence` holds."""
        if fence is not None and not self._fence(fence, now):
            raise LeaseLost(f"lease on {fence.name} was taken over by another worker; "
                            "this worker's results for it are dropped")
