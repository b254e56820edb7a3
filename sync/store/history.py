"""What the store remembers of the mail and the CRM: the message ledger, the bounce history
(records the planner wrote), mailbox cursors and pauses, and the watcher's cursor and the
changes it handled.

Only what the planner decided is written here, as the planner typed it (BounceOutcome,
LedgerStatus, and each bounce's evidence flags); readmodel.py reads it back by those values.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sync.planner import BounceRecord, Forgive, Plan, SignOfLife
from sync.records import MARKED_OUTCOMES, BounceOutcome, Contact, Fence, LedgerStatus
from sync.store.codec import change_key, parse_ts, ts, values
from sync.store.database import Database
from sync.store.dialects import placeholders

# address_events.kind
SIGN_OF_LIFE = "sign_of_life"  # the address answered or accepted mail
FORGIVE = "forgive"  # a CRM user asked to resend


@dataclass(frozen=True, slots=True, kw_only=True)
class LedgerEntry:
    """One message the worker has read, so a replayed page or a later run skips it."""

    mailbox: str
    message_id: str
    status: LedgerStatus  # the planner's verdict (Plan.ledger)
    classification: dict[str, Any] | None
    error: str | None = None
    raw: bytes | None = None  # kept only for unclassifiable messages (to reclassify)
    received_at: datetime | None = None


class History(Database):
    """The ledger, the bounce history, mailbox and watcher cursors."""

    # -- mailboxes ---------------------------------------------------------------------

    def cursor(self, mailbox: str) -> str | None:
        """Where the mailbox's next read starts (opaque to the store)."""
        rows = self._q("SELECT cursor FROM mailboxes WHERE name = ?", (mailbox,))
        return rows[0][0] if rows else None

    def mailbox_paused(self, mailbox: str) -> str | None:
        """The reason the mailbox is paused, or None."""
        rows = self._q("SELECT paused, paused_reason FROM mailboxes WHERE name = ?", (mailbox,))
        return (rows[0][1] or "paused") if rows and rows[0][0] else None

    def set_paused(self, mailbox: str, reason: str | None) -> None:
        """Pause (reason) or resume (None) a mailbox."""
        with self.transaction():
            self._touch_mailbox(mailbox)
            self._q("UPDATE mailboxes SET paused = ?, paused_reason = ? WHERE name = ?",
                    (1 if reason else 0, reason, mailbox))

    def _touch_mailbox(self, mailbox: str) -> None:
        self._q("INSERT INTO mailboxes (name) VALUES (?) ON CONFLICT (name) DO NOTHING", (mailbox,))

    def save_cursor(self, mailbox: str, cursor: str | None, *, now: datetime) -> None:
        """Store the cursor alone (a page with nothing to record, a rescan's start)."""
        with self.transaction():
            self._set_cursor(mailbox, cursor, now)

    def _set_cursor(self, mailbox: str, cursor: str | None, now: datetime) -> None:
        self._touch_mailbox(mailbox)
        self._q("UPDATE mailboxes SET cursor = ?, cursor_at = ? WHERE name = ?",
                (cursor, ts(now), mailbox))

    def _pause(self, mailbox: str, reason: str) -> None:
        self._touch_mailbox(mailbox)
        self._q("UPDATE mailboxes SET paused = 1, paused_reason = ? WHERE name = ?", (reason, mailbox))

    def mark_mailbox_run(self, mailbox: str, *, now: datetime, error: str | None,
                         fence: Fence | None = None) -> None:
        """When the mailbox was last read and how it ended (for `status`), fenced by the
        mailbox's lease so a worker that lost it cannot overwrite the new owner's. A good
        read sets `last_ok_at` and ends an error streak; a failed one starts the streak
        (`error_since`) or keeps its start (sync/store/health.py reads both)."""
        with self.transaction():
            self._fenced(fence, now)
            self._touch_mailbox(mailbox)
            if error is None:
                self._q("UPDATE mailboxes SET last_run_at = ?, last_error = NULL, "
                        "error_since = NULL, last_ok_at = ? WHERE name = ?",
                        (ts(now), ts(now), mailbox))
            else:
                self._q("UPDATE mailboxes SET last_run_at = ?, last_error = ?, "
                        "error_since = COALESCE(error_since, ?) WHERE name = ?",
                        (ts(now), error, ts(now), mailbox))

    # -- ledger ------------------------------------------------------------------------

    def seen_messages(self, mailbox: str, message_ids: Sequence[str]) -> set[str]:
        """Those of `message_ids` already in the ledger: the worker skips them."""
        seen: set[str] = set()
        ids = list(dict.fromkeys(message_ids))
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            rows = self._q(f"SELECT message_id FROM ledger WHERE mailbox = ? AND message_id IN "
                           f"({placeholders(len(chunk))})", (mailbox, *chunk))
            seen.update(r[0] for r in rows)
        return seen

    def unclassifiable(self, *, limit: int = 1000) -> list[LedgerEntry]:
        """Messages the classifier failed on, oldest first, with their raw bytes, so a
        newer classifier can try them again (`bounce-sync reclassify`)."""
        rows = self._q("SELECT mailbox, message_id, raw, received_at, error FROM ledger "
                       "WHERE status = ? ORDER BY recorded_at LIMIT ?",
                       (LedgerStatus.UNCLASSIFIABLE.value, limit))
        return [LedgerEntry(mailbox=m, message_id=i, status=LedgerStatus.UNCLASSIFIABLE.value,
                            classification=None, raw=bytes(raw) if raw is not None else None,
                            received_at=parse_ts(at), error=err) for m, i, raw, at, err in rows]

    def _ledger(self, entries: Sequence[LedgerEntry], now: datetime, *, replace: bool) -> None:
        conflict = ("DO UPDATE SET status = excluded.status, classification = excluded.classification, "
                    "error = excluded.error, raw = excluded.raw, recorded_at = excluded.recorded_at"
                    if replace else "DO NOTHING")
        self.db.executemany(
            "INSERT INTO ledger (mailbox, message_id, status, classification, error, raw, "
            f"received_at, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
            f"ON CONFLICT (mailbox, message_id) {conflict}",
            [(e.mailbox, e.message_id, str(e.status),
              json.dumps(e.classification) if e.classification is not None else None,
              e.error, e.raw, ts(e.received_at) if e.received_at else None, ts(now))
             for e in entries])

    # -- bounce history ----------------------------------------------------------------

    def _history(self, crm: str, plan: Plan, now: datetime) -> None:
        for f in plan.history:
            if isinstance(f, BounceRecord):
                self._bounce(crm, f, now)
            elif isinstance(f, SignOfLife):
                self._q("INSERT INTO address_events (address, kind, at, why) VALUES (?, ?, ?, ?)",
                        (f.address, SIGN_OF_LIFE, ts(f.at), f.why))
                self._q("UPDATE bounces SET counted = 0 WHERE address = ? AND counts_soft = 1 "
                        "AND at <= ?", (f.address, ts(f.at)))
            elif isinstance(f, Forgive):
                self._forgive(crm, f)

    def _forgive(self, crm: str, f: Forgive) -> None:
        """The address is forgiven (resend, undo, a reply after the hard bounce): no longer
        known to hard-bounce, its soft bounces no longer count, and its marks on the
        contact (if one is named) become `forgiven`."""
        cid = f.contact.id if f.contact else ""
        self._q("INSERT INTO address_events (address, kind, crm, contact_id, at, why) "
                "VALUES (?, ?, ?, ?, ?, ?)", (f.address, FORGIVE, crm, cid, ts(f.at), f.why))
        self._q("DELETE FROM known_hard WHERE address = ?", (f.address,))
        self._q("UPDATE bounces SET counted = 0 WHERE address = ? AND counts_soft = 1",
                (f.address,))
        if f.contact is None:
            return  # the address alone: marks on contacts are forgiven one by one
        self._q(f"UPDATE bounces SET outcome = ? WHERE address = ? AND crm = ? "
                f"AND contact_id = ? AND outcome IN ({placeholders(len(MARKED_OUTCOMES))})",
                (BounceOutcome.FORGIVEN.value, f.address, crm, cid, *values(MARKED_OUTCOMES)))

    def _bounce(self, crm: str, f: BounceRecord, now: datetime) -> None:
        self._q(
            "INSERT INTO bounces (address, crm, contact_id, object_type, mailbox, message_id, "
            "reason, hard, scope, diagnostic, outcome, at, recorded_at, known_bad, "
            "counts_for_rate, counts_soft, sent_at, original_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (mailbox, message_id, address, crm, contact_id) DO NOTHING",
            (f.address, crm, f.contact.id if f.contact else "",
             f.contact.object_type if f.contact else None, f.mailbox, f.message_id,
             f.reason, int(f.hard), f.scope, f.diagnostic, str(f.outcome), ts(f.at), ts(now),
             int(f.known_bad), int(f.counts_for_rate), int(f.counts_soft),
             ts(f.sent_at) if f.sent_at else None, f.original_id))
        if f.known_bad:  # the planner's verdict: the address is known to hard-bounce
            self._q("INSERT INTO known_hard (address, reason, mailbox, message_id, at) "
                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (address) DO NOTHING",
                    (f.address, f.reason, f.mailbox, f.message_id, ts(f.at)))

    # -- watcher -----------------------------------------------------------------------

    def watcher_cursor(self, crm: str) -> str | None:
        """Where the watcher's next look at changed contacts starts."""
        rows = self._q("SELECT cursor FROM watchers WHERE crm = ?", (crm,))
        return rows[0][0] if rows else None

    def seen_changes(self, crm: str, contacts: Sequence[Contact]) -> set[tuple[str, str]]:
        """(contact id, change_key) pairs already handled."""
        seen = set()
        for c in contacts:
            key = change_key(c)
            if self._q("SELECT 1 FROM seen_changes WHERE crm = ? AND contact_id = ? AND modified_at = ?",
                       (crm, c.ref.id, key)):
                seen.add((c.ref.id, key))
        return seen

    def _changes_seen(self, crm: str, contacts: Sequence[Contact], cursor: str | None,
                      now: datetime) -> None:
        for c in contacts:
            self._q("INSERT INTO seen_changes (crm, contact_id, modified_at) VALUES (?, ?, ?) "
                    "ON CONFLICT DO NOTHING",
                    (crm, c.ref.id, change_key(c)))
        self._q("INSERT INTO watchers (crm, cursor, updated_at) VALUES (?, ?, ?) ON CONFLICT (crm) "
                "DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at",
                (crm, cursor, ts(now)))
