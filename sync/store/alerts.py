"""Alerts a mailbox raised (sender-side refusals, a bounce rate too high): kept open until a
person acknowledges them, and remembered so the planner raises a bounce-rate alert once.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sync.records import MARKED_OUTCOMES, RELAY_REASON_PREFIX, AlertKind, BounceOutcome
from sync.report import Alert
from sync.store.codec import parse_ts, ts, values
from sync.store.database import Database
from sync.store.dialects import placeholders


class Alerts(Database):
    """The alerts table."""

    def _insert_alerts(self, alerts: Sequence[Alert]) -> None:
        for alert in alerts:
            self._q("INSERT INTO alerts (mailbox, kind, reason, message, message_id, paused, at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (alert.mailbox, str(alert.kind), alert.reason, alert.message, alert.message_id,
                     int(alert.paused), ts(alert.at)))

    def open_alerts(self, mailbox: str | None = None) -> list[Alert]:
        """Alerts no one acknowledged yet, newest first."""
        where, params = (" AND mailbox = ?", (mailbox,)) if mailbox else ("", ())
        return [Alert(mailbox=m, kind=AlertKind(k), reason=r, message=msg, message_id=mid, paused=bool(p),
                      at=parse_ts(a))
                for m, k, r, msg, mid, p, a in self._q(
                    "SELECT mailbox, kind, reason, message, message_id, paused, at FROM alerts "
                    f"WHERE acked_at IS NULL{where} ORDER BY seq DESC", params)]

    def ack_alerts(self, *, now: datetime, mailboxes: Sequence[str] = (),
                   kind: str | None = None) -> int:
        """Acknowledge open alerts (all, or those of these mailboxes / this kind)."""
        where, params = "acked_at IS NULL", [ts(now)]
        if mailboxes:
            where += f" AND mailbox IN ({placeholders(len(mailboxes))})"
            params.extend(mailboxes)
        if kind:
            where += " AND kind = ?"
            params.append(kind)
        with self.transaction():
            rows = self._q(f"UPDATE alerts SET acked_at = ? WHERE {where} RETURNING seq", params)
        return len(rows)

    def alert_memory(self, mailbox: str, *, now: datetime,
                     rate_window_days: int) -> tuple[frozenset[str], datetime]:
        """For the planner's once-only rule: the tags (AlertKind.tag) of the bounce-rate
        alert and of relay alerts of any mailbox (sync/planner/relay.py: our relay does not
        resolve; the planner holds a lone bounce naming the host while one is open) that are
        open and were raised within the window, and when bounce-rate counting starts (the window's start,
        or the last acknowledgement of a bounce-rate alert if later)."""
        start = now - timedelta(days=rate_window_days)
        rate = AlertKind.BOUNCE_RATE.value
        open_rows = self._q("SELECT 1 FROM alerts WHERE mailbox = ? AND kind = ? "
                            "AND acked_at IS NULL AND at >= ? LIMIT 1", (mailbox, rate, ts(start)))
        # Of every mailbox: mailboxes share their MTA and its relay (the planner holds this
        # mailbox's lone bounce naming a host another mailbox's open alert names).
        relays = self._q("SELECT DISTINCT mailbox, reason FROM alerts WHERE kind = ? "
                         "AND reason LIKE ? AND acked_at IS NULL AND at >= ?",
                         (AlertKind.SENDER.value, RELAY_REASON_PREFIX + "%", ts(start)))
        acked = self._q("SELECT max(acked_at) FROM alerts WHERE mailbox = ? AND kind = ?",
                        (mailbox, rate))[0][0]
        if acked and parse_ts(acked) > start:
            start = parse_ts(acked)
        tags = {AlertKind.SENDER.tag(m, reason) for m, reason in relays}
        if open_rows:
            tags.add(AlertKind.BOUNCE_RATE.tag(mailbox))
        return frozenset(tags), start

    def marked_by(self, reason: str, *, since: datetime) -> list[tuple[str, str | None]]:
        """(address, diagnostic) of the bounces for `reason`, of any mailbox, that marked a contact
        since `since` (when recorded: a notice read late claims an older date): where a relay alert
        finds the bounces marked before it was raised (sync/relay_stragglers.py). Asked only when
        one is raised."""
        return [(address, diagnostic) for address, diagnostic in self._q(
            "SELECT DISTINCT address, diagnostic FROM bounces WHERE reason = ? AND recorded_at >= ? "
            f"AND outcome IN ({placeholders(len(MARKED_OUTCOMES))})",
            (reason, ts(since), *values(MARKED_OUTCOMES)))]

    def standing_marks(self, addresses: Sequence[str]) -> list[tuple[str, str, str | None]]:
        """(address, reason, diagnostic) of every bounce, any time, whose mark still stands on a
        contact for one of `addresses` (undone or forgiven ones no longer do): what else says
        an address the relay alert would name is dead (sync/relay_stragglers.py). A refusal
        (a contact holding an address already known-bad) has no words of its own: it reads with
        those of the bounce that taught it (same mailbox, message and address), "" if none."""
        rows: list[tuple[str, str, str | None]] = []
        for i in range(0, len(addresses), 500):
            chunk = addresses[i:i + 500]
            rows.extend((a, r, d) for a, r, d in self._q(
                "SELECT DISTINCT b.address, b.reason, COALESCE(t.diagnostic, b.diagnostic) FROM bounces b "
                "LEFT JOIN bounces t ON b.outcome = ? AND t.outcome <> ? AND t.mailbox = b.mailbox "
                "AND t.message_id = b.message_id AND t.address = b.address "
                f"WHERE b.address IN ({placeholders(len(chunk))}) "
                f"AND b.outcome IN ({placeholders(len(MARKED_OUTCOMES))})",
                (BounceOutcome.REFUSED.value, BounceOutcome.REFUSED.value, *chunk, *values(MARKED_OUTCOMES))))
        return rows
