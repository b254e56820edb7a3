"""The schema, as numbered migrations: append only, each applied in its own transaction and
recorded in `schema_version` (Database.migrate).

SQL is written once for both engines; `{serial}` and `{blob}` are filled in per dialect from
COLUMN_TYPES, the only place the two schemas differ.
"""

from __future__ import annotations

# The column types for serial keys and bytes, per dialect.
COLUMN_TYPES = {
    "sqlite": {"serial": "INTEGER PRIMARY KEY AUTOINCREMENT", "blob": "BLOB"},
    "postgresql": {"serial": "BIGSERIAL PRIMARY KEY", "blob": "BYTEA"},
}

MIGRATIONS: tuple[tuple[int, str, tuple[str, ...]], ...] = (
    (1, "initial schema", (
        """CREATE TABLE leases (name TEXT PRIMARY KEY, owner TEXT NOT NULL,
               expires TEXT NOT NULL)""",
        """CREATE TABLE mailboxes (name TEXT PRIMARY KEY, cursor TEXT, cursor_at TEXT,
               last_run_at TEXT, last_error TEXT, paused INTEGER NOT NULL DEFAULT 0,
               paused_reason TEXT)""",
        """CREATE TABLE ledger (mailbox TEXT NOT NULL, message_id TEXT NOT NULL,
               status TEXT NOT NULL, classification TEXT, error TEXT, raw {blob},
               received_at TEXT, recorded_at TEXT NOT NULL,
               PRIMARY KEY (mailbox, message_id))""",
        "CREATE INDEX ledger_status ON ledger (status)",
        """CREATE TABLE outbox (seq {serial}, key TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,
               crm TEXT NOT NULL, contact_id TEXT NOT NULL, origin TEXT, action TEXT NOT NULL,
               state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT,
               lease_owner TEXT, lease_expires TEXT, result TEXT,
               created_at TEXT NOT NULL, updated_at TEXT NOT NULL)""",
        "CREATE INDEX outbox_state ON outbox (crm, state, seq)",
        """CREATE TABLE bounces (seq {serial}, address TEXT NOT NULL, crm TEXT NOT NULL,
               contact_id TEXT NOT NULL DEFAULT '', object_type TEXT,
               mailbox TEXT NOT NULL, message_id TEXT NOT NULL, reason TEXT NOT NULL,
               hard INTEGER NOT NULL, scope TEXT NOT NULL, diagnostic TEXT,
               outcome TEXT NOT NULL, at TEXT NOT NULL, recorded_at TEXT NOT NULL,
               UNIQUE (mailbox, message_id, address, crm, contact_id))""",
        "CREATE INDEX bounces_address ON bounces (address, at)",
        "CREATE INDEX bounces_contact ON bounces (crm, contact_id, seq)",
        "CREATE INDEX bounces_mailbox ON bounces (mailbox, at)",
        """CREATE TABLE address_events (seq {serial}, address TEXT NOT NULL,
               kind TEXT NOT NULL, crm TEXT NOT NULL DEFAULT '',
               contact_id TEXT NOT NULL DEFAULT '', at TEXT NOT NULL, why TEXT)""",
        "CREATE INDEX address_events_address ON address_events (address, at)",
        """CREATE TABLE known_hard (address TEXT PRIMARY KEY, reason TEXT NOT NULL,
               mailbox TEXT, message_id TEXT, at TEXT NOT NULL)""",
        """CREATE TABLE removed_enrollments (seq {serial}, crm TEXT NOT NULL,
               contact_id TEXT NOT NULL, action_key TEXT NOT NULL UNIQUE,
               enrollments TEXT NOT NULL, at TEXT NOT NULL)""",
        "CREATE INDEX removed_contact ON removed_enrollments (crm, contact_id, seq)",
        """CREATE TABLE watchers (crm TEXT PRIMARY KEY, cursor TEXT, updated_at TEXT)""",
        """CREATE TABLE seen_changes (crm TEXT NOT NULL, contact_id TEXT NOT NULL,
               modified_at TEXT NOT NULL, PRIMARY KEY (crm, contact_id, modified_at))""",
        """CREATE TABLE alerts (seq {serial}, mailbox TEXT NOT NULL, kind TEXT NOT NULL,
               reason TEXT NOT NULL, message TEXT NOT NULL, message_id TEXT,
               paused INTEGER NOT NULL DEFAULT 0, at TEXT NOT NULL)""",
        """CREATE TABLE runs (seq {serial}, mode TEXT NOT NULL, started_at TEXT NOT NULL,
               finished_at TEXT, exit_status INTEGER, report TEXT NOT NULL)""",
    )),
    # Soft-bounce counting by a flag rather than by comparing times: a reply and a bounce
    # recorded with the same timestamp (one page, one clock) must still reset in order.
    (2, "soft bounces counted by flag", (
        "ALTER TABLE bounces ADD COLUMN counted INTEGER NOT NULL DEFAULT 1",
    )),
    # An alert stays open until a person acknowledges it (`bounce-sync alerts ack`); an
    # open bounce-rate alert is not raised again, and counting starts again after an ack.
    (3, "alerts acknowledged", (
        "ALTER TABLE alerts ADD COLUMN acked_at TEXT",
        "CREATE INDEX alerts_open ON alerts (mailbox, kind, acked_at)",
    )),
    # Fencing (sync/leases.py): a named lease carries a generation that grows on every
    # takeover, a batch of outbox rows a token; the transactions that record work check them.
    # Per-contact order: the lease query looks for a contact's earlier unfinished rows.
    (4, "lease fencing tokens and per-contact outbox order", (
        "ALTER TABLE leases ADD COLUMN token INTEGER NOT NULL DEFAULT 1",
        "ALTER TABLE outbox ADD COLUMN lease_token TEXT",
        "CREATE INDEX outbox_contact ON outbox (crm, contact_id, seq)",
    )),
    # What each bounce is evidence of, as the planner decides it (sync/planner/rules.py:
    # evidence), so the store filters on these flags and never re-derives the rule in SQL.
    # The backfill below is the HISTORICAL derivation, spelt once and frozen with this
    # migration (the store's queries used it until version 4): a recipient-scope bounce
    # whose outcome is not 'unverified', 'delayed' or 'sender' is evidence; hard ones make
    # the address known-bad and count for the bounce rate, soft ones count toward escalation.
    # Rows written from now on carry the planner's own answer, whatever the rule becomes.
    (5, "bounce evidence flags written by the planner", (
        "ALTER TABLE bounces ADD COLUMN known_bad INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE bounces ADD COLUMN counts_for_rate INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE bounces ADD COLUMN counts_soft INTEGER NOT NULL DEFAULT 0",
        """UPDATE bounces SET known_bad = 1, counts_for_rate = 1
               WHERE hard = 1 AND scope = 'recipient'
               AND outcome NOT IN ('unverified', 'delayed', 'sender')""",
        """UPDATE bounces SET counts_soft = 1
               WHERE hard = 0 AND scope = 'recipient'
               AND outcome NOT IN ('unverified', 'delayed', 'sender')""",
    )),
    # A mailbox's health (`status`, and the stale-mailbox rule: policy mailbox_stale_hours):
    # since when its reads fail, and its last good read. An alert is "to page" until a run
    # has exited 3 with it (paged_at); the alerts already there were paged by the old rules.
    (6, "mailbox health and alert pages", (
        "ALTER TABLE mailboxes ADD COLUMN error_since TEXT",
        "ALTER TABLE mailboxes ADD COLUMN last_ok_at TEXT",
        "UPDATE mailboxes SET last_ok_at = last_run_at WHERE last_error IS NULL",
        "UPDATE mailboxes SET error_since = last_run_at WHERE last_error IS NOT NULL",
        "ALTER TABLE alerts ADD COLUMN paged_at TEXT",
        "UPDATE alerts SET paged_at = at",
    )),
    # The sent original each bounce answers, where the mailbox's sent mail shows it: its
    # send time and id. The report's bounce rate per period counts a bounce in the period
    # its original was sent, against the mail sent then, so it is a share of that mail
    # (never over 100%, whenever the bounce arrived). Rows recorded before stay unknown.
    (7, "bounces remember their original's send time", (
        "ALTER TABLE bounces ADD COLUMN sent_at TEXT",
        "ALTER TABLE bounces ADD COLUMN original_id TEXT NOT NULL DEFAULT ''",
    )),
)
