"""The two SQL dialect adapters: SQLite (default, one worker) and PostgreSQL (by URL, shared).

Deliberately thin: the store writes SQL once with `?` placeholders and `ON CONFLICT`
upserts, which both engines accept; an adapter only opens the connection, runs the
transaction verbs and turns `?` into psycopg's `%s`. What else differs (column types,
`FOR UPDATE SKIP LOCKED`, the run lock) is decided by `dialect` where it is used.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from sync.errors import ConfigError
from sync.policy import MIN_LEASE_SECONDS
from sync.store.failures import pg_error, sqlite_error, translated, where_of


class SqliteDb:
    """One SQLite file, one connection; runs one worker at a time (Database.run_lock).
    SQLite's errors rise as StateError lines (sync/store/failures.py)."""

    dialect = "sqlite"

    def __init__(self, path: Path) -> None:
        self.path = path
        with self._translated():
            # isolation_level=None: we issue BEGIN IMMEDIATE ourselves, so a transaction takes
            # the write lock up front and cannot deadlock upgrading a read lock.
            self.conn = sqlite3.connect(path, isolation_level=None, timeout=30)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")

    def _translated(self) -> contextlib.AbstractContextManager[None]:
        return translated(sqlite_error, self.path)

    def begin(self) -> None:
        """Start a transaction holding the write lock (see __init__)."""
        with self._translated():
            self.conn.execute("BEGIN IMMEDIATE")

    def commit(self) -> None:
        """Commit the open transaction."""
        with self._translated():
            self.conn.execute("COMMIT")

    def rollback(self) -> None:
        """Undo the open transaction (none left open after a failed COMMIT: nothing to do)."""
        if self.conn.in_transaction:
            with self._translated():
                self.conn.execute("ROLLBACK")

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        """Run one statement; its rows (none for a statement without RETURNING)."""
        with self._translated():
            return self.conn.execute(sql, tuple(params)).fetchall()

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """Run one statement per row (a page's ledger entries in one call)."""
        with self._translated():
            self.conn.executemany(sql, [tuple(r) for r in rows])

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()


class PgDb:
    """One PostgreSQL connection (autocommit; the store issues BEGIN/COMMIT itself). Several
    workers may share the database; leases divide the work. A server that does not answer
    (or drops the connection) is a transient StateError, in every command alike."""

    dialect = "postgresql"

    def __init__(self, url: str, idle_limit: int = MIN_LEASE_SECONDS) -> None:
        import psycopg  # only needed when the config asks for PostgreSQL

        self.url, self.where, self.idle_limit = url, where_of(url), int(idle_limit)
        with self._translated():
            self.conn = psycopg.connect(url, autocommit=True, connect_timeout=10)
            # A statement stuck behind a lock must not hold a lease renewal (or a worker)
            # forever; normal statements take milliseconds.
            self.conn.execute("SET lock_timeout = '30s'")
            # A worker frozen inside a transaction (SIGSTOP, a VM pause) keeps its rows' locks,
            # and `FOR UPDATE SKIP LOCKED` lets every other worker pass those rows by for as
            # long as it stays frozen, lease expired or not; it then applies them itself on
            # waking. Our transactions wait on nothing but the database, so idling inside one
            # for `idle_limit` (sync/leases.py `idle_limit`: half a lease, sooner than a lease
            # can lapse from 7-s leases up) is a freeze: the server ends that session, its locks go, and the woken
            # worker finds its connection closed (a transient StateError).
            self.conn.execute(f"SET idle_in_transaction_session_timeout = '{self.idle_limit}s'")

    def _translated(self) -> contextlib.AbstractContextManager[None]:
        return translated(pg_error, self.where)

    def begin(self) -> None:
        """Start a transaction (the connection is otherwise in autocommit)."""
        with self._translated():
            self.conn.execute("BEGIN")

    def commit(self) -> None:
        """Commit the open transaction."""
        with self._translated():
            self.conn.execute("COMMIT")

    def rollback(self) -> None:
        """Undo the open transaction (a dropped connection has none left to undo)."""
        if self.conn.closed:
            return
        with self._translated():
            self.conn.execute("ROLLBACK")

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        """Run one statement written with `?` placeholders; its rows, if it returns any."""
        with self._translated():
            cur = self.conn.execute(sql.replace("?", "%s"), tuple(params))
            return cur.fetchall() if cur.description else []

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """Run one statement per row (a page's ledger entries in one call)."""
        with self._translated(), self.conn.cursor() as cur:
            cur.executemany(sql.replace("?", "%s"), [tuple(r) for r in rows])

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()


Db = SqliteDb | PgDb


def connect(url: str, *, base_dir: Path, idle_limit: int = MIN_LEASE_SECONDS) -> Db:
    """`sqlite:///state.db` (relative to `base_dir`), `sqlite:////abs/path.db`, or
    `postgresql://user@host:port/db` (libpq URL; `?options=-csearch_path%3Dname` picks a
    schema). A bad URL is the config's fault, so it raises ConfigError naming the key.
    `idle_limit`: seconds a PostgreSQL session may idle inside a transaction (PgDb)."""
    scheme = urlsplit(url).scheme
    if scheme == "sqlite":
        rest = url[len("sqlite://"):]
        if not rest.startswith("/") or rest == "/":
            raise ConfigError("state.url", f"{url!r} names no database file",
                              'write "sqlite:///state.db" (relative) or "sqlite:////abs/path.db"')
        path = Path(rest[1:])
        path = path if path.is_absolute() else (base_dir / path)
        with translated(sqlite_error, path):
            path.parent.mkdir(parents=True, exist_ok=True)
        return SqliteDb(path)
    if scheme in ("postgresql", "postgres"):
        return PgDb(url, idle_limit)
    raise ConfigError("state.url", f"unsupported scheme {scheme!r}",
                      'use "sqlite:///state.db" or "postgresql://user@host/db"')


def placeholders(n: int) -> str:
    """`?,?,?` for an IN list of n values."""
    return ",".join("?" * n)
