"""The state store: one interface (`StateStore`) over SQLite and PostgreSQL.

Layout, one concern per module:
- dialects.py: the two SQL dialect adapters and the URL that picks one;
- migrations.py: the schema as numbered, append-only migrations;
- database.py: the connection, transactions, migrating, the SQLite run lock, named leases
  and fencing (`Database`, the base of every part);
- codec.py: how records become column values (times, actions, enrollments, results);
- history.py: the ledger, the bounce history, mailbox and watcher cursors;
- readmodel.py: `planner_state`, the planner's view of that history;
- outbox_rows.py: the outbox table (enqueue, lease in per-contact order, complete);
- alerts.py, reports.py: alerts, run reports and `status`;
- facade.py: `StateStore`, the parts combined, and the page transactions that span them.

The store never decides a bounce rule: it filters on the values the planner wrote (each
bounce's evidence flags, sync/planner/rules.py; BounceOutcome, LedgerStatus, AlertKind and
their groups in sync/records.py).
"""

from sync.records import Fence
from sync.store.codec import (
    UTC, change_key, decode_action, decode_enrollments, encode_action, encode_enrollments,
    encode_result, parse_ts, ts,
)
from sync.store.facade import StateStore, open_store
from sync.store.history import LedgerEntry
from sync.store.migrations import MIGRATIONS

__all__ = [
    "MIGRATIONS", "UTC", "Fence", "LedgerEntry", "StateStore", "change_key", "decode_action",
    "decode_enrollments", "encode_action", "encode_enrollments", "encode_result", "open_store",
    "parse_ts", "ts",
]
