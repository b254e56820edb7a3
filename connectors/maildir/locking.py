"""How the mbox reader stays out of a mail delivery agent's way: the shared `fcntl` lock that
MDAs respect (waited for briefly), and the `<mbox>.lock` dotlock that says one is appending
right now. Maildir needs neither: deliveries land in tmp/ and appear by rename.
"""

from __future__ import annotations

import errno
import fcntl
import time
from pathlib import Path
from typing import IO

from sync.errors import Retryable

__all__ = ["lock_shared", "writer_busy"]

_LOCK_WAIT_SECONDS = 5.0
_DOTLOCK_FRESH_SECONDS = 300


def lock_shared(f: IO[bytes], path: Path) -> None:
    """Take a shared lock on the open file `f`, waiting up to a few seconds for a writer to
    finish; `Retryable` if it does not (the next run reads). A filesystem without locks is
    read anyway. Closing `f` drops the lock."""
    deadline = time.monotonic() + _LOCK_WAIT_SECONDS
    while True:
        try:
            fcntl.lockf(f, fcntl.LOCK_SH | fcntl.LOCK_NB)
            return
        except OSError as exc:
            if exc.errno not in (errno.EACCES, errno.EAGAIN):
                return  # a filesystem without locks: read anyway
            if time.monotonic() > deadline:
                raise Retryable(f"{path} is locked by a mail writer", retry_after=30) from exc
            time.sleep(0.05)


def writer_busy(path: Path) -> bool:
    """A fresh dotlock (`<mbox>.lock`) means a delivery agent is appending right now."""
    try:
        age = time.time() - (path.parent / (path.name + ".lock")).stat().st_mtime
    except FileNotFoundError:
        return False
    return age < _DOTLOCK_FRESH_SECONDS
