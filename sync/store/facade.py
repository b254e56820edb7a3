"""`StateStore`: the one object the worker, the watcher and the CLI hold.

Composed from the store's parts (history, the planner's read model, outbox rows, alerts,
reports), each a class over `Database`. Parts rather than delegation: all of them share one
connection and one transaction depth, the page transaction below spans four of them, and
`sibling()` must copy the whole store; a facade forwarding ~40 methods to separate objects
would only add a second name for each. The transactions that span parts live here.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from sync.planner import Plan
from sync.policy import MIN_LEASE_SECONDS
from sync.records import Contact, Fence
from sync.store.dialects import connect
from sync.store.history import History, LedgerEntry
from sync.store.insight import Insight
from sync.store.readmodel import ReadModel
from sync.store.reports import Reports

# Why record_page pauses a mailbox (the planner asked: policy pause_mailbox_on_sender_alert).
SENDER_PAUSE_REASON = "sender-side bounce (policy pause_mailbox_on_sender_alert)"


class StateStore(History, ReadModel, Reports, Insight):
    """One interface over SQLite (default) and PostgreSQL (by URL): mailbox cursors, the
    message ledger, the outbox, each address's and contact's bounce history, watcher
    cursors, alerts and run reports."""

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
            self._history(crm, plan, now)
            new = self._enqueue(crm, plan.actions, now)
            self._insert_alerts(plan.alerts)
            for name in plan.pause:
                self._pause(name, SENDER_PAUSE_REASON)
            if save_cursor and mailbox is not None:
                self._set_cursor(mailbox, cursor, now)
        return new

    def record_changes(self, *, crm: str, contacts: Sequence[Contact], plan: Plan,
                       cursor: str | None, now: datetime, fence: Fence | None = None) -> int:
        """The watcher's page transaction: history records, outbox, seen changes and its cursor
        (fenced by the watcher's lease when `fence` is given)."""
        with self.transaction():
            self._fenced(fence, now)
            self._history(crm, plan, now)
            new = self._enqueue(crm, plan.actions, now)
            self._changes_seen(crm, contacts, cursor, now)
        return new

    def record_check(self, *, crm: str, plan: Plan, name: str, cursor: str | None,
                     now: datetime, fence: Fence | None = None) -> int:
        """The known-bad check's transaction (sync/known_bad.py): history, outbox and its
        cursor, kept beside the watcher's under `name`, fenced by its lease."""
        with self.transaction():
            self._fenced(fence, now)
            self._history(crm, plan, now)
            new = self._enqueue(crm, plan.actions, now)
            self._changes_seen(name, (), cursor, now)
        return new


def open_store(url: str, *, base_dir: Path, idle_limit: int = MIN_LEASE_SECONDS) -> StateStore:
    """`sqlite:///state.db` (relative to `base_dir`), `sqlite:////abs/path.db`, or
    `postgresql://user@host:port/db` (libpq URL; `?options=-csearch_path%3Dname` picks a
    schema). Applies pending migrations. A worker passes its lease's `idle_limit`
    (sync/leases.py); the default is the shortest lease's."""
    return StateStore(connect(url, base_dir=base_dir, idle_limit=idle_limit))
