"""The local CRM's one SQLite connection: opened on first use, shared behind a lock (the
connector is thread-safe), with a write transaction taken up front and one snapshot per
read, and the schema version checked before anything else touches the file.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from connectors.local.schema import MIGRATIONS, SCHEMA_VERSION
from sync.errors import Permanent, Retryable

BUSY_TIMEOUT_MS = 10_000  # wait this long for a CLI edit or another run holding the write lock


def real_now() -> datetime:
    """The default clock (tests pass the worker's pinned one instead)."""
    return datetime.now(timezone.utc)


def stamp(when: datetime) -> str:
    """A time as the database keeps it: microsecond UTC text that sorts as it compares."""
    return when.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_stamp(text: str | None) -> datetime | None:
    """The inverse of `stamp` (None for an empty column)."""
    if not text:
        return None
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(timezone.utc)


class Database:
    """The SQLite file and its one connection. Every operation of the connector goes
    through `read()` or `write()`, so a CLI edit and a run never interleave half-way."""

    def __init__(self, path: Path, clock: Callable[[], datetime]) -> None:
        self.path = path
        self._clock = clock
        self.conn: sqlite3.Connection | None = None
        self.lock = threading.RLock()

    def connect(self) -> sqlite3.Connection:
        """The connection, opened on first use; the schema must be current."""
        if self.conn is None:
            if not self.path.exists():
                raise Permanent(f"the local CRM database {self.path} does not exist; "
                                "run `bounce-sync setup` to create it")
            conn = self.open()
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version != SCHEMA_VERSION:
                conn.close()
                raise Permanent(self.version_problem(version))
            self.conn = conn
        return self.conn

    def open(self) -> sqlite3.Connection:
        """A new connection with our pragmas (WAL, foreign keys, the busy timeout)."""
        try:
            conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            conn.row_factory = sqlite3.Row
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA journal_mode = WAL")
        except sqlite3.DatabaseError as exc:
            raise Permanent(f"cannot open the local CRM database {self.path}: {exc}") from exc
        return conn

    def version_problem(self, version: int) -> str:
        """What to do about a file at another schema version than ours."""
        if version > SCHEMA_VERSION:
            return (f"{self.path} has schema version {version}, newer than this bounce-sync "
                    f"understands ({SCHEMA_VERSION}); upgrade bounce-sync")
        return (f"{self.path} has schema version {version}, this bounce-sync needs "
                f"{SCHEMA_VERSION}; run `bounce-sync setup` to migrate it")

    def now(self) -> str:
        """The connector's clock, stamped: every write of ours sets modified_at from it."""
        return stamp(self._clock())

    def close(self) -> None:
        """Close the connection (the next operation opens it again)."""
        with self.lock:
            if self.conn is not None:
                self.conn.close()
                self.conn = None

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken up front so reads inside it are consistent."""
        with self.lock:
            conn = self.connect()
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:  # busy beyond busy_timeout
                raise Retryable(f"the local CRM database is locked: {exc}", retry_after=5) from exc
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            else:
                conn.execute("COMMIT")

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """One snapshot for the whole read."""
        with self.lock:
            conn = self.connect()
            conn.execute("BEGIN")  # one snapshot for the whole read
            try:
                yield conn
            finally:
                conn.execute("COMMIT")

    def peek_version(self) -> int:
        """The file's schema version, read-only (without our connection or a migration)."""
        conn = sqlite3.connect(f"{self.path.as_uri()}?mode=ro", uri=True)
        try:
            return conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise Permanent(f"{self.path} is not a SQLite database: {exc}") from exc
        finally:
            conn.close()

    @staticmethod
    def migrate(conn: sqlite3.Connection, target: int) -> None:
        """Move the schema to version `target` (from `target - 1`), atomically."""
        # executescript runs the statements as written: the migration and the version bump
        # commit together, or not at all.
        try:
            conn.executescript(
                f"BEGIN IMMEDIATE;\n{MIGRATIONS[target - 1]}\nPRAGMA user_version = {target};\nCOMMIT;")
        except sqlite3.Error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
