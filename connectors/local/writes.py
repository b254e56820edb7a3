"""How bounce-sync's actions land in the local CRM: all actions of one call in one
transaction, each in a savepoint so a bad one fails alone, each logged as an event keyed by
its outbox key. A repeat (a crash between our commit and the outbox's "done") finds that
event and hands back what the first attempt did, writing nothing: a user's edit made since
is not undone, and the contact's history shows each action once.

The outbox's fence (sync.ports.FencedApply) is checked before the transaction and again
before it commits: the one request this CRM gets is its commit, and a worker whose lease
was taken over meanwhile rolls back instead.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from typing import Any

from classifier.records import normalise_address
from connectors.crm_words import bounce_note
from connectors.local.db import Database, stamp
from connectors.local.rows import (
    enrollment_from_json, enrollment_json, event, ref_id, sequence_row, to_enrollment,
)
from sync.records import (
    Action, ApplyResult, ClearBounce, Flag, MarkBounced, Outcome, Reenroll, Unenroll,
)


_KINDS = {MarkBounced: "mark_bounced", Unenroll: "unenroll", ClearBounce: "clear_bounce",
          Reenroll: "reenroll", Flag: "flag"}


def apply(db: Database, actions: Sequence[Action], *,
          fence: Callable[[], None] | None = None) -> Sequence[ApplyResult]:
    """All actions of one call in one transaction; a bad one fails alone."""
    if not actions:
        return []
    results: list[ApplyResult] = []
    if fence is not None:
        fence()
    with db.write() as conn:
        for action in actions:
            conn.execute("SAVEPOINT action")
            try:
                result = _apply_one(db, conn, action)
            except sqlite3.Error as exc:
                conn.execute("ROLLBACK TO action")
                result = ApplyResult(key=action.key, outcome=Outcome.FAILED,
                                     error=f"database error: {exc}")
            conn.execute("RELEASE action")
            results.append(result)
        if fence is not None:
            fence()  # raises LeaseLost: the transaction rolls back, nothing was applied
    return results


def _applied_before(conn: sqlite3.Connection, contact_id: int, action: Action) -> ApplyResult | None:
    """What an earlier attempt of this very action (same outbox key) did, or None."""
    kind = _KINDS.get(type(action))
    row = None if kind is None else conn.execute(
        "SELECT detail FROM events WHERE action_key = ? AND kind = ? AND contact_id = ? "
        "ORDER BY id DESC LIMIT 1", (action.key, kind, contact_id)).fetchone()
    if row is None:
        return None
    detail = json.loads(row["detail"] or "{}")
    if kind == "unenroll":
        removed = tuple(enrollment_from_json(e) for e in detail.get("removed") or ())
        return ApplyResult(key=action.key, outcome=Outcome.DONE if removed else Outcome.SKIPPED,
                           removed=removed)
    if kind == "reenroll" and detail.get("missing"):
        return ApplyResult(key=action.key, outcome=Outcome.FAILED,
                           error=f"sequences no longer exist: {', '.join(detail['missing'])}")
    return ApplyResult(key=action.key, outcome=Outcome.DONE)


def _apply_one(db: Database, conn: sqlite3.Connection, action: Action) -> ApplyResult:
    contact_id = ref_id(action.contact)
    row = None if contact_id is None else conn.execute(
        "SELECT * FROM contacts WHERE id = ?", (contact_id,)).fetchone()
    if row is None:
        return ApplyResult(key=action.key, outcome=Outcome.FAILED,
                           error=f"no contact with id {action.contact.id!r} in the local CRM")
    again = _applied_before(conn, contact_id, action)
    if again is not None:
        return again
    now = db.now()
    match action:
        case Unenroll():
            return _unenroll(conn, row, action, now)
        case Reenroll():
            return _reenroll(conn, row, action, now)
        case MarkBounced() | ClearBounce() | Flag():
            sql, params, detail = _field_write(action)
            conn.execute(sql, (*params, now, contact_id))
            event(conn, contact_id, now, _KINDS[type(action)], action.key, detail)
            return ApplyResult(key=action.key, outcome=Outcome.DONE)
    return ApplyResult(key=action.key, outcome=Outcome.FAILED,
                       error=f"the local CRM does not know the action {type(action).__name__}")


def _field_write(action: MarkBounced | ClearBounce | Flag
                 ) -> tuple[str, tuple[Any, ...], dict[str, Any]]:
    """The UPDATE an action makes to the contact's bounce fields (its parameters before
    `modified_at` and the contact's id), and the detail its event records."""
    match action:
        case MarkBounced():
            return ("UPDATE contacts SET bounce_status = ?, bounce_hard = ?, bounce_reason = ?, "
                    "bounce_reason_label = ?, bounce_diagnostic = ?, bounced_at = ?, "
                    "bounced_address = ?, soft_count = ?, bounce_note = ?, modified_at = ? "
                    "WHERE id = ?",
                    (action.status.value, int(action.hard), action.reason, action.reason_label,
                     action.diagnostic, stamp(action.bounced_at),
                     normalise_address(action.address), action.soft_count,
                     bounce_note(action) or None),
                    {"status": action.status.value, "address": action.address,
                     "reason": action.reason, "hard": action.hard,
                     "diagnostic": action.diagnostic, "soft_count": action.soft_count})
        case ClearBounce():
            return ("UPDATE contacts SET bounce_status = NULL, bounce_hard = NULL, "
                    "bounce_reason = NULL, bounce_reason_label = NULL, bounce_diagnostic = NULL, "
                    "bounced_at = NULL, bounced_address = NULL, soft_count = 0, bounce_note = ?, "
                    "modified_at = ? WHERE id = ?", (action.note or None,), {"note": action.note})
        case Flag():
            return ("UPDATE contacts SET bounce_status = ?, bounce_note = ?, modified_at = ? "
                    "WHERE id = ?", (action.status.value, action.note),
                    {"status": action.status.value, "note": action.note})


