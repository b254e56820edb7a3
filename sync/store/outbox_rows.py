"""Outbox rows: actions stored with the page that planned them, leased in batches by the
workers that apply them, and marked by their result.

Exactly-once effects, the practical kind: a row's key is the action's deterministic key
(`INSERT ... ON CONFLICT DO NOTHING`), so a replayed page adds nothing. A batch of rows is
leased under a token (the fence `complete_actions` checks), its lease renewed by the
LeaseKeeper while the CRM call runs, and each contact's rows reach the CRM in the order
they were planned, whichever worker applies them. The drain loop is sync/outbox.py.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any

from sync.records import Action, ApplyResult, Outcome, Unenroll
from sync.store.codec import decode_action, encode_action, encode_enrollments, encode_result, ts
from sync.store.database import Database
from sync.store.dialects import placeholders

# How a connector applies one batch (connectors/base.py: writes to the record first, then
# removals from sequences, then enrollments; in the given order within each phase). A
# contact's rows share a batch only while their phases do not go backwards, so a batch never
# reorders one contact's actions (e.g. a Reenroll before a later Unenroll).
_PHASE = {"MarkBounced": 0, "ClearBounce": 0, "Flag": 0, "Unenroll": 1, "Reenroll": 2}


class OutboxRows(Database):
    """The outbox table: enqueue, lease, renew, release, complete, retry, inspect."""

    def _enqueue(self, crm: str, actions: Sequence[Action], now: datetime) -> int:
        """Inside the page transaction: add the actions not already queued; how many were new."""
        new = 0
        for a in actions:
            rows = self._q(
                "INSERT INTO outbox (key, kind, crm, contact_id, action, state, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, 'waiting', ?, ?) ON CONFLICT (key) DO NOTHING RETURNING seq",
                (a.key, type(a).__name__, crm, a.contact.id, encode_action(a), ts(now), ts(now)))
            new += len(rows)
        return new

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
        not_in = f" AND o.key NOT IN ({placeholders(len(exclude))})" if exclude else ""
        blocked_by = f" OR e.key IN ({placeholders(len(exclude))})" if exclude else ""
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
                    f"WHERE key IN ({placeholders(len(chunk))}) RETURNING seq, action",
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
                    f"AND contact_id IN ({placeholders(len(chunk))}) ORDER BY seq", (crm, *chunk)):
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
        """Put leased rows back to waiting (a transient error or a stop), keeping `error`
        for `bounce-sync outbox`; only rows still ours (and under `token`, if given)."""
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
        """Rows by state, every state present (zero if none): for `status` and the report."""
        where, params = (" WHERE crm = ?", (crm,)) if crm else ("", ())
        counts = {"waiting": 0, "leased": 0, "done": 0, "failed": 0}
        counts.update(dict(self._q(f"SELECT state, count(*) FROM outbox{where} GROUP BY state", params)))
        return counts

    def outbox_rows(self, *, state: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
        """Rows in queue order, JSON-safe, for `bounce-sync outbox` (an admin's view)."""
        where, params = (" WHERE state = ?", (state,)) if state else ("", ())
        rows = self._q(f"SELECT key, kind, crm, contact_id, state, attempts, last_error, result "
                       f"FROM outbox{where} ORDER BY seq LIMIT ?", (*params, limit))
        return [dict(zip(("key", "kind", "crm", "contact_id", "state", "attempts", "last_error",
                          "result"), r)) for r in rows]
