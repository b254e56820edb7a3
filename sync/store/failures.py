"""The state store's failures in plain words: a database driver's error becomes one
`StateError` line (where, the problem, the fix), so an operator reading cron mail learns
what to do and monitoring sees the right exit status (README, "Exit statuses").

SQLite: a read-only file, a full disk and a corrupt file need a person (status 2); a file
locked past the busy timeout is left for the next run (1). PostgreSQL: a server that does
not answer or a dropped connection is transient (1) in every command; a refused login or a
database that does not exist needs a person (2). Anything else a driver raises is a bug of
ours (a bad statement) and is left alone.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from sync.errors import StateError

_SQLITE_PERSON = (  # (words in SQLite's message, the problem, the fix), first match wins
    (("readonly", "read-only", "permission denied"), "the file is read-only for this user",
     "give the user that runs bounce-sync write access to {path} and its folder (SQLite also "
     "writes {path}-wal and {path}-shm beside it), or point [state] url at a writable place"),
    (("disk is full", "disk i/o error"), "the disk is full (or failing)",
     "free space on the disk holding {path}; nothing was lost, the next run goes on from the "
     "last saved page"),
    (("not a database", "malformed", "corrupt"), "the file is corrupt ({message})",
     "restore {path} from a backup; or move it aside and run again to start a new one "
     "(every mailbox is then read from its start)"),
    (("unable to open",), "the file cannot be opened ({message})",
     "check that the folder of {path} exists and the user that runs bounce-sync may write it"),
)


def sqlite_error(path: Path, exc: BaseException) -> StateError | None:
    """SQLite's error as a StateError, or None for one that is a bug of ours."""
    if isinstance(exc, OSError):  # the lock file or the folder, before SQLite is involved
        return StateError(str(path), f"cannot use the file's folder ({exc.strerror})",
                          f"check that the folder of {path} exists and the user that runs "
                          "bounce-sync may write it")
    if not (isinstance(exc, sqlite3.OperationalError) or type(exc) is sqlite3.DatabaseError):
        return None
    message = str(exc)
    lowered = message.lower()
    if "locked" in lowered or "busy" in lowered:
        return StateError(str(path), "the file stayed locked by another process",
                          "nothing to do if another bounce-sync was running; the next run "
                          "goes on", transient=True)
    for words, problem, fix in _SQLITE_PERSON:
        if any(w in lowered for w in words):
            return StateError(str(path), problem.format(message=message),
                              fix.format(path=path))
    if isinstance(exc, sqlite3.OperationalError) and (" syntax " in lowered or "no such" in lowered):
        return None  # a statement of ours is wrong: a bug, shown as one
    return StateError(str(path), f"SQLite failed ({message})",
                      f"check {path} and the disk under it; `bounce-sync check` tests the store")


_PG_LOGIN = re.compile(r"password authentication|authentication failed|no password supplied|"
                       r"role \S+ does not exist|database \S+ does not exist|permission denied",
                       re.IGNORECASE)


def pg_error(where: str, exc: BaseException) -> StateError | None:
    """psycopg's error as a StateError, or None for one that is a bug of ours. `where` is
    the URL with its password hidden."""
    import psycopg

    message = _first_line(redact(str(exc)))
    if isinstance(exc, psycopg.OperationalError):
        if _PG_LOGIN.search(message):
            return StateError(where, f"the server refused the login ({message})",
                              "fix the user, password or database name in [state] url (or "
                              "the variable it reads); `bounce-sync check` tests it")
        return StateError(where, f"the server cannot be reached or dropped the connection "
                                 f"({message})",
                          "nothing, if it is back by the next run; else start the server or "
                          "fix the host in [state] url", transient=True)
    if isinstance(exc, psycopg.errors.IdleInTransactionSessionTimeout):
        # We were frozen inside a transaction (sync/store/dialects.py sets the timeout): the
        # work is undone and its leases may be another worker's by now.
        return StateError(where, "the server ended the session after this worker stopped "
                                 "inside a transaction (frozen or paused)",
                          "nothing: the next run takes up the work", transient=True)
    if isinstance(exc, psycopg.errors.DiskFull):
        return StateError(where, "the server's disk is full", "free space on the database server")
    if isinstance(exc, psycopg.errors.ReadOnlySqlTransaction):
        return StateError(where, "the server is read-only (a standby?)",
                          "point [state] url at the primary server")
    if isinstance(exc, psycopg.errors.InsufficientPrivilege):
        return StateError(where, f"the user may not change the tables ({message})",
                          "grant the user of [state] url the rights on its schema")
    return None


@contextlib.contextmanager
def translated(convert: Callable[[Any, BaseException], StateError | None],
               where: Any) -> Iterator[None]:
    """Run the block; a driver error that `convert(where, exc)` knows rises as its
    StateError (chained), any other as it was."""
    try:
        yield
    except StateError:
        raise
    except Exception as exc:
        error = convert(where, exc)
        if error is None:
            raise
        raise error from exc


def redact(text: str) -> str:
    """libpq errors can echo the connection string; never show a password."""
    text = re.sub(r"(password=)\S+", r"\1***", text)
    return re.sub(r"(//[^:/@\s]*:)[^@\s]+@", r"\1***@", text)


def where_of(url: str) -> str:
    """A PostgreSQL URL as an error may show it: no password, no query (it can carry one)."""
    parts = urlsplit(url)
    host = parts.hostname or "localhost"
    user = f"{parts.username}@" if parts.username else ""
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{user}{host}{port}{parts.path}"


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else "no message"