def _unenroll(conn: sqlite3.Connection, row: sqlite3.Row, action: Unenroll,
              now: str) -> ApplyResult:
    contact_id = row["id"]
    active = [to_enrollment(r) for r in conn.execute(
        "SELECT e.*, s.name AS sequence_name FROM enrollments e "
        "JOIN sequences s ON s.id = e.sequence_id "
        "WHERE e.contact_id = ? AND e.state = 'active' ORDER BY e.id", (contact_id,))]
    if not active:
        # Nothing to remove. (A repeat of this very action, after a crash between our write
        # and the outbox's "done", never gets here: `_applied_before` hands back what the
        # first attempt removed, so the worker can still restore it later.)
        return ApplyResult(key=action.key, outcome=Outcome.SKIPPED)
    conn.execute("UPDATE enrollments SET state = 'removed', removed_at = ? "
                 "WHERE contact_id = ? AND state = 'active'", (now, contact_id))
    saved = {e["sequence_id"]: e for e in json.loads(row["saved_enrollments"] or "[]")}
    saved.update({e.sequence_id: enrollment_json(e) for e in active})
    conn.execute("UPDATE contacts SET saved_enrollments = ?, modified_at = ? WHERE id = ?",
                 (json.dumps(list(saved.values())), now, contact_id))
    event(conn, contact_id, now, "unenroll", action.key,
                {"removed": [enrollment_json(e) for e in active]})
    return ApplyResult(key=action.key, outcome=Outcome.DONE, removed=tuple(active))


def _reenroll(conn: sqlite3.Connection, row: sqlite3.Row, action: Reenroll,
              now: str) -> ApplyResult:
    contact_id = row["id"]
    enrolled, already, missing = [], [], []
    for wanted in action.enrollments:
        sequence = sequence_row(conn, wanted)
        if sequence is None:
            missing.append(wanted.sequence_name or wanted.sequence_id)
            continue
        if conn.execute("SELECT 1 FROM enrollments WHERE contact_id = ? AND sequence_id = ? "
                        "AND state = 'active'", (contact_id, sequence["id"])).fetchone():
            already.append(sequence["name"])
            continue
        # The local CRM enrolls at a step: the saved one (undo, resend), else step one.
        conn.execute(
            "INSERT INTO enrollments (contact_id, sequence_id, step, sender, user_id, state, "
            "enrolled_at) VALUES (?, ?, ?, ?, ?, 'active', ?)",
            (contact_id, sequence["id"], max(1, wanted.step or 1), wanted.sender or row["owner"],
             wanted.user_id or row["owner"], now))
        enrolled.append(sequence["name"])
    done_ids = {str(s["id"]) for s in (sequence_row(conn, w) for w in action.enrollments) if s}
    saved = [e for e in json.loads(row["saved_enrollments"] or "[]")
             if e["sequence_id"] not in done_ids]
    conn.execute("UPDATE contacts SET saved_enrollments = ?, modified_at = ? WHERE id = ?",
                 (json.dumps(saved), now, contact_id))
    event(conn, contact_id, now, "reenroll", action.key,
                {"enrolled": enrolled, "already_active": already, "missing": missing})
    if missing:
        return ApplyResult(key=action.key, outcome=Outcome.FAILED, error=(
            f"sequences no longer exist: {', '.join(missing)}"
            + (f" (enrolled in {', '.join(enrolled)})" if enrolled else "")))
    return ApplyResult(key=action.key, outcome=Outcome.DONE)
