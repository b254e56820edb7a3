"""Leases that hold while a worker works, and fencing when one is lost anyway.

Several workers on one PostgreSQL state share mailboxes, the watcher and outbox rows by
leases (sync/store/). A lease only protects work that finishes before it expires, and CRM calls
under a vendor rate limit can take longer than any fixed lease. So:

- Renewal. `LeaseKeeper` remembers every lease this worker holds (named leases and batches
  of outbox rows) and renews them from a background thread every `lease_seconds / 4`, on its
  own database connection, so a long CRM call does not let them lapse. A lease therefore
  lapses only when the worker stops renewing for three quarters of `lease_seconds`: it was
  killed (the point of leases), frozen, or cut off from the database.
- Confirmation. Before each CRM request (the connector calls the outbox's fence before
  every request it sends, sync.ports.FencedApply) and before each page is fetched, the worker
  calls `confirm()`: every lease must still be ours with at least half of `lease_seconds`
  left, renewed on the spot if not; a lease taken over raises `LeaseLost` and the worker
  stops that piece of work without sending anything more. It is cheap: while the heartbeat
  keeps up, more than half is always left by our own record of the last renewal (`expires`),
  so no database is asked; the database is asked only when less is left. That is safe
  because a lease cannot change hands before it expires: while our record says more than
  half is left, it is ours. A worker frozen past its lease (SIGSTOP, a VM pause, a long
  garbage-collection stop) wakes with `expires` passed by the clock, so its very next
  request asks the database first, learns the lease was taken over and sends nothing; if the
  database cannot be asked, it stops too (`check`).
- Fencing. Each acquisition carries a token (a generation for named leases, a random token
  per batch of outbox rows). The transaction that records a page, marks rows done or saves a
  cursor checks the token in the same transaction (sync/store/), so a worker whose lease was
  taken over cannot record or apply anything further; its late results are dropped and the
  new owner's stand.

A worker frozen inside one of its (short, database-only) transactions would hold its rows'
locks, and `SKIP LOCKED` would keep every other worker off them for as long as it stays
frozen; PostgreSQL ends such a session after `idle_limit(lease_seconds)` idle in it
(sync/store/dialects.py), so the rows are free before their lease can lapse (from 7-s leases
up; at 5 and 6 s, up to 1.25 s after).

A run that fails gives its named leases up on the way out (`close`), on a fresh connection
if its own was dropped, so the next run reads those mailboxes at once.

What no lease can promise: a call already in flight when a frozen worker's lease lapses
still reaches the CRM. The margins above make that need a freeze of most of a lease; the
lower bound on `lease_seconds` (policy.MIN_LEASE_SECONDS) keeps ordinary hiccups (a busy
database, a garbage-collection pause, clock differences between NTP-synced machines) a
small share of it. SQLite runs one worker at a time (a file lock), so there is no thread.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sync.errors import LeaseLost
from sync.policy import MIN_LEASE_SECONDS
from sync.records import Fence

if TYPE_CHECKING:  # pragma: no cover
    from sync.store import StateStore

# Fence (sync/records.py) and LeaseLost (sync/errors.py) live where the store can use them
# without importing this module; they stay importable from here, where callers look.
__all__ = ["Fence", "LeaseKeeper", "LeaseLost", "idle_limit"]


def idle_limit(lease_seconds: int) -> int:
    """Seconds a worker's PostgreSQL session may idle inside a transaction before the server
    ends it (PgDb). A worker frozen inside one holds its rows' locks, which `SKIP LOCKED` makes
    every other worker pass by, lease expired or not. Its leases lapse no sooner than three
    quarters of `lease_seconds` after it froze (renewed every quarter), so half of it frees the
    locks first; our transactions wait only on the database (milliseconds), so no ordinary
    stall (a busy machine, a garbage-collection pause) comes near it. Never below 5 s, so at
    the two shortest leases (5 and 6 s, the stress tests' 5) the locks may outlast the soonest
    lapse by up to 1.25 s: other workers pass those rows by once more and take them on their
    next pass (no row is applied twice: the fence refuses the frozen worker's writes)."""
    return max(MIN_LEASE_SECONDS, lease_seconds // 2)


@dataclass(slots=True, kw_only=True)
class _Held:
    name: str | None  # a named lease, or None for a batch of outbox rows
    token: int | str
    rows: int  # outbox rows in the batch (0 for a named lease)
    expires: datetime  # as of our last renewal, by our clock
    lost: bool = False


class LeaseKeeper:
    """This worker's leases: claimed, renewed in the background, confirmed before CRM calls,
    released. Use as a context manager; `close()` stops the heartbeat."""

    def __init__(self, store: StateStore, *, owner: str, seconds: int,
                 clock: Callable[[], datetime], log: logging.Logger,
                 background: bool | None = None) -> None:
        self.store, self.owner, self.seconds, self.clock, self.log = store, owner, seconds, clock, log
        self._held: dict[str, _Held] = {}  # by name, or "rows:<token>"
        self._lock = threading.Lock()  # one renewal at a time; the thread and the worker
        self.renewals = 0  # successful renewals (benchmarks and logs read it)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._background = store.concurrent if background is None else background
        self._hb_store: StateStore | None = None

    # -- lifecycle ---------------------------------------------------------------------

    def __enter__(self) -> LeaseKeeper:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the heartbeat, give up every named lease still held (a run that fails must
        not leave its mailboxes to wait out the lease: "another worker is reading it" for
        minutes, with no worker), and close the heartbeat's connection."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=self.seconds)
            self._thread = None
        for name in [h.name for h in list(self._held.values()) if h.name is not None]:
            self.release(name, quiet=True)
        if self._hb_store is not None:
            self._hb_store.close()
            self._hb_store = None

    def _start(self) -> None:
        if not self._background or self._thread is not None:
            return
        self._hb_store = self.store.sibling()
        self._thread = threading.Thread(target=self._beat, name="lease-heartbeat", daemon=True)
        self._thread.start()

    # -- named leases (mailboxes, the watcher) -----------------------------------------

    def claim(self, name: str) -> int | None:
        """Take the named lease; its token, or None when another worker holds it."""
        now = self.clock()
        token = self.store.claim(name, owner=self.owner, now=now, seconds=self.seconds)
        if token:
            with self._lock:
                self._held[name] = _Held(name=name, token=token, rows=0,
                                         expires=now + timedelta(seconds=self.seconds))
            self._start()
        return token or None

    def fence(self, name: str) -> Fence:
        """What the store checks when recording work done under the named lease."""
        held = self._held[name]
        return Fence(name=name, owner=self.owner, token=int(held.token), seconds=self.seconds)

    def release(self, name: str, *, quiet: bool = False) -> None:
        """Give the named lease up, unless it was lost (then it is another worker's).
        `quiet` (the run is failing already): a dead connection is replaced by a fresh one
        for the release, and a release that still fails is logged, not raised; the lease
        then expires as after a kill."""
        with self._lock:
            held = self._held.pop(name, None)
        if held is None or held.lost:
            return
        if not quiet:
            self.store.release(name, owner=self.owner, token=int(held.token))
            return
        self._release_anyhow(name, int(held.token))

    def _release_anyhow(self, name: str, token: int) -> None:
        try:
            self.store.release(name, owner=self.owner, token=token)
            return
        except Exception as exc:  # noqa: BLE001 - the connection may be gone; try another
            first = exc
        try:
            other = self._hb_store or (self.store.sibling() if self.store.concurrent else None)
            if other is None:
                raise first
            try:
                other.release(name, owner=self.owner, token=token)
            finally:
                if other is not self._hb_store:
                    other.close()
        except Exception as exc:  # noqa: BLE001 - the database is unreachable: it expires
            self.log.warning("could not release the lease on %s (%s); it expires in at most "
                             "%d s", name, exc, self.seconds)

    # -- outbox rows -------------------------------------------------------------------

    def hold_rows(self, token: str, rows: int, *, expires: datetime) -> None:
        """Renew a leased batch of outbox rows while the CRM call that applies it runs."""
        with self._lock:
            self._held[f"rows:{token}"] = _Held(name=None, token=token, rows=rows, expires=expires)
        self._start()

    @contextlib.contextmanager
    def completing(self, token: str) -> Iterator[Callable[[int], None]]:
        """While part of a held batch is marked done: no renewal runs meanwhile (it would
        count fewer rows than held and call the batch lost); call the yielded function with
        the number of rows marked, and later renewals expect that many fewer."""
        with self._lock:
            held = self._held.get(f"rows:{token}")

            def marked(n: int) -> None:
                if held is not None:
                    held.rows = max(0, held.rows - n)
            yield marked

    def drop_rows(self, token: str) -> None:
        """Stop renewing a batch (about to be marked done or released). Waits for a renewal
        in progress, so the heartbeat never writes rows the worker is completing."""
        with self._lock:
            self._held.pop(f"rows:{token}", None)

    # -- confirmation ------------------------------------------------------------------

    def confirm(self, what: str = "") -> None:
        """Before a CRM call: every lease still ours with at least half its time left
        (renewed now if less). Raises LeaseLost if one was taken over."""
        with self._lock:
            now = self.clock()
            for key, held in self._held.items():
                if not held.lost and held.expires - now < timedelta(seconds=self.seconds / 2):
                    self._renew(self.store, key, held, now)
                if held.lost:
                    label = held.name or f"{held.rows} outbox row(s)"
                    raise LeaseLost(f"lease on {label} was taken over by another worker"
                                    + (f" before {what}" if what else ""))

    def check(self, what: str = "") -> None:
        """The fence before one CRM request: `confirm`, and when the database cannot be
        asked (a dropped connection), go on only while our own record says more than half of
        the lease is left, which no other worker can take; otherwise stop (LeaseLost)."""
        try:
            self.confirm(what)
        except LeaseLost:
            raise
        except Exception as exc:  # noqa: BLE001 - any store failure: decide by our deadline
            with self._lock:
                now = self.clock()
                left = min((h.expires - now for h in self._held.values() if not h.lost),
                           default=timedelta(seconds=self.seconds))
            if left < timedelta(seconds=self.seconds / 2):
                raise LeaseLost(f"cannot confirm the lease ({type(exc).__name__}: {exc}); "
                                "stopped" + (f" before {what}" if what else "")) from exc
            self.log.warning("lease not confirmed (%s); %.0fs of it left by our record",
                             exc, left.total_seconds())

    def lost(self, name: str) -> bool:
        """Is the named lease no longer ours (taken over, or never held)?"""
        held = self._held.get(name)
        return held is None or held.lost

    # -- renewal -----------------------------------------------------------------------

    def _renew(self, store: StateStore, key: str, held: _Held, now: datetime) -> None:
        """Under self._lock. Marks the lease lost if it is no longer ours."""
        if held.name is not None:
            ok = store.renew(held.name, owner=self.owner, token=int(held.token), now=now,
                             seconds=self.seconds)
        else:
            ok = store.renew_actions(owner=self.owner, token=str(held.token), now=now,
                                     seconds=self.seconds) == held.rows
        if ok:
            held.expires = now + timedelta(seconds=self.seconds)
            self.renewals += 1
        else:
            held.lost = True
            self.log.warning("lease on %s lost: another worker took it over", held.name or key)

    def _beat(self) -> None:
        interval = self.seconds / 4
        while not self._stop.wait(interval):
            with self._lock:
                if self._hb_store is None:
                    self._reconnect()
                store = self._hb_store
                if store is None:
                    continue
                now = self.clock()
                for key, held in list(self._held.items()):
                    if held.lost:
                        continue
                    try:
                        self._renew(store, key, held, now)
                    except Exception as exc:  # noqa: BLE001 - keep beating; confirm() notices time running out
                        self.log.warning("lease heartbeat failed (will retry): %s", exc)
                        self._reconnect()
                        break

    def _reconnect(self) -> None:
        """Under self._lock, after a failed renewal: a dropped connection stays dropped,
        so beat on a new one (or try again at the next beat when none can be had)."""
        old, self._hb_store = self._hb_store, None
        try:
            if old is not None:
                old.close()
        except Exception:  # noqa: BLE001 - it is being replaced because it failed
            pass
        try:
            self._hb_store = self.store.sibling()
        except Exception as exc:  # noqa: BLE001 - next beat tries again
            self.log.warning("lease heartbeat cannot reconnect (will retry): %s", exc)
