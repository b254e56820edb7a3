"""What the worker reads from the local CRM: contacts by address (`find_contacts`) and the
bounced contacts that changed (`bounced_changes`, for the watcher).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from datetime import datetime

from classifier.records import normalise_address
from connectors.local.db import Database, stamp
from connectors.local.rows import changes_cursor, chunks, to_contact, to_enrollment
from sync.records import ChangeBatch, Contact, Enrollment

LOOKUP_CHUNK = 500  # addresses per `IN (...)` query, under SQLite's variable limit
CHANGES_PAGE = 500  # contacts per bounced_changes page


def find_contacts(db: Database, emails: Sequence[str]) -> Sequence[Contact]:
    """Contacts holding any of `emails` (primary or secondary), each once, with their
    active enrollments; one snapshot for the whole lookup."""
    wanted = list(dict.fromkeys(normalise_address(e) for e in emails if e and e.strip()))
    if not wanted:
        return []
    found: dict[int, Contact] = {}
    with db.read() as conn:
        for chunk in chunks(wanted, LOOKUP_CHUNK):
            marks = ",".join("?" * len(chunk))
            rows = [row for row in conn.execute(
                f"SELECT * FROM contacts WHERE id IN "
                f"(SELECT contact_id FROM contact_emails WHERE email IN ({marks})) ORDER BY id",
                chunk) if row["id"] not in found]
            for contact in contacts_of(conn, rows):
                found[int(contact.ref.id)] = contact
    return list(found.values())


def contacts_of(conn: sqlite3.Connection, rows: list[sqlite3.Row]) -> list[Contact]:
    """Rows as records, their active enrollments read in one query."""
    if not rows:
        return []
    ids = [row["id"] for row in rows]
    enrollments: dict[int, list[Enrollment]] = {i: [] for i in ids}
    for row in conn.execute(
            f"SELECT e.*, s.name AS sequence_name FROM enrollments e "
            f"JOIN sequences s ON s.id = e.sequence_id "
            f"WHERE e.state = 'active' AND e.contact_id IN ({','.join('?' * len(ids))}) "
            f"ORDER BY e.contact_id, e.id", ids):
        enrollments[row["contact_id"]].append(to_enrollment(row))
    return [to_contact(row, tuple(enrollments[row["id"]])) for row in rows]


def bounced_changes(db: Database, cursor: str | None, *, until: datetime) -> ChangeBatch:
    """Contacts with a bounce status, ordered by (modified_at, id), after `cursor`.

    SQLite is consistent, so no lag is needed; the cursor is the (modified_at, id) of the
    last contact returned, a keyset that cannot skip contacts sharing a timestamp."""
    after_at, after_id = changes_cursor(cursor)
    with db.read() as conn:
        rows = list(conn.execute(
            "SELECT * FROM contacts WHERE bounce_status IS NOT NULL "
            "AND (modified_at, id) > (?, ?) AND modified_at <= ? "
            "ORDER BY modified_at, id LIMIT ?",
            (after_at, after_id, stamp(until), CHANGES_PAGE + 1)))
        more = len(rows) > CHANGES_PAGE
        rows = rows[:CHANGES_PAGE]
        contacts = contacts_of(conn, rows)
    if rows:
        cursor = json.dumps({"at": rows[-1]["modified_at"], "id": rows[-1]["id"]})
    return ChangeBatch(contacts=tuple(contacts), cursor=cursor, more=more)
