"""`local`: a small CRM in one SQLite file, with contacts, sequences and enrollments.

The embedded default: the quick start runs on it, and it is a plain SQLite database a person
can open with any SQLite tool. Everything bounce-sync writes goes through `apply`; the helper
methods at the end (`import_contacts_csv`, `list_contacts`, `edit_email`, `request_resend`,
`enroll`) are what the `bounce-sync contacts` command calls, acting as a CRM user would.

Settings (the `[crm]` table, `connector = "local"`):

    path        = "contacts.sqlite3"   # the SQLite file, relative to the config's folder;
                                       # created by `bounce-sync setup`
    import_csv  = "contacts.csv"       # optional: imported on setup while the DB has no contacts

Any other key is refused (`ConfigError`, with "did you mean ...?" for a near miss).

Contacts CSV (`import_contacts_csv`), UTF-8, a header row, these columns (only `email` is
required; unknown columns are an error, so a typo cannot silently drop data):

    email,first_name,last_name,company,owner,secondary_emails,sequences
    ana@example.com,Ana,Lima,Example Ltd,rep@acme.example,ana.lima@example.org,Q4 Outbound:2;Webinar follow-up:1

`secondary_emails` is `;`-separated addresses. `sequences` is `;`-separated `Name:step`
entries (step defaults to 1); a sequence is created on first mention. `owner` is the owner's
address and is used as the enrollment's sender. Rows whose email (primary or secondary) is
already a contact are skipped, so importing twice is harmless; a bad row fails the whole
import with its line number and nothing is written.

Schema (versioned by `PRAGMA user_version`, see `_MIGRATIONS`): `contacts` (our bounce fields
are the `bounce_*` columns plus `soft_count`, `saved_enrollments`), `contact_emails` (every
address of a contact, lowercased, kept by triggers so edits made with any SQLite tool are
seen), `sequences`, `enrollments` (state active/removed/finished) and `events` (what
bounce-sync and the CLI did to each contact, for people to read). `modified_at` is a
microsecond UTC timestamp (`2026-11-20T12:00:00.123456Z`) that moves on every write to a
contact: ours set it explicitly, and a trigger moves it for edits made outside bounce-sync.
"""

from __future__ import annotations

import csv
import json
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from classifier.records import normalise_address
from connectors.base import CheckItem
from connectors.settings import reject_unknown
from sync.errors import ConfigError, Permanent, Retryable
from sync.records import (
    Action, ApplyResult, BounceStatus, ChangeBatch, ClearBounce, Contact, ContactRef,
    Enrollment, Flag, MarkBounced, Outcome, Reenroll, Unenroll,
)

__all__ = ["LocalCrm", "CsvImportError", "SCHEMA_VERSION", "CSV_COLUMNS"]

LOOKUP_CHUNK = 500  # addresses per `IN (...)` query, under SQLite's variable limit
CHANGES_PAGE = 500  # contacts per bounced_changes page
BUSY_TIMEOUT_MS = 10_000  # wait this long for a CLI edit or another run holding the write lock
CSV_COLUMNS = ("email", "first_name", "last_name", "company", "owner", "secondary_emails", "sequences")
DEFAULT_STEPS = 5  # steps of a sequence created by an import or `enroll`
_SETTINGS = frozenset({"path", "import_csv"})

