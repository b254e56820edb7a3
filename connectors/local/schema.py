"""The local CRM's schema: SQL migrations, versioned by `PRAGMA user_version`.

Each entry moves the schema from version i to i + 1, in one transaction, so `bounce-sync
setup` can bring any older file up to date and a newer file is refused rather than
misread. What the tables hold is described in the package docstring.
"""

from __future__ import annotations

# The statements both contact_emails triggers run (SQLite triggers cannot share a
# procedure): the row's addresses, lowercased, primary first. Migration 1 is written out
# below exactly as it ran when it was new; this only spares it spelling them twice.
_INDEX_NEW_ADDRESSES = """\
        INSERT OR IGNORE INTO contact_emails (contact_id, email, is_primary)
            SELECT NEW.id, lower(trim(NEW.email)), 1 WHERE coalesce(trim(NEW.email), '') <> '';
        INSERT OR IGNORE INTO contact_emails (contact_id, email, is_primary)
            SELECT NEW.id, lower(trim(value)), 0 FROM json_each(NEW.secondary_emails)
            WHERE coalesce(trim(value), '') <> '';
"""
_ADDRESSES_HERE = "        -- the row's addresses: _INDEX_NEW_ADDRESSES\n"

# Each entry moves the schema from version i to i + 1, in one transaction.
MIGRATIONS: tuple[str, ...] = (
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
        -- the row's addresses: _INDEX_NEW_ADDRESSES
    END;
    CREATE TRIGGER contacts_emails_update AFTER UPDATE OF email, secondary_emails ON contacts BEGIN
        DELETE FROM contact_emails WHERE contact_id = NEW.id;
        -- the row's addresses: _INDEX_NEW_ADDRESSES
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
    """.replace(_ADDRESSES_HERE, _INDEX_NEW_ADDRESSES),
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
SCHEMA_VERSION = len(MIGRATIONS)
