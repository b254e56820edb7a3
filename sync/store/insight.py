"""What people ask the state store, apart from the worker: `explain` (everything recorded
about one address), `report` and the suppression CSV (bounces over a window), `status
--failed` / `--unmatched` (the items behind the counts), and `undo` (the one write here).

Read-only queries over the tables the other parts write, returning plain dicts and tuples;
the pure code in sync/insight/ turns them into models and text. Nothing here decides a
bounce rule: the filters use the planner's own values (sync/records.py).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sync.planner import Plan
from sync.records import MARKED_OUTCOMES, BounceOutcome
from sync.store.codec import decode_enrollments, parse_ts, ts, values
from sync.store.database import Database
from sync.store.dialects import placeholders

UNDO = "undo"  # address_events.kind: a person undid our mark (`bounce-sync undo`)
APPLIED = "applied"  # address_events.kind: a person applied an unverified bounce
_CHUNK = 400
_BOUNCE_COLUMNS = ("address", "crm", "contact_id", "object_type", "mailbox", "message_id",
                   "reason", "hard", "scope", "diagnostic", "outcome", "at", "recorded_at",
                   "counted", "counts_for_rate", "counts_soft", "sent_at", "original_id")
_FLAGS = ("hard", "counted", "counts_for_rate", "counts_soft")


def _bounce(row: Sequence[Any]) -> dict[str, Any]:
    d = dict(zip(_BOUNCE_COLUMNS, row))
    d.update({k: bool(d[k]) for k in _FLAGS})
    d["at"], d["recorded_at"] = parse_ts(d["at"]), parse_ts(d["recorded_at"])
    d["sent_at"] = parse_ts(d["sent_at"])
    return d


class Insight(Database):
    """Queries for explain, report, status details and the suppression list; `record_undo`."""

    # -- one address (explain, undo) -------------------------------------------------

    def address_bounces(self, address: str) -> list[dict[str, Any]]:
        """Every bounce recorded for `address`, any CRM and outcome, oldest first."""
        return [_bounce(r) for r in self._q(
            f"SELECT {', '.join(_BOUNCE_COLUMNS)} FROM bounces WHERE address = ? ORDER BY at, seq",
            (address,))]

    def ledger_rows(self, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], dict[str, Any]]:
        """The ledger entries of these (mailbox, message id) pairs: status and classification."""
        out = {}
        for mailbox, message_id in dict.fromkeys(keys):
            for status, classification, error, received, recorded in self._q(
                    "SELECT status, classification, error, received_at, recorded_at FROM ledger "
                    "WHERE mailbox = ? AND message_id = ?", (mailbox, message_id)):
                out[(mailbox, message_id)] = {
                    "status": status, "error": error,
                    "classification": json.loads(classification) if classification else None,
                    "received_at": parse_ts(received), "recorded_at": parse_ts(recorded)}
        return out

    def contact_actions(self, crm: str, contact_ids: Sequence[str]) -> list[dict[str, Any]]:
        """The outbox rows of these contacts, in queue order, with their results."""
        rows = []
        for i in range(0, len(contact_ids), _CHUNK):
            chunk = list(contact_ids[i:i + _CHUNK])
            rows += self._q(
                "SELECT seq, key, kind, contact_id, state, attempts, last_error, result, action, "
                f"created_at, updated_at FROM outbox WHERE crm = ? AND contact_id IN "
                f"({placeholders(len(chunk))}) ORDER BY seq", (crm, *chunk))
        return [{"key": key, "kind": kind, "contact_id": cid, "state": state, "attempts": attempts,
                 "error": error, "result": json.loads(result) if result else None,
                 "action": json.loads(action), "created_at": parse_ts(created),
                 "updated_at": parse_ts(updated)}
                for _, key, kind, cid, state, attempts, error, result, action, created, updated
                in sorted(rows)]

    def address_events(self, address: str) -> list[dict[str, Any]]:
        """Signs of life, resend requests and undos of `address`, oldest first."""
        return [{"kind": kind, "crm": crm or None, "contact_id": cid or None, "at": parse_ts(at),
                 "why": why}
                for kind, crm, cid, at, why in self._q(
                    "SELECT kind, crm, contact_id, at, why FROM address_events WHERE address = ? "
                    "ORDER BY at, seq", (address,))]

    def known_hard_entry(self, address: str) -> dict[str, Any] | None:
        """Why `address` is known to hard-bounce (the bounce that taught it), or None."""
        rows = self._q("SELECT reason, mailbox, message_id, at FROM known_hard WHERE address = ?",
                       (address,))
        if not rows:
            return None
        reason, mailbox, message_id, at = rows[0]
        return {"reason": reason, "mailbox": mailbox, "message_id": message_id, "at": parse_ts(at)}

    def saved_enrollments(self, crm: str, contact_id: str) -> tuple:
        """What the contact's latest unenrollment removed (with the steps then), or ()."""
        rows = self._q("SELECT enrollments FROM removed_enrollments WHERE crm = ? AND "
                       "contact_id = ? ORDER BY seq DESC LIMIT 1", (crm, contact_id))
        return decode_enrollments(json.loads(rows[0][0])) if rows else ()

    def undo_targets(self, crm: str, address: str) -> list[tuple[str, str]]:
        """(contact id, object type) of the contacts our mark for `address` still stands on:
        marked bounced (not yet forgiven), or with soft bounces still counted."""
        rows = self._q(
            "SELECT contact_id, max(object_type), min(seq) FROM bounces WHERE crm = ? AND "
            "address = ? AND contact_id <> '' AND (outcome IN "
            f"({placeholders(len(MARKED_OUTCOMES))}) OR (outcome = ? AND counted = 1)) "
            "GROUP BY contact_id ORDER BY min(seq)",
            (crm, address, *values(MARKED_OUTCOMES), BounceOutcome.SOFT.value))
        return [(cid, object_type or "contact") for cid, object_type, _ in rows]

    def record_undo(self, *, crm: str, address: str, plan: Plan, now: datetime, by: str,
                    note: str) -> int:
        """A person's undo, in one transaction: the plan's Forgive records (the resend
        mechanism: marks become `forgiven`, soft bounces stop counting), the address no
        longer known to hard-bounce, who asked, and the ClearBounce/Reenroll actions queued
        in the outbox. Returns how many actions were new."""
        with self.transaction():
            self._history(crm, plan, now)  # type: ignore[attr-defined]  # History, in StateStore
            self._q("DELETE FROM known_hard WHERE address = ?", (address,))
            for cid in dict.fromkeys(a.contact.id for a in plan.actions):
                self._q("INSERT INTO address_events (address, kind, crm, contact_id, at, why) "
                        "VALUES (?, ?, ?, ?, ?, ?)", (address, UNDO, crm, cid, ts(now),
                                                      f"undo requested by {by}: {note}"))
            return self._enqueue(crm, plan.actions, now)  # type: ignore[attr-defined]  # OutboxRows

    def record_applied(self, *, crm: str, address: str, contact_ids: Sequence[str], now: datetime,
                       why: str) -> None:
        """Who applied an unverified bounce (`bounce-sync apply-unverified`), for `explain`."""
        with self.transaction():
            for cid in dict.fromkeys(contact_ids) or [""]:
                self._q("INSERT INTO address_events (address, kind, crm, contact_id, at, why) "
                        "VALUES (?, ?, ?, ?, ?, ?)", (address, APPLIED, crm, cid, ts(now), why))

    # -- windows (report, suppression list) ------------------------------------------

    def bounces_since(self, since: datetime) -> list[dict[str, Any]]:
        """Every bounce recorded from `since` on (all outcomes), oldest first."""
        return [_bounce(r) for r in self._q(
            f"SELECT {', '.join(_BOUNCE_COLUMNS)} FROM bounces WHERE at >= ? ORDER BY at, seq",
            (ts(since),))]

    def removed_by_contact(self, crm: str | None = None) -> dict[tuple[str, str], tuple]:
        """(crm, contact id) -> every enrollment ever removed from that contact on a bounce."""
        out: dict[tuple[str, str], tuple] = {}
        where, params = (" WHERE crm = ?", (crm,)) if crm else ("", ())
        for c, cid, enrollments in self._q(
                f"SELECT crm, contact_id, enrollments FROM removed_enrollments{where} ORDER BY seq",
                params):
            out[(c, cid)] = out.get((c, cid), ()) + decode_enrollments(json.loads(enrollments))
        return out

    def known_hard_all(self) -> list[dict[str, Any]]:
        """Every address known to hard-bounce, oldest first."""
        return [{"address": a, "reason": r, "mailbox": m, "message_id": mid, "at": parse_ts(at)}
                for a, r, m, mid, at in self._q(
                    "SELECT address, reason, mailbox, message_id, at FROM known_hard ORDER BY at")]

    def marked_bounces(self) -> list[dict[str, Any]]:
        """Bounces whose mark still stands on a contact (not forgiven), oldest first."""
        return [_bounce(r) for r in self._q(
            f"SELECT {', '.join(_BOUNCE_COLUMNS)} FROM bounces WHERE outcome IN "
            f"({placeholders(len(MARKED_OUTCOMES))}) ORDER BY at, seq", values(MARKED_OUTCOMES))]

    # -- status details --------------------------------------------------------------

    def failed_actions(self, *, limit: int = 200) -> list[dict[str, Any]]:
        """Outbox rows that failed for good (what `retry` puts back), oldest first."""
        rows = self._q("SELECT key, kind, crm, contact_id, attempts, last_error, action, "
                       "updated_at FROM outbox WHERE state = 'failed' ORDER BY seq LIMIT ?",
                       (limit,))
        return [{"key": key, "kind": kind, "crm": crm, "contact_id": cid, "attempts": attempts,
                 "error": error, "address": json.loads(action).get("address"),
                 "note": json.loads(action).get("note") or None,
                 "at": parse_ts(at)} for key, kind, crm, cid, attempts, error, action, at in rows]

    def unmatched_bounces(self, *, limit: int = 200) -> list[dict[str, Any]]:
        """Bounced addresses no CRM contact held when they were read, newest first."""
        return [_bounce(r) for r in self._q(
            f"SELECT {', '.join(_BOUNCE_COLUMNS)} FROM bounces WHERE outcome = ? "
            "ORDER BY at DESC, seq DESC LIMIT ?", (BounceOutcome.UNMATCHED.value, limit))]