# Each entry moves the schema from version i to i + 1, in one transaction.
_MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE contacts (
        id INTEGER PRIMARY KEY,
        first_name TEXT, last_name TEXT, company TEXT,
        email TEXT,
        secondary_emails TEXT NOT NULL DEFAULT '[]',  -- JSON array of addresses
        owner TEXT,
        bounce_status TEXT CHECK (bounce_status IN ('bounced','soft_bounced','resend','refused')),
        bounce_hard INTEGER,
        bounce_reason TEXT,
        bounce_reason_label TEXT,
        bounce_diagnostic TEXT,
        bounced_at TEXT,
        bounced_address TEXT,
        soft_count INTEGER NOT NULL DEFAULT 0,
        bounce_note TEXT,
        saved_enrollments TEXT NOT NULL DEFAULT '[]', -- JSON: sequences bounce-sync removed it from
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f000Z', 'now')),
        modified_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f000Z', 'now'))
    );
    CREATE INDEX contacts_bounced ON contacts (modified_at, id) WHERE bounce_status IS NOT NULL;

    CREATE TABLE contact_emails (
        contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
        email TEXT NOT NULL,
        is_primary INTEGER NOT NULL,
        PRIMARY KEY (email, contact_id)
    ) WITHOUT ROWID;
    CREATE INDEX contact_emails_contact ON contact_emails (contact_id);

    -- Addresses are indexed lowercased; these triggers keep the index true to the contact,
    -- whoever edits it.
    CREATE TRIGGER contacts_emails_insert AFTER INSERT ON contacts BEGIN
        INSERT OR IGNORE INTO contact_emails (contact_id, email, is_primary)
            SELECT NEW.id, lower(trim(NEW.email)), 1 WHERE coalesce(trim(NEW.email), '') <> '';
        INSERT OR IGNORE INTO contact_emails (contact_id, email, is_primary)
            SELECT NEW.id, lower(trim(value)), 0 FROM json_each(NEW.secondary_emails)
            WHERE coalesce(trim(value), '') <> '';
    END;
    CREATE TRIGGER contacts_emails_update AFTER UPDATE OF email, secondary_emails ON contacts BEGIN
        DELETE FROM contact_emails WHERE contact_id = NEW.id;
        INSERT OR IGNORE INTO contact_emails (contact_id, email, is_primary)
            SELECT NEW.id, lower(trim(NEW.email)), 1 WHERE coalesce(trim(NEW.email), '') <> '';
        INSERT OR IGNORE INTO contact_emails (contact_id, email, is_primary)
            SELECT NEW.id, lower(trim(value)), 0 FROM json_each(NEW.secondary_emails)
            WHERE coalesce(trim(value), '') <> '';
    END;
    -- A write that did not move modified_at itself (a person editing with a SQLite tool)
    -- still moves it, so the watcher sees the edit. Millisecond precision, microsecond form.
    CREATE TRIGGER contacts_touch AFTER UPDATE ON contacts
    WHEN NEW.modified_at IS OLD.modified_at BEGIN
        UPDATE contacts SET modified_at = strftime('%Y-%m-%dT%H:%M:%f000Z', 'now') WHERE id = NEW.id;
    END;

    CREATE TABLE sequences (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        steps INTEGER NOT NULL DEFAULT 5 CHECK (steps >= 1)
    );

    CREATE TABLE enrollments (
        id INTEGER PRIMARY KEY,
        contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
        sequence_id INTEGER NOT NULL REFERENCES sequences (id) ON DELETE CASCADE,
        step INTEGER NOT NULL DEFAULT 1 CHECK (step >= 1),
        sender TEXT,
        user_id TEXT,
        state TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active','removed','finished')),
        enrolled_at TEXT NOT NULL,
        removed_at TEXT
    );
    CREATE INDEX enrollments_contact ON enrollments (contact_id, state);
    -- At most one active enrollment of a contact per sequence.
    CREATE UNIQUE INDEX enrollments_one_active ON enrollments (contact_id, sequence_id)
        WHERE state = 'active';

    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,        -- 'bounce-sync' or 'cli'
        kind TEXT NOT NULL,         -- mark_bounced, unenroll, clear_bounce, reenroll, flag, edit_email, ...
        action_key TEXT,            -- the outbox key of the action, for idempotent repeats
        detail TEXT NOT NULL DEFAULT '{}'  -- JSON
    );
    CREATE INDEX events_contact ON events (contact_id, at);
    CREATE INDEX events_key ON events (action_key) WHERE action_key IS NOT NULL;
    """,
    # 2: an edit made outside bounce-sync is stamped at the END of its millisecond (SQLite's
    # clock has no microseconds), and never before the row's previous stamp, so it can never
    # sort before a write of ours from the same millisecond and be skipped by the watcher.
    """
    DROP TRIGGER contacts_touch;
    CREATE TRIGGER contacts_touch AFTER UPDATE ON contacts
    WHEN NEW.modified_at IS OLD.modified_at BEGIN
        UPDATE contacts SET modified_at = max(strftime('%Y-%m-%dT%H:%M:%f999Z', 'now'),
                                              OLD.modified_at)
        WHERE id = NEW.id;
    END;
    """,
)
SCHEMA_VERSION = len(_MIGRATIONS)


class CsvImportError(Permanent):
    """A contacts CSV that cannot be imported; names the line. Nothing was written."""


def _real_now() -> datetime:
    return datetime.now(timezone.utc)


def _stamp(when: datetime) -> str:
    return when.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _parse_stamp(text: str | None) -> datetime | None:
    if not text:
        return None
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(timezone.utc)


def _chunks(items: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


class LocalCrm:
    """`CrmConnector` over one SQLite file. Thread-safe: one connection behind a lock."""

    name = "local"

    def __init__(self, settings: Mapping[str, Any], *, base_dir: Path,
                 clock: Callable[[], datetime] = _real_now) -> None:
        # The clock stamps edits and actions; tests pass the worker's pinned clock so the
        # watcher's "changed since" window and the CRM's stamps agree on what time it is.
        reject_unknown(settings, _SETTINGS)
        self._clock = clock
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
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.RLock()

    def __repr__(self) -> str:
        return f"LocalCrm({str(self.path)!r})"

    # ------------------------------------------------------------------ connection

    def _connect(self) -> sqlite3.Connection:
        """The connection, opened on first use; the schema must be current."""
        if self._conn is None:
            if not self.path.exists():
                raise Permanent(f"the local CRM database {self.path} does not exist; "
                                "run `bounce-sync setup` to create it")
            conn = self._open()
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version != SCHEMA_VERSION:
                conn.close()
                raise Permanent(self._version_problem(version))
            self._conn = conn
        return self._conn

    def _open(self) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            conn.row_factory = sqlite3.Row
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA journal_mode = WAL")
        except sqlite3.DatabaseError as exc:
            raise Permanent(f"cannot open the local CRM database {self.path}: {exc}") from exc
        return conn

    def _version_problem(self, version: int) -> str:
        if version > SCHEMA_VERSION:
            return (f"{self.path} has schema version {version}, newer than this bounce-sync "
                    f"understands ({SCHEMA_VERSION}); upgrade bounce-sync")
        return (f"{self.path} has schema version {version}, this bounce-sync needs "
                f"{SCHEMA_VERSION}; run `bounce-sync setup` to migrate it")

    def _now(self) -> str:
        return _stamp(self._clock())

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken up front so reads inside it are consistent."""
        with self._lock:
            conn = self._connect()
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:  # busy beyond busy_timeout
                raise Retryable(f"the local CRM database is locked: {exc}", retry_after=5) from exc
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            else:
                conn.execute("COMMIT")

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            conn = self._connect()
            conn.execute("BEGIN")  # one snapshot for the whole read
            try:
                yield conn
            finally:
                conn.execute("COMMIT")

    # ------------------------------------------------------------------ setup / check

    def setup(self, *, dry_run: bool) -> Sequence[CheckItem]:
        """Create or migrate the schema; import `import_csv` while there are no contacts."""
        with self._lock:
            exists = self.path.exists()
            version = self._peek_version() if exists else 0
            if version > SCHEMA_VERSION:
                return [CheckItem(name="schema", ok=False, detail=self._version_problem(version))]
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
            if self._conn is None:
                conn = self._open()
                for target in range(version + 1, SCHEMA_VERSION + 1):
                    self._migrate(conn, target)
                self._conn = conn
            items.append(CheckItem(name="schema", ok=True, detail=(
                f"migrated {self.path} from version {version} to {SCHEMA_VERSION}" if todo
                else f"{self.path} is at version {SCHEMA_VERSION}")))
            if self.import_csv is not None:
                items.append(self._setup_import())
            return items

    def _peek_version(self) -> int:
        conn = sqlite3.connect(f"{self.path.as_uri()}?mode=ro", uri=True)
        try:
            return conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise Permanent(f"{self.path} is not a SQLite database: {exc}") from exc
        finally:
            conn.close()

    @staticmethod
    def _migrate(conn: sqlite3.Connection, target: int) -> None:
        # executescript runs the statements as written: the migration and the version bump
        # commit together, or not at all.
        try:
            conn.executescript(
                f"BEGIN IMMEDIATE;\n{_MIGRATIONS[target - 1]}\nPRAGMA user_version = {target};\nCOMMIT;")
        except sqlite3.Error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def _setup_import(self) -> CheckItem:
        assert self.import_csv is not None
        if not self.import_csv.is_file():
            return CheckItem(name="import_csv", ok=False,
                             detail=f"{self.import_csv} does not exist (fix crm.import_csv)")
        with self._read() as conn:
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
            version = self._peek_version()
        except Permanent as exc:
            return [CheckItem(name="database", ok=False, detail=str(exc))]
        if version != SCHEMA_VERSION:
            return [CheckItem(name="database", ok=True, detail=str(self.path)),
                    CheckItem(name="schema", ok=False, detail=self._version_problem(version))]
        with self._read() as conn:
            contacts, bounced = conn.execute(
                "SELECT count(*), count(bounce_status) FROM contacts").fetchone()
            sequences = conn.execute("SELECT count(*) FROM sequences").fetchone()[0]
            active = conn.execute(
                "SELECT count(*) FROM enrollments WHERE state = 'active'").fetchone()[0]
        return [
            CheckItem(name="database", ok=True, detail=str(self.path)),
            CheckItem(name="schema", ok=True, detail=f"version {SCHEMA_VERSION}"),
            CheckItem(name="contacts", ok=True, detail=(
                f"{contacts} contacts ({bounced} with a bounce status), {sequences} sequences, "
                f"{active} active enrollments")),
        ]

    # ------------------------------------------------------------------ lookups

    def find_contacts(self, emails: Sequence[str]) -> Sequence[Contact]:
        wanted = list(dict.fromkeys(normalise_address(e) for e in emails if e and e.strip()))
        if not wanted:
            return []
        found: dict[int, Contact] = {}
        with self._read() as conn:
            for chunk in _chunks(wanted, LOOKUP_CHUNK):
                marks = ",".join("?" * len(chunk))
                rows = [row for row in conn.execute(
                    f"SELECT * FROM contacts WHERE id IN "
                    f"(SELECT contact_id FROM contact_emails WHERE email IN ({marks})) ORDER BY id",
                    chunk) if row["id"] not in found]
                for contact in self._contacts(conn, rows):
                    found[int(contact.ref.id)] = contact
        return list(found.values())

    def _contacts(self, conn: sqlite3.Connection, rows: list[sqlite3.Row]) -> list[Contact]:
        if not rows:
            return []
        ids = [row["id"] for row in rows]
        enrollments: dict[int, list[Enrollment]] = {i: [] for i in ids}
        for row in conn.execute(
                f"SELECT e.*, s.name AS sequence_name FROM enrollments e "
                f"JOIN sequences s ON s.id = e.sequence_id "
                f"WHERE e.state = 'active' AND e.contact_id IN ({','.join('?' * len(ids))}) "
                f"ORDER BY e.contact_id, e.id", ids):
            enrollments[row["contact_id"]].append(_enrollment(row))
        return [_contact(row, tuple(enrollments[row["id"]])) for row in rows]

    def bounced_changes(self, cursor: str | None, *, until: datetime) -> ChangeBatch:
        """Contacts with a bounce status, ordered by (modified_at, id), after `cursor`.

        SQLite is consistent, so no lag is needed; the cursor is the (modified_at, id) of the
        last contact returned, a keyset that cannot skip contacts sharing a timestamp."""
        after_at, after_id = _changes_cursor(cursor)
        with self._read() as conn:
            rows = list(conn.execute(
                "SELECT * FROM contacts WHERE bounce_status IS NOT NULL "
                "AND (modified_at, id) > (?, ?) AND modified_at <= ? "
                "ORDER BY modified_at, id LIMIT ?",
                (after_at, after_id, _stamp(until), CHANGES_PAGE + 1)))
            more = len(rows) > CHANGES_PAGE
            rows = rows[:CHANGES_PAGE]
            contacts = self._contacts(conn, rows)
        if rows:
            cursor = json.dumps({"at": rows[-1]["modified_at"], "id": rows[-1]["id"]})
        return ChangeBatch(contacts=tuple(contacts), cursor=cursor, more=more)

    # ------------------------------------------------------------------ writes

    def apply(self, actions: Sequence[Action]) -> Sequence[ApplyResult]:
        """All actions of one call in one transaction; a bad one fails alone."""
        if not actions:
            return []
        results: list[ApplyResult] = []
        with self._write() as conn:
            for action in actions:
                conn.execute("SAVEPOINT action")
                try:
                    result = self._apply_one(conn, action)
                except sqlite3.Error as exc:
                    conn.execute("ROLLBACK TO action")
                    result = ApplyResult(key=action.key, outcome=Outcome.FAILED,
                                         error=f"database error: {exc}")
                conn.execute("RELEASE action")
                results.append(result)
        return results

    def _apply_one(self, conn: sqlite3.Connection, action: Action) -> ApplyResult:
        contact_id = _contact_id(action.contact)
        row = None if contact_id is None else conn.execute(
            "SELECT * FROM contacts WHERE id = ?", (contact_id,)).fetchone()
        if row is None:
            return ApplyResult(key=action.key, outcome=Outcome.FAILED,
                               error=f"no contact with id {action.contact.id!r} in the local CRM")
        now = self._now()
        match action:
            case MarkBounced():
                conn.execute(
                    "UPDATE contacts SET bounce_status = ?, bounce_hard = ?, bounce_reason = ?, "
                    "bounce_reason_label = ?, bounce_diagnostic = ?, bounced_at = ?, "
                    "bounced_address = ?, soft_count = ?, modified_at = ? WHERE id = ?",
                    (action.status.value, int(action.hard), action.reason, action.reason_label,
                     action.diagnostic, _stamp(action.bounced_at),
                     normalise_address(action.address), action.soft_count, now, contact_id))
                self._event(conn, contact_id, now, "mark_bounced", action.key, {
                    "status": action.status.value, "address": action.address,
                    "reason": action.reason, "hard": action.hard,
                    "diagnostic": action.diagnostic, "soft_count": action.soft_count})
                return ApplyResult(key=action.key, outcome=Outcome.DONE)
            case Unenroll():
                return self._unenroll(conn, row, action, now)
            case ClearBounce():
                conn.execute(
                    "UPDATE contacts SET bounce_status = NULL, bounce_hard = NULL, "
                    "bounce_reason = NULL, bounce_reason_label = NULL, bounce_diagnostic = NULL, "
                    "bounced_at = NULL, bounced_address = NULL, soft_count = 0, bounce_note = ?, "
                    "modified_at = ? WHERE id = ?", (action.note or None, now, contact_id))
                self._event(conn, contact_id, now, "clear_bounce", action.key, {"note": action.note})
                return ApplyResult(key=action.key, outcome=Outcome.DONE)
            case Reenroll():
                return self._reenroll(conn, row, action, now)
            case Flag():
                conn.execute(
                    "UPDATE contacts SET bounce_status = ?, bounce_note = ?, modified_at = ? "
                    "WHERE id = ?", (action.status.value, action.note, now, contact_id))
                self._event(conn, contact_id, now, "flag", action.key,
                            {"status": action.status.value, "note": action.note})
                return ApplyResult(key=action.key, outcome=Outcome.DONE)
        return ApplyResult(key=action.key, outcome=Outcome.FAILED,
                           error=f"the local CRM does not know the action {type(action).__name__}")

    def _unenroll(self, conn: sqlite3.Connection, row: sqlite3.Row, action: Unenroll,
                  now: str) -> ApplyResult:
        contact_id = row["id"]
        active = [_enrollment(r) for r in conn.execute(
            "SELECT e.*, s.name AS sequence_name FROM enrollments e "
            "JOIN sequences s ON s.id = e.sequence_id "
            "WHERE e.contact_id = ? AND e.state = 'active' ORDER BY e.id", (contact_id,))]
        if not active:
            # A repeat after a crash between our write and the outbox's "done": hand back
            # what the first attempt removed, so the worker can still restore it later.
            previous = conn.execute(
                "SELECT detail FROM events WHERE action_key = ? AND kind = 'unenroll' "
                "AND contact_id = ? ORDER BY id DESC LIMIT 1", (action.key, contact_id)).fetchone()
            removed = tuple(_enrollment_from_json(e) for e in json.loads(previous["detail"])["removed"]) \
                if previous else ()
            return ApplyResult(key=action.key, outcome=Outcome.SKIPPED if not removed else Outcome.DONE,
                               removed=removed)
        conn.execute("UPDATE enrollments SET state = 'removed', removed_at = ? "
                     "WHERE contact_id = ? AND state = 'active'", (now, contact_id))
        saved = {e["sequence_id"]: e for e in json.loads(row["saved_enrollments"] or "[]")}
        saved.update({e.sequence_id: _enrollment_json(e) for e in active})
        conn.execute("UPDATE contacts SET saved_enrollments = ?, modified_at = ? WHERE id = ?",
                     (json.dumps(list(saved.values())), now, contact_id))
        self._event(conn, contact_id, now, "unenroll", action.key,
                    {"removed": [_enrollment_json(e) for e in active]})
        return ApplyResult(key=action.key, outcome=Outcome.DONE, removed=tuple(active))

    def _reenroll(self, conn: sqlite3.Connection, row: sqlite3.Row, action: Reenroll,
                  now: str) -> ApplyResult:
        contact_id = row["id"]
        enrolled, already, missing = [], [], []
        for wanted in action.enrollments:
            sequence = _sequence_row(conn, wanted)
            if sequence is None:
                missing.append(wanted.sequence_name or wanted.sequence_id)
                continue
            if conn.execute("SELECT 1 FROM enrollments WHERE contact_id = ? AND sequence_id = ? "
                            "AND state = 'active'", (contact_id, sequence["id"])).fetchone():
                already.append(sequence["name"])
                continue
            conn.execute(
                "INSERT INTO enrollments (contact_id, sequence_id, step, sender, user_id, state, "
                "enrolled_at) VALUES (?, ?, 1, ?, ?, 'active', ?)",
                (contact_id, sequence["id"], wanted.sender or row["owner"],
                 wanted.user_id or row["owner"], now))
            enrolled.append(sequence["name"])
        done_ids = {str(s["id"]) for s in (_sequence_row(conn, w) for w in action.enrollments) if s}
        saved = [e for e in json.loads(row["saved_enrollments"] or "[]")
                 if e["sequence_id"] not in done_ids]
        conn.execute("UPDATE contacts SET saved_enrollments = ?, modified_at = ? WHERE id = ?",
                     (json.dumps(saved), now, contact_id))
        self._event(conn, contact_id, now, "reenroll", action.key,
                    {"enrolled": enrolled, "already_active": already, "missing": missing})
        if missing:
            return ApplyResult(key=action.key, outcome=Outcome.FAILED, error=(
                f"sequences no longer exist: {', '.join(missing)}"
                + (f" (enrolled in {', '.join(enrolled)})" if enrolled else "")))
        return ApplyResult(key=action.key, outcome=Outcome.DONE)

    @staticmethod
    def _event(conn: sqlite3.Connection, contact_id: int, at: str, kind: str, key: str | None,
               detail: Mapping[str, Any], actor: str = "bounce-sync") -> None:
        conn.execute("INSERT INTO events (contact_id, at, actor, kind, action_key, detail) "
                     "VALUES (?, ?, ?, ?, ?, ?)", (contact_id, at, actor, kind, key, json.dumps(detail)))

    # ------------------------------------------------------------------ helpers for the CLI
    #
    # These act as a CRM user would (the `bounce-sync contacts` command), not as the worker:
    # they never go through the outbox, and their writes move modified_at like any edit.

    def import_contacts_csv(self, path: str | Path) -> int:
        """Import contacts from a CSV (columns in the module docstring); returns how many
        were added. Rows whose address is already a contact are skipped."""
        path = Path(path)
        rows = list(_read_csv(path))
        added = 0
        with self._write() as conn:
            for line, row in rows:
                addresses = [row["email"], *row["secondary_emails"]]
                marks = ",".join("?" * len(addresses))
                if conn.execute(f"SELECT 1 FROM contact_emails WHERE email IN ({marks})",
                                addresses).fetchone():
                    continue
                now = self._now()
                contact_id = conn.execute(
                    "INSERT INTO contacts (first_name, last_name, company, email, "
                    "secondary_emails, owner, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (row["first_name"], row["last_name"], row["company"], row["email"],
                     json.dumps(row["secondary_emails"]), row["owner"], now, now)).lastrowid
                for name, step in row["sequences"]:
                    sequence_id = _ensure_sequence(conn, name, step)
                    conn.execute(
                        "INSERT INTO enrollments (contact_id, sequence_id, step, sender, user_id, "
                        "state, enrolled_at) VALUES (?, ?, ?, ?, ?, 'active', ?)",
                        (contact_id, sequence_id, step, row["owner"], row["owner"], now))
                self._event(conn, contact_id, now, "import", None,
                            {"file": path.name, "line": line}, actor="cli")
                added += 1
        return added

    def list_contacts(self, status: str | None = None) -> list[dict[str, Any]]:
        """Contacts as plain dicts (id, email, name, company, status, reason, bounced_at,
        bounced_address, sequences = [{"name", "step"}] of active enrollments), ordered by
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
        with self._read() as conn:
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
            "hard": None if r["bounce_hard"] is None else bool(r["bounce_hard"]),
            "reason": r["bounce_reason_label"] or r["bounce_reason"],
            "bounced_at": r["bounced_at"],
            "bounced_address": r["bounced_address"],
            "note": r["bounce_note"],
            "sequences": active.get(r["id"], []),
        } for r in rows]

    def history(self, contact: str) -> list[dict[str, Any]]:
        """What bounce-sync and the CLI did to one contact, oldest first."""
        with self._read() as conn:
            contact_id = self._resolve(conn, contact)
            return [{"at": r["at"], "actor": r["actor"], "kind": r["kind"],
                     "key": r["action_key"], "detail": json.loads(r["detail"])}
                    for r in conn.execute("SELECT * FROM events WHERE contact_id = ? ORDER BY id",
                                          (contact_id,))]

    def edit_email(self, contact: str, new_email: str) -> None:
        """Change a contact's primary address (by current email or id), as a CRM user would."""
        new = normalise_address(new_email)
        if "@" not in new or " " in new:
            raise ValueError(f"{new_email!r} is not an email address")
        with self._write() as conn:
            contact_id = self._resolve(conn, contact)
            old = conn.execute("SELECT email FROM contacts WHERE id = ?", (contact_id,)).fetchone()[0]
            now = self._now()
            conn.execute("UPDATE contacts SET email = ?, modified_at = ? WHERE id = ?",
                         (new, now, contact_id))
            self._event(conn, contact_id, now, "edit_email", None, {"old": old, "new": new}, actor="cli")

    def request_resend(self, contact: str) -> None:
        """Ask for the same address to be emailed again: status `resend`, which the watcher
        turns into clear + re-enroll."""
        with self._write() as conn:
            contact_id = self._resolve(conn, contact)
            now = self._now()
            conn.execute("UPDATE contacts SET bounce_status = 'resend', modified_at = ? WHERE id = ?",
                         (now, contact_id))
            self._event(conn, contact_id, now, "request_resend", None, {}, actor="cli")

    def enroll(self, contact: str, sequence_name: str, step: int = 1,
               sender: str | None = None) -> bool:
        """Enroll a contact in a sequence (created if new) at `step`; False when it is
        already active in that sequence."""
        if step < 1:
            raise ValueError("step must be 1 or more")
        with self._write() as conn:
            contact_id = self._resolve(conn, contact)
            sequence_id = _ensure_sequence(conn, sequence_name, step)
            owner = conn.execute("SELECT owner FROM contacts WHERE id = ?", (contact_id,)).fetchone()[0]
            now = self._now()
            try:
                conn.execute(
                    "INSERT INTO enrollments (contact_id, sequence_id, step, sender, user_id, state, "
                    "enrolled_at) VALUES (?, ?, ?, ?, ?, 'active', ?)",
                    (contact_id, sequence_id, step, sender or owner, owner, now))
            except sqlite3.IntegrityError:
                return False
            conn.execute("UPDATE contacts SET modified_at = ? WHERE id = ?", (now, contact_id))
            self._event(conn, contact_id, now, "enroll", None,
                        {"sequence": sequence_name, "step": step}, actor="cli")
            return True

    @staticmethod
    def _resolve(conn: sqlite3.Connection, contact: str) -> int:
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


