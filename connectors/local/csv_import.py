"""Contacts from a CSV file: every row validated before anything is written, then added in
one transaction; rows whose address is already a contact are skipped, so importing twice is
harmless. The columns are described in the package docstring.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from classifier.records import normalise_address
from connectors.local.db import Database
from connectors.local.rows import ensure_sequence, event
from sync.errors import Permanent

CSV_COLUMNS = ("email", "first_name", "last_name", "company", "owner", "secondary_emails", "sequences")


class CsvImportError(Permanent):
    """A contacts CSV that cannot be imported; names the line. Nothing was written."""


def import_contacts(db: Database, path: str | Path) -> int:
    """Import contacts from a CSV (columns in the module docstring); returns how many
    were added. Rows whose address is already a contact are skipped."""
    path = Path(path)
    rows = list(read_csv(path))
    added = 0
    with db.write() as conn:
        for line, row in rows:
            addresses = [row["email"], *row["secondary_emails"]]
            marks = ",".join("?" * len(addresses))
            if conn.execute(f"SELECT 1 FROM contact_emails WHERE email IN ({marks})",
                            addresses).fetchone():
                continue
            now = db.now()
            contact_id = conn.execute(
                "INSERT INTO contacts (first_name, last_name, company, email, "
                "secondary_emails, owner, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (row["first_name"], row["last_name"], row["company"], row["email"],
                 json.dumps(row["secondary_emails"]), row["owner"], now, now)).lastrowid
            for name, step in row["sequences"]:
                sequence_id = ensure_sequence(conn, name, step)
                conn.execute(
                    "INSERT INTO enrollments (contact_id, sequence_id, step, sender, user_id, "
                    "state, enrolled_at) VALUES (?, ?, ?, ?, ?, 'active', ?)",
                    (contact_id, sequence_id, step, row["owner"], row["owner"], now))
            event(conn, contact_id, now, "import", None,
                        {"file": path.name, "line": line}, actor="cli")
            added += 1
    return added


def read_csv(path: Path) -> Iterable[tuple[int, dict[str, Any]]]:
    """Validate every row before anything is written: (line number, cleaned row)."""
    try:
        handle = path.open(newline="", encoding="utf-8-sig")
    except OSError as exc:
        raise CsvImportError(f"cannot read {path}: {exc.strerror}") from exc
    rows: list[tuple[int, dict[str, Any]]] = []
    seen: dict[str, int] = {}
    with handle:
        reader = csv.DictReader(handle)
        header = [h.strip().lower() for h in (reader.fieldnames or [])]
        if "email" not in header:
            raise CsvImportError(f"{path.name}: the header row has no 'email' column "
                                 f"(columns: {', '.join(CSV_COLUMNS)})")
        unknown = [h for h in header if h not in CSV_COLUMNS]
        if unknown:
            raise CsvImportError(f"{path.name}: unknown column {unknown[0]!r} "
                                 f"(columns: {', '.join(CSV_COLUMNS)})")
        reader.fieldnames = header
        for raw in reader:
            line = reader.line_num
            if None in raw:
                raise CsvImportError(f"{path.name} line {line}: more fields than columns")
            cell = {k: (v or "").strip() for k, v in raw.items()}
            if not any(cell.values()):
                continue
            email = normalise_address(cell.get("email", ""))
            if not looks_like_address(email):
                raise CsvImportError(f"{path.name} line {line}: {cell.get('email')!r} is not an email address")
            secondary = [normalise_address(s) for s in cell.get("secondary_emails", "").split(";") if s.strip()]
            for s in secondary:
                if not looks_like_address(s):
                    raise CsvImportError(f"{path.name} line {line}: secondary address {s!r} is not an email address")
            for address in [email, *secondary]:
                if address in seen:
                    raise CsvImportError(f"{path.name} line {line}: {address} is already on line {seen[address]}")
                seen[address] = line
            sequences = []
            for entry in cell.get("sequences", "").split(";"):
                if not entry.strip():
                    continue
                name, _, step = entry.rpartition(":") if ":" in entry else (entry, "", "1")
                name, step = name.strip(), step.strip() or "1"
                if not name or not step.isdigit() or int(step) < 1:
                    raise CsvImportError(f"{path.name} line {line}: sequence entry {entry.strip()!r} "
                                         "is not 'Name:step' with a step of 1 or more")
                sequences.append((name, int(step)))
            rows.append((line, {
                "email": email, "secondary_emails": secondary, "sequences": sequences,
                "first_name": cell.get("first_name") or None, "last_name": cell.get("last_name") or None,
                "company": cell.get("company") or None,
                "owner": normalise_address(cell["owner"]) if cell.get("owner") else None,
            }))
    return rows


def looks_like_address(address: str) -> bool:
    """Enough of an address to import: local part, @, a dotted domain, no spaces."""
    local, at, domain = address.rpartition("@")
    return bool(at and local and "." in domain and not any(c.isspace() for c in address))
