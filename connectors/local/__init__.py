"""`local`: a small CRM in one SQLite file, with contacts, sequences and enrollments.

The embedded default: the quick start runs on it, and it is a plain SQLite database a person
can open with any SQLite tool. Everything bounce-sync writes goes through `apply`; the admin
methods (`import_contacts_csv`, `list_contacts`, `edit_email`, `request_resend`, `enroll`)
are what the `bounce-sync contacts` command calls, acting as a CRM user would.

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

Schema (versioned by `PRAGMA user_version`, see `schema.MIGRATIONS`): `contacts` (our bounce fields
are the `bounce_*` columns plus `soft_count`, `saved_enrollments`), `contact_emails` (every
address of a contact, lowercased, kept by triggers so edits made with any SQLite tool are
seen), `sequences`, `enrollments` (state active/removed/finished) and `events` (what
bounce-sync and the CLI did to each contact, for people to read). `modified_at` is a
microsecond UTC timestamp (`2026-11-20T12:00:00.123456Z`) that moves on every write to a
contact: ours set it explicitly, and a trigger moves it for edits made outside bounce-sync.

Modules: `crm` (the connector object, setup and check), `schema` (migrations), `db` (the
connection and transactions), `reads` (lookups, the watcher's changes), `writes` (apply),
`csv_import`, `admin` (the `contacts` screens' operations), `rows` (row <-> record).
"""

from __future__ import annotations

from connectors.local.crm import SETTINGS as _SETTINGS  # noqa: F401 - tests compare the config keys
from connectors.local.crm import LocalCrm
from connectors.local.csv_import import CSV_COLUMNS, CsvImportError
from connectors.local.schema import SCHEMA_VERSION

__all__ = ["LocalCrm", "CsvImportError", "SCHEMA_VERSION", "CSV_COLUMNS"]
