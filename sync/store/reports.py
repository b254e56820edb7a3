"""Run reports and the status overview (`bounce-sync status`): read-only views over every
table, plus the saved report of each run.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

from sync.records import AlertKind, LedgerStatus
from sync.report import Alert, RunReport
from sync.store.alerts import Alerts
from sync.store.codec import parse_ts, ts
from sync.store.health import Health
from sync.store.outbox_rows import OutboxRows


class Reports(Alerts, OutboxRows, Health):
    """The runs table and `status`, which also shows open alerts, outbox counts, mailbox
    health and the leases held."""

    def save_report(self, report: RunReport) -> None:
        """Keep the run's report (`bounce-sync status` shows the last; history for trends)."""
        with self.transaction():
            self._q("INSERT INTO runs (mode, started_at, finished_at, exit_status, report) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (report.mode, ts(report.started_at),
                     ts(report.finished_at) if report.finished_at else None,
                     report.exit_status(), json.dumps(report.to_dict())))

    def last_reports(self, limit: int = 10) -> list[dict[str, Any]]:
        """The newest run reports first, as saved (JSON-safe dicts)."""
        return [json.loads(r[0]) for r in
                self._q("SELECT report FROM runs ORDER BY seq DESC LIMIT ?", (limit,))]

    def health(self, now: datetime) -> dict[str, Any]:
        """What monitoring watches between runs (the metrics file, sync/metrics.py): outbox
        rows failed for good, each known mailbox's pause by policy, and the named leases whose
        holder stopped renewing them without releasing them (a dead or frozen worker; a
        released lease keeps its row with an empty expiry). Cheap: three small queries."""
        return {
            "outbox_failed": self.outbox_counts()["failed"],
            "paused": {name: bool(paused) for name, paused in
                       self._q("SELECT name, paused FROM mailboxes ORDER BY name")},
            "expired_leases": dict(self._q(
                "SELECT name, owner FROM leases WHERE expires <> '' AND expires < ? ORDER BY name",
                (ts(now),))),
        }

    def status(self, now: datetime) -> dict[str, Any]:
        """JSON-safe overview for `bounce-sync status`. Its bounce figures are counted by
        the one rule people's figures share (sync/insight/tally.py), from `bounces_since`."""
        week = ts(now - timedelta(days=7))
        mailboxes = {}
        for name, cursor_at, last_run, last_error, paused, why, since, ok in self._q(
                "SELECT name, cursor_at, last_run_at, last_error, paused, paused_reason, "
                "error_since, last_ok_at FROM mailboxes ORDER BY name"):
            at = parse_ts(cursor_at)
            alerts = [Alert(mailbox=name, kind=AlertKind(k), reason=r, message=m, message_id=mid,
                            paused=bool(p), at=parse_ts(a)).to_dict()
                      for k, r, m, mid, p, a in self._q(
                          "SELECT kind, reason, message, message_id, paused, at FROM alerts "
                          "WHERE mailbox = ? AND at >= ? ORDER BY seq DESC LIMIT 20", (name, week))]
            mailboxes[name] = {
                "cursor_saved_at": at.isoformat() if at else None,
                "cursor_age_seconds": round((now - at).total_seconds()) if at else None,
                "last_run_at": last_run and parse_ts(last_run).isoformat(),
                "last_error": last_error,
                # since when its reads fail (None: the last read was good), its last good read
                "error_since": since and parse_ts(since).isoformat(),
                "last_ok_at": ok and parse_ts(ok).isoformat(),
                "paused": bool(paused),
                "paused_reason": why, "alerts_7d": alerts,
                "open_alerts": [a.to_dict() for a in self.open_alerts(name)],
            }

        last = self.last_reports(1)
        return {
            "schema_version": self.schema_version(),
            "mailboxes": mailboxes,
            "outbox": self.outbox_counts(),
            "unclassifiable": self._q("SELECT count(*) FROM ledger WHERE status = ?",
                                      (LedgerStatus.UNCLASSIFIABLE.value,))[0][0],
            "watchers": {crm: {"cursor_saved_at": parse_ts(at).isoformat() if at else None}
                         for crm, at in self._q("SELECT crm, updated_at FROM watchers ORDER BY crm")},
            "last_run": last[0] if last else None,
            # Mailboxes and the watcher claimed by a worker now: one whose lease is not
            # renewed may be dead (sync/health.py says so in the run that meets it).
            "leases": [{"name": h.name, "owner": h.owner, "expires_at": h.expires.isoformat(),
                        "expires_in_seconds": round((h.expires - now).total_seconds())}
                       for h in self.held_leases(now=now)],
        }
