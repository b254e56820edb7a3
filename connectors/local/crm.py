"""`LocalCrm`, the connector object: its settings, `setup` and `check`, and the
`CrmConnector` and admin methods, each handed to the module that does the work (reads,
writes, csv_import, admin) over the one `Database`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from connectors.base import CheckItem
from connectors.local import admin, csv_import, reads, writes
from connectors.local.db import Database, real_now
from connectors.local.schema import SCHEMA_VERSION
from connectors.settings import reject_unknown
from sync.errors import ConfigError, Permanent
from sync.records import Action, ApplyResult, ChangeBatch, Contact

SETTINGS = frozenset({"path", "import_csv"})


class LocalCrm:
    """`CrmConnector` over one SQLite file. Thread-safe: one connection behind a lock."""

    name = "local"
    FENCED = True  # declared ability (sync.ports.FencedApply): the lease is checked before commit
    ENROLLS_AT_STEP = True  # declared ability (sync.ports.EnrollsAtStep): undo restores the step

    def __init__(self, settings: Mapping[str, Any], *, base_dir: Path,
                 clock: Callable[[], datetime] = real_now) -> None:
        # The clock stamps edits and actions; tests pass the worker's pinned clock so the
        # watcher's "changed since" window and the CRM's stamps agree on what time it is.
        reject_unknown(settings, SETTINGS)
        path = settings.get("path")
        if not isinstance(path, str) or not path.strip():
            raise ConfigError("path", "missing or not a string",
                              'write path = "contacts.sqlite3" (relative to the config file)')
        self.path = (Path(base_dir) / path.strip()).resolve()
        csv_path = settings.get("import_csv")
        if csv_path is not None and (not isinstance(csv_path, str) or not csv_path.strip()):
            raise ConfigError("import_csv", "must be a file path string",
                              'write import_csv = "contacts.csv" or remove the key')
        self.import_csv = (Path(base_dir) / csv_path.strip()).resolve() if csv_path else None
        self._db = Database(self.path, clock)

    def __repr__(self) -> str:
        return f"LocalCrm({str(self.path)!r})"

    def close(self) -> None:
        """Close the connection (the next call opens it again)."""
        self._db.close()

    # ------------------------------------------------------------------ setup / check

    def setup(self, *, dry_run: bool) -> Sequence[CheckItem]:
        """Create or migrate the schema; import `import_csv` while there are no contacts."""
        with self._db.lock:
            exists = self.path.exists()
            version = self._db.peek_version() if exists else 0
            if version > SCHEMA_VERSION:
                return [CheckItem(name="schema", ok=False, detail=self._db.version_problem(version))]
            items: list[CheckItem] = []
            todo = SCHEMA_VERSION - version
            if dry_run:
                if not exists:
                    items.append(CheckItem(name="database", ok=True,
                                           detail=f"would create {self.path}"))
                items.append(CheckItem(name="schema", ok=True, detail=(
                    f"would migrate from version {version} to {SCHEMA_VERSION}" if todo
                    else f"version {SCHEMA_VERSION}, nothing to do")))
                if self.import_csv is not None:
                    items.append(CheckItem(name="import_csv", ok=self.import_csv.is_file(), detail=(
                        f"would import {self.import_csv} if the database has no contacts"
                        if self.import_csv.is_file() else f"{self.import_csv} does not exist")))
                return items
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if self._db.conn is None:
                conn = self._db.open()
                for target in range(version + 1, SCHEMA_VERSION + 1):
                    self._db.migrate(conn, target)
                self._db.conn = conn
            items.append(CheckItem(name="schema", ok=True, detail=(
                f"migrated {self.path} from version {version} to {SCHEMA_VERSION}" if todo
                else f"{self.path} is at version {SCHEMA_VERSION}")))
            if self.import_csv is not None:
                items.append(self._setup_import())
            return items

    def _setup_import(self) -> CheckItem:
        """The first setup imports `import_csv`; a database that holds contacts is left alone."""
        assert self.import_csv is not None
        if not self.import_csv.is_file():
            return CheckItem(name="import_csv", ok=False,
                             detail=f"{self.import_csv} does not exist (fix crm.import_csv)")
        with self._db.read() as conn:
            count = conn.execute("SELECT count(*) FROM contacts").fetchone()[0]
        if count:
            return CheckItem(name="import_csv", ok=True,
                             detail=f"skipped: the database already holds {count} contacts")
        imported = self.import_contacts_csv(self.import_csv)
        return CheckItem(name="import_csv", ok=True,
                         detail=f"imported {imported} contacts from {self.import_csv.name}")

    def check(self) -> Sequence[CheckItem]:
        """The file exists, is at the current schema version, and what it holds."""
        if not self.path.exists():
            return [CheckItem(name="database", ok=False,
                              detail=f"{self.path} does not exist; run `bounce-sync setup`")]
        try:
            version = self._db.peek_version()
        except Permanent as exc:
            return [CheckItem(name="database", ok=False, detail=str(exc))]
        if version != SCHEMA_VERSION:
            return [CheckItem(name="database", ok=True, detail=str(self.path)),
                    CheckItem(name="schema", ok=False, detail=self._db.version_problem(version))]
        with self._db.read() as conn:
            contacts, bounced = conn.execute(
                "SELECT count(*), count(bounce_status) FROM contacts").fetchone()
            sequences = conn.execute("SELECT count(*) FROM sequences").fetchone()[0]
            active = conn.execute(
                "SELECT count(*) FROM enrollments WHERE state = 'active'").fetchone()[0]
        items = [
            CheckItem(name="database", ok=True, detail=str(self.path)),
            CheckItem(name="schema", ok=True, detail=f"version {SCHEMA_VERSION}"),
            CheckItem(name="contacts", ok=True, detail=(
                f"{contacts} contacts ({bounced} with a bounce status), {sequences} sequences, "
                f"{active} active enrollments")),
        ]
        if self.import_csv is not None and not contacts:
            # An import that failed (a bad line) leaves the schema but no contacts: mail
            # read now would all be unmatched, so the CRM is not usable until it imports.
            items.append(CheckItem(name="import_csv", ok=False, detail=(
                f"no contacts imported yet from {self.import_csv}; fix the file if an import "
                "failed, then run `bounce-sync setup`")))
        return items

    # ------------------------------------------------------------------ CrmConnector

    def find_contacts(self, emails: Sequence[str]) -> Sequence[Contact]:
        """Contacts holding any of `emails`, with their active enrollments."""
        return reads.find_contacts(self._db, emails)

    def bounced_changes(self, cursor: str | None, *, until: datetime) -> ChangeBatch:
        """Contacts with a bounce status changed after `cursor` (see reads.bounced_changes)."""
        return reads.bounced_changes(self._db, cursor, until=until)

    def apply(self, actions: Sequence[Action], *,
              fence: Callable[[], None] | None = None) -> Sequence[ApplyResult]:
        """All actions of one call in one transaction; a bad one fails alone; `fence()`
        before the transaction and before its commit (sync.ports.FencedApply)."""
        return writes.apply(self._db, actions, fence=fence)

    # ------------------------------------------------------------------ admin (the `contacts` screens)

    def import_contacts_csv(self, path: str | Path) -> int:
        """Import contacts from a CSV (columns in the package docstring); returns how many
        were added. Rows whose address is already a contact are skipped."""
        return csv_import.import_contacts(self._db, path)

    def list_contacts(self, status: str | None = None) -> list[dict[str, Any]]:
        """Contacts as plain dicts, ordered by email (see admin.list_contacts)."""
        return admin.list_contacts(self._db, status)

    def history(self, contact: str) -> list[dict[str, Any]]:
        """What bounce-sync and the CLI did to one contact, oldest first."""
        return admin.history(self._db, contact)

    def edit_email(self, contact: str, new_email: str) -> None:
        """Change a contact's primary address (by current email or id), as a CRM user would."""
        admin.edit_email(self._db, contact, new_email)

    def request_resend(self, contact: str) -> None:
        """Ask for the same address to be emailed again: status `resend`, which the watcher
        turns into clear + re-enroll."""
        admin.request_resend(self._db, contact)

    def enroll(self, contact: str, sequence_name: str, step: int = 1,
               sender: str | None = None) -> bool:
        """Enroll a contact in a sequence (created if new) at `step`; False when it is
        already active in that sequence."""
        return admin.enroll(self._db, contact, sequence_name, step, sender)