# ---------------------------------------------------------------------- row <-> record


def _contact_id(ref: ContactRef) -> int | None:
    return int(ref.id) if ref.id.isdigit() else None


def _contact(row: sqlite3.Row, enrollments: tuple[Enrollment, ...]) -> Contact:
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
        modified_at=_parse_stamp(row["modified_at"]),
    )


def _enrollment(row: sqlite3.Row) -> Enrollment:
    return Enrollment(sequence_id=str(row["sequence_id"]), sequence_name=row["sequence_name"],
                      step=row["step"], sender=row["sender"], user_id=row["user_id"],
                      tracker_id=str(row["id"]))


def _enrollment_json(e: Enrollment) -> dict[str, Any]:
    return {"sequence_id": e.sequence_id, "sequence_name": e.sequence_name, "step": e.step,
            "sender": e.sender, "user_id": e.user_id, "tracker_id": e.tracker_id}


def _enrollment_from_json(data: Mapping[str, Any]) -> Enrollment:
    return Enrollment(**{k: data.get(k) for k in
                         ("sequence_id", "sequence_name", "step", "sender", "user_id", "tracker_id")})


def _sequence_row(conn: sqlite3.Connection, wanted: Enrollment) -> sqlite3.Row | None:
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


def _ensure_sequence(conn: sqlite3.Connection, name: str, step: int) -> int:
    row = conn.execute("SELECT id, steps FROM sequences WHERE name = ?", (name,)).fetchone()
    if row is None:
        return conn.execute("INSERT INTO sequences (name, steps) VALUES (?, ?)",
                            (name, max(DEFAULT_STEPS, step))).lastrowid
    if row["steps"] < step:
        conn.execute("UPDATE sequences SET steps = ? WHERE id = ?", (step, row["id"]))
    return row["id"]


def _changes_cursor(cursor: str | None) -> tuple[str, int]:
    if cursor is None:
        return "", 0
    try:
        data = json.loads(cursor)
        return str(data["at"]), int(data["id"])
    except (ValueError, KeyError, TypeError) as exc:
        raise Permanent(f"unreadable local CRM watcher cursor {cursor!r}") from exc


# ---------------------------------------------------------------------- CSV


def _read_csv(path: Path) -> Iterable[tuple[int, dict[str, Any]]]:
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
            if not _looks_like_address(email):
                raise CsvImportError(f"{path.name} line {line}: {cell.get('email')!r} is not an email address")
            secondary = [normalise_address(s) for s in cell.get("secondary_emails", "").split(";") if s.strip()]
            for s in secondary:
                if not _looks_like_address(s):
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


def _looks_like_address(address: str) -> bool:
    local, at, domain = address.rpartition("@")
    return bool(at and local and "." in domain and not any(c.isspace() for c in address))
