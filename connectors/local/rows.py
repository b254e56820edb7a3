"""Rows of the local CRM's tables and the records they become, and the small queries every
operation shares (a contact by id or address, a sequence by id or name, the event log).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from classifier.records import normalise_address
from connectors.local.db import parse_stamp
from sync.errors import Permanent
from sync.records import BounceStatus, Contact, ContactRef, Enrollment

DEFAULT_STEPS = 5  # steps of a sequence created by an import or `enroll`


def chunks(items: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    """`items` in slices of `size` (SQLite caps the variables of one query)."""
    for start in range(0, len(items), size):
        yield items[start:start + size]


def event(conn: sqlite3.Connection, contact_id: int, at: str, kind: str, key: str | None,
          detail: Mapping[str, Any], actor: str = "bounce-sync") -> None:
    """One line of the contact's history: what bounce-sync or a person did, and why."""
    conn.execute("INSERT INTO events (contact_id, at, actor, kind, action_key, detail) "
                 "VALUES (?, ?, ?, ?, ?, ?)", (contact_id, at, actor, kind, key, json.dumps(detail)))


def resolve(conn: sqlite3.Connection, contact: str) -> int:
    """A contact by id or by any of its addresses; ValueError when none or ambiguous."""
    text = str(contact).strip()
    if text.isdigit():
        row = conn.execute("SELECT id FROM contacts WHERE id = ?", (int(text),)).fetchone()
        if row:
            return row[0]
    ids = [r[0] for r in conn.execute(
        "SELECT DISTINCT contact_id FROM contact_emails WHERE email = ? ORDER BY is_primary DESC",
        (normalise_address(text),))]
    if not ids:
        raise ValueError(f"no contact with id or email {text!r}")
    if len(ids) > 1:
        raise ValueError(f"{text!r} belongs to several contacts ({', '.join(map(str, ids))}); use an id")
    return ids[0]


def ref_id(ref: ContactRef) -> int | None:
    """Our row id from a contact reference; None for one that cannot be ours."""
    return int(ref.id) if ref.id.isdigit() else None


def to_contact(row: sqlite3.Row, enrollments: tuple[Enrollment, ...]) -> Contact:
    """A contacts row (and its active enrollments) as the record the worker reads."""
    secondary = tuple(e for e in json.loads(row["secondary_emails"] or "[]") if e and e.strip())
    status = row["bounce_status"]
    return Contact(
        ref=ContactRef(id=str(row["id"])),
        email=row["email"] or None,
        emails=secondary,
        bounce_status=BounceStatus(status) if status else None,
        bounced_address=row["bounced_address"],
        soft_count=row["soft_count"] or 0,
        enrollments=enrollments,
        modified_at=parse_stamp(row["modified_at"]),
    )


def to_enrollment(row: sqlite3.Row) -> Enrollment:
    """An enrollments row (joined with its sequence's name) as a record."""
    return Enrollment(sequence_id=str(row["sequence_id"]), sequence_name=row["sequence_name"],
                      step=row["step"], sender=row["sender"], user_id=row["user_id"],
                      tracker_id=str(row["id"]))


def enrollment_json(e: Enrollment) -> dict[str, Any]:
    """An enrollment as saved_enrollments and the event log keep it, to restore it later."""
    return {"sequence_id": e.sequence_id, "sequence_name": e.sequence_name, "step": e.step,
            "sender": e.sender, "user_id": e.user_id, "tracker_id": e.tracker_id}


def enrollment_from_json(data: Mapping[str, Any]) -> Enrollment:
    """The inverse of `enrollment_json`."""
    return Enrollment(**{k: data.get(k) for k in
                         ("sequence_id", "sequence_name", "step", "sender", "user_id", "tracker_id")})


def sequence_row(conn: sqlite3.Connection, wanted: Enrollment) -> sqlite3.Row | None:
    """The sequence by id, else by name (a sequence re-created under the same name)."""
    if wanted.sequence_id.isdigit():
        row = conn.execute("SELECT id, name FROM sequences WHERE id = ?",
                           (int(wanted.sequence_id),)).fetchone()
        if row:
            return row
    if wanted.sequence_name:
        return conn.execute("SELECT id, name FROM sequences WHERE name = ?",
                            (wanted.sequence_name,)).fetchone()
    return None


def ensure_sequence(conn: sqlite3.Connection, name: str, step: int) -> int:
    """A sequence by name, created (or lengthened) so that `step` exists in it."""
    row = conn.execute("SELECT id, steps FROM sequences WHERE name = ?", (name,)).fetchone()
    if row is None:
        return conn.execute("INSERT INTO sequences (name, steps) VALUES (?, ?)",
                            (name, max(DEFAULT_STEPS, step))).lastrowid
    if row["steps"] < step:
        conn.execute("UPDATE sequences SET steps = ? WHERE id = ?", (step, row["id"]))
    return row["id"]


def changes_cursor(cursor: str | None) -> tuple[str, int]:
    """The watcher cursor, (modified_at, id) of the last contact returned."""
    if cursor is None:
        return "", 0
    try:
        data = json.loads(cursor)
        return str(data["at"]), int(data["id"])
    except (ValueError, KeyError, TypeError) as exc:
        raise Permanent(f"unreadable local CRM watcher cursor {cursor!r}") from exc
