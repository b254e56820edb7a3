"""The local CRM's admin operations, what the `bounce-sync contacts` screens call. They act
as a CRM user would, not as the worker: they never go through the outbox, and their writes
move modified_at like any edit, so the next run's watcher sees them.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from classifier.records import normalise_address
from connectors.crm_words import removed_summary, status_label
from connectors.local.db import Database
from connectors.local.rows import enrollment_from_json, ensure_sequence, event, resolve
from sync.records import BounceStatus


def list_contacts(db: Database, status: str | None = None) -> list[dict[str, Any]]:
    """Contacts as plain dicts (id, email, name, company, status and its label, reason in
    words and its code, bounced_at, bounced_address, note, removed_from: the readable list
    of saved enrollments, sequences = [{"name", "step"}] of active enrollments), ordered by
    email. `status` filters on a bounce status value, or "none" / "clean" for none."""
    where, params = "", ()
    if status is not None:
        if status in ("none", "clean"):
            where = "WHERE c.bounce_status IS NULL"
        else:
            valid = {s.value for s in BounceStatus}
            if status not in valid:
                raise ValueError(f"unknown status {status!r}: use one of "
                                 f"{', '.join(sorted(valid))} or none")
            where, params = "WHERE c.bounce_status = ?", (status,)
    with db.read() as conn:
        rows = list(conn.execute(f"SELECT * FROM contacts c {where} ORDER BY lower(c.email), c.id",
                                 params))
        active: dict[int, list[dict[str, Any]]] = {}
        for e in conn.execute(
                "SELECT e.contact_id, s.name, e.step FROM enrollments e "
                "JOIN sequences s ON s.id = e.sequence_id WHERE e.state = 'active' "
                "ORDER BY s.name"):
            active.setdefault(e["contact_id"], []).append({"name": e["name"], "step": e["step"]})
    return [{
        "id": str(r["id"]),
        "email": r["email"],
        "name": " ".join(p for p in (r["first_name"], r["last_name"]) if p),
        "company": r["company"],
        "status": r["bounce_status"],
        "status_label": status_label(r["bounce_status"]),
        "hard": None if r["bounce_hard"] is None else bool(r["bounce_hard"]),
        "reason": r["bounce_reason_label"] or r["bounce_reason"],
        "reason_code": r["bounce_reason"],
        "removed_from": removed_summary(enrollment_from_json(e) for e in
                                        json.loads(r["saved_enrollments"] or "[]")),
        "bounced_at": r["bounced_at"],
        "bounced_address": r["bounced_address"],
        "note": r["bounce_note"],
        "sequences": active.get(r["id"], []),
    } for r in rows]


def history(db: Database, contact: str) -> list[dict[str, Any]]:
    """What bounce-sync and the CLI did to one contact, oldest first."""
    with db.read() as conn:
        contact_id = resolve(conn, contact)
        return [{"at": r["at"], "actor": r["actor"], "kind": r["kind"],
                 "key": r["action_key"], "detail": json.loads(r["detail"])}
                for r in conn.execute("SELECT * FROM events WHERE contact_id = ? ORDER BY id",
                                      (contact_id,))]


def edit_email(db: Database, contact: str, new_email: str) -> None:
    """Change a contact's primary address (by current email or id), as a CRM user would."""
    new = normalise_address(new_email)
    if "@" not in new or " " in new:
        raise ValueError(f"{new_email!r} is not an email address")
    with db.write() as conn:
        contact_id = resolve(conn, contact)
        old = conn.execute("SELECT email FROM contacts WHERE id = ?", (contact_id,)).fetchone()[0]
        now = db.now()
        conn.execute("UPDATE contacts SET email = ?, modified_at = ? WHERE id = ?",
                     (new, now, contact_id))
        event(conn, contact_id, now, "edit_email", None, {"old": old, "new": new}, actor="cli")


def request_resend(db: Database, contact: str) -> None:
    """Ask for the same address to be emailed again: status `resend`, which the watcher
    turns into clear + re-enroll."""
    with db.write() as conn:
        contact_id = resolve(conn, contact)
        now = db.now()
        conn.execute("UPDATE contacts SET bounce_status = 'resend', modified_at = ? WHERE id = ?",
                     (now, contact_id))
        event(conn, contact_id, now, "request_resend", None, {}, actor="cli")


def enroll(db: Database, contact: str, sequence_name: str, step: int = 1,
           sender: str | None = None) -> bool:
    """Enroll a contact in a sequence (created if new) at `step`; False when it is
    already active in that sequence."""
    if step < 1:
        raise ValueError("step must be 1 or more")
    with db.write() as conn:
        contact_id = resolve(conn, contact)
        sequence_id = ensure_sequence(conn, sequence_name, step)
        owner = conn.execute("SELECT owner FROM contacts WHERE id = ?", (contact_id,)).fetchone()[0]
        now = db.now()
        try:
            conn.execute(
                "INSERT INTO enrollments (contact_id, sequence_id, step, sender, user_id, state, "
                "enrolled_at) VALUES (?, ?, ?, ?, ?, 'active', ?)",
                (contact_id, sequence_id, step, sender or owner, owner, now))
        except sqlite3.IntegrityError:
            return False
        conn.execute("UPDATE contacts SET modified_at = ? WHERE id = ?", (now, contact_id))
        event(conn, contact_id, now, "enroll", None,
                    {"sequence": sequence_name, "step": step}, actor="cli")
        return True
