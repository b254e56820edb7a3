"""The run's figures in Prometheus text exposition format (version 0.0.4), for node_exporter's
textfile collector or any scraper that reads a file.

Three kinds of figures (README "Metrics" lists them all):
- gauges of the last run: `bounce_sync_run_<figure>` (what it read and did), when it ran, how
  long it took, its exit status, and `bounce_sync_run_alerts{mailbox,kind}`;
- gauges of the state at the end of the run (`Health`, read from the state store): failed
  outbox actions waiting for `retry`, each mailbox paused by policy, leases held by workers
  that stopped renewing them without letting go (dead or frozen);
- counters, `bounce_sync_<figure>_total`, `bounce_sync_runs_total{exit_status}` and
  `bounce_sync_alerts_total{mailbox,kind}`: every run on this machine added together.

The counters' memory is the previous metrics file itself (sync/metrics_file.py says why not
the state store): each run reads it, adds its own figures and writes it again, under a lock.
A counter goes back to zero only when that file is lost or unreadable, and
`bounce_sync_counters_since_timestamp_seconds` then changes, so every reset is visible.

Every run writes the file whatever its exit: a run that completes through `publish`, a run
that fails through `publish_pending` (sync/cli/app.py `main`), with what its session saw
(`observe`, called by sync/session.py as the session ends).
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sync.metrics_file import Totals, locked, read_totals, write

PREFIX = "bounce_sync_"
_log = logging.getLogger("bounce_sync.metrics")
__all__ = ["COUNTED", "PREFIX", "Health", "Totals", "count_run", "expect", "observe", "publish",
           "publish_pending", "render", "write"]

_HELP = {
    "messages_scanned": "Messages fetched from the mailboxes and classified",
    "bounces_hard": "Hard bounces found (recipient at fault)",
    "bounces_soft": "Soft bounces found",
    "bounces_sender": "Sender-side bounces found (the sending mailbox is blocked or misconfigured)",
    "not_bounces": "Messages that were not bounces (auto-replies, delivery reports, ...)",
    "unclassifiable": "Messages that could not be classified (kept for reclassify)",
    "unverified": "Bounces that do not answer mail this mailbox sent",
    "contacts_marked": "Contacts marked bounced or soft-bounced in the CRM",
    "unenrolled": "Contacts removed from their sequences",
    "reenrolled": "Contacts re-enrolled at step one after an email change",
    "cleared": "Contacts whose bounce mark was cleared after an email change",
    "flagged": "Contacts flagged for a person after an email change",
    "refused": "Email changes refused because the new address is known to bounce",
    "unmatched": "Bounced addresses that match no CRM contact",
    "duplicates": "Messages skipped because an earlier run already read them",
    "waiting": "Outbox actions left waiting for the next run (all of them, not only this run's)",
    "failed": "Outbox actions that failed for good (fix the cause, then run bounce-sync retry)",
    "failed_waiting": "Outbox actions failed for good and not yet retried, from every run (bounce-sync retry)",
    "stale_leases": "Mailboxes not read because a worker that stopped renewing its lease holds them",
}
# The run figures that count events, so add up across runs (`waiting` is a level: no counter).
COUNTED = ("messages_scanned", "bounces_hard", "bounces_soft", "bounces_sender", "not_bounces",
           "unclassifiable", "unverified", "contacts_marked", "unenrolled", "reenrolled", "cleared",
           "flagged", "refused", "unmatched", "duplicates", "failed")
EXIT_STATUSES = ("0", "1", "2", "3")
LEASE_KINDS = ("mailbox", "watcher")  # always present, 0 when none: alerts need a series
_EXIT_HELP = ("Exit status of the last run: 0 all done, 1 work left for the next run, 2 a setting "
              "a person must fix, 3 a sender-side alert, 4 an internal error (a bug)")


@dataclass(frozen=True, slots=True, kw_only=True)
class Health:
    """The state store at the end of a run, as monitoring needs it between runs."""

    outbox_failed: int  # outbox actions failed for good, waiting for `bounce-sync retry`
    paused: Mapping[str, bool] = field(default_factory=dict)  # mailbox -> paused by policy
    expired_leases: Mapping[str, str] = field(default_factory=dict)  # lease name -> last owner

    @classmethod
    def from_store(cls, store: Any, now: datetime) -> Health:
        """Read from `StateStore.health` (sync/store/reports.py)."""
        h = store.health(now)
        return cls(outbox_failed=int(h["outbox_failed"]), paused=dict(h["paused"]),
                   expired_leases=dict(h["expired_leases"]))


def render(report: Mapping[str, Any], *, exit_status: int, now: datetime | None = None,
           totals: Totals | None = None, health: Health | None = None) -> str:
    """`report` is `RunReport.to_dict()` (empty for a run that failed before it had one);
    `totals` the counters to show (already including this run); `health` the store's state."""
    lines: list[str] = []

    def family(name: str, kind: str, help_text: str,
               samples: Iterable[tuple[Mapping[str, str], float]]) -> None:
        samples = list(samples)
        if not samples:
            return
        full = PREFIX + name
        lines.append(f"# HELP {full} {_escape_help(help_text)}")
        lines.append(f"# TYPE {full} {kind}")
        lines.extend(f"{full}{_labels(labels)} {_number(value)}" for labels, value in samples)

    _run_gauges(report, family)
    _time_gauges(report, exit_status, now, totals, family)
    if health is not None:
        _health_gauges(health, family)
    if totals is not None:
        _counters(totals, family)
    return "\n".join(lines) + "\n"


def _run_gauges(report: Mapping[str, Any], family: Any) -> None:
    mailboxes = _per_mailbox(report.get("mailboxes"))
    for name, value in report.items():
        if not _is_number(value) or name == "exit_status":  # exit status has its own gauge
            continue
        samples: list[tuple[Mapping[str, str], float]] = [({}, value)]
        samples += [({"mailbox": mb}, figures[name]) for mb, figures in mailboxes.items()
                    if _is_number(figures.get(name))]
        text = _HELP.get(name, name.replace("_", " "))
        family(f"run_{name}", "gauge", f"Last run: {text[0].lower()}{text[1:]}", samples)
    if report:
        family("run_alerts", "gauge", "Last run: sender-side and bounce-rate alerts it raised",
               [({"mailbox": mb, "kind": kind}, n) for (mb, kind), n in sorted(_alerts(report).items())]
               or [({}, 0)])


def _time_gauges(report: Mapping[str, Any], exit_status: int, now: datetime | None,
                 totals: Totals | None, family: Any) -> None:
    started, finished = _time(report.get("started_at")), _time(report.get("finished_at"))
    finished = finished or now
    if finished is not None:
        family("last_run_timestamp_seconds", "gauge",
               "When the last run ended, whatever its exit status (Unix time)",
               [({}, finished.timestamp())])
    if started is not None and finished is not None:
        family("last_run_duration_seconds", "gauge", "How long the last run took, in seconds",
               [({}, max(0.0, (finished - started).total_seconds()))])
    family("last_run_exit_status", "gauge", _EXIT_HELP, [({}, exit_status)])
    if totals is not None and totals.last_success is not None:
        family("last_success_timestamp_seconds", "gauge",
               "When a run last completed its whole pass (Unix time). A run stopped by an error "
               "(a bug among them: exit 4), or one that exits 2, leaves it as it was",
               [({}, totals.last_success)])


def _health_gauges(health: Health, family: Any) -> None:
    family("outbox_failed", "gauge",
           "Outbox actions that failed for good and wait for a person: fix the cause, then "
           "run bounce-sync retry (the runs' logs name each one with its error)",
           [({}, health.outbox_failed)])
    family("mailbox_paused", "gauge",
           "1 when the mailbox is paused by policy after a sender-side alert and is not read "
           "until bounce-sync mailbox resume NAME (a pause in the config file is not counted)",
           [({"mailbox": name}, int(p)) for name, p in sorted(health.paused.items())])
    kinds = dict.fromkeys(LEASE_KINDS, 0)
    for name in health.expired_leases:
        kind = name.split(":", 1)[0]
        kinds[kind] = kinds.get(kind, 0) + 1
    family("leases_expired", "gauge",
           "Leases (on a mailbox, or the CRM watcher) whose worker stopped renewing them and "
           "never let go: it died or froze; another run takes them over",
           [({"kind": kind}, n) for kind, n in kinds.items()])


def _counters(totals: Totals, family: Any) -> None:
    by_family: dict[str, list[tuple[Mapping[str, str], float]]] = {}
    for (name, labels), value in sorted(totals.counters.items()):
        by_family.setdefault(name, []).append((dict(labels), value))
    for name, samples in by_family.items():
        figure = name.removesuffix("_total")
        if name == "runs_total":
            help_text = "Runs, by exit status"
        elif name == "alerts_total":
            help_text = "Sender-side and bounce-rate alerts raised"
        else:
            help_text = _HELP.get(figure, figure.replace("_", " ").capitalize())
        family(name, "counter", help_text + ", counted over every run on this machine since "
               "bounce_sync_counters_since_timestamp_seconds", samples)
    family("counters_since_timestamp_seconds", "gauge",
           "When the counters in this file started from zero (Unix time): it changes only when "
           "the previous metrics file was missing or unreadable", [({}, totals.since)])


def count_run(totals: Totals, report: Mapping[str, Any], *, exit_status: int) -> Totals:
    """`totals` with one run added: its exit status, and its figures unless it was a dry run
    (which changed nothing). Never subtracts: a negative or missing figure adds nothing."""
    added = totals.copy()
    added.add("runs_total", {"exit_status": str(exit_status)}, 1)
    for status in EXIT_STATUSES:  # every status has a series from the first run on
        added.add("runs_total", {"exit_status": status}, 0)
    if report.get("dry_run"):
        return added
    mailboxes = _per_mailbox(report.get("mailboxes"))
    for name in COUNTED:
        added.add(f"{name}_total", {}, report.get(name))
        for mb, figures in mailboxes.items():
            added.add(f"{name}_total", {"mailbox": mb}, figures.get(name))
    for (mb, kind), n in _alerts(report).items():
        added.add("alerts_total", {"mailbox": mb, "kind": kind}, n)
    return added


def _alerts(report: Mapping[str, Any]) -> dict[tuple[str, str], int]:
    alerts: dict[tuple[str, str], int] = {}
    for alert in report.get("alerts") or ():
        if isinstance(alert, Mapping):
            key = (str(alert.get("mailbox") or ""), str(alert.get("kind") or alert.get("reason") or "alert"))
        else:
            key = ("", str(alert))
        alerts[key] = alerts.get(key, 0) + 1
    return alerts


def _per_mailbox(value: Any) -> dict[str, Mapping[str, Any]]:
    """Accept {name: figures} or [{"mailbox"|"name": name, ...figures}]."""
    if isinstance(value, Mapping):
        return {str(k): v for k, v in value.items() if isinstance(v, Mapping)}
    if isinstance(value, list):
        return {str(v.get("mailbox") or v.get("name")): v for v in value
                if isinstance(v, Mapping) and (v.get("mailbox") or v.get("name"))}
    return {}


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _number(value: float) -> str:
    if isinstance(value, int):
        return str(value)
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "+Inf" if value > 0 else "-Inf"
    if value == int(value) and abs(value) < 2**53:
        return str(int(value))
    return repr(float(value))


def _labels(labels: Mapping[str, str]) -> str:
    if not labels:
        return ""
    inner = ",".join(f'{k}="{_escape_label(v)}"' for k, v in labels.items())
    return "{" + inner + "}"


def _escape_label(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


def _escape_help(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n")


def _time(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return None
    return None


# --------------------------------------------------------------------------- every run's file


@dataclass(slots=True, kw_only=True)
class _Trace:
    """The command in progress (one per process): where its file goes, and what its session
    saw when it ended, for a run that fails before it can report."""

    path: str | None = None
    report: Any = None  # the session's RunReport, as far as it got
    health: Health | None = None


_trace = _Trace()


def expect(path: str | None) -> None:
    """The command starts: it writes `path` (if any) whatever its exit. Forgets what an earlier
    command of this process observed."""
    global _trace
    _trace = _Trace(path=path)


def observe(store: Any, clock: Callable[[], datetime], report: Any) -> None:
    """The session ends (sync/session.py): keep its report and the store's state for the
    metrics file. Never raises: a store that fails here (the reason the run is failing,
    perhaps) leaves the health gauges out, and the run's own error is the one reported."""
    _trace.report = report
    try:
        _trace.health = Health.from_store(store, clock())
    except Exception as exc:  # noqa: BLE001 - the file must still be written without them
        _trace.health = None
        _log.debug("no store figures for the metrics file: %s", exc)


def publish(path: str, *, exit_status: int, now: datetime, report: Any = None,
            completed: bool = True) -> None:
    """Write the metrics file of a run (`report` is its RunReport): its gauges, the store's
    state and the counters with this run added. `completed`: the run finished its pass (a
    run stopped by an error does not move the last-success time)."""
    _publish(path, exit_status=exit_status, now=now, report=report, completed=completed)


def publish_pending(exit_status: int, *, now: datetime) -> None:
    """The command ended without `publish` (it failed): write its file anyway, with its exit
    status, what its session saw (if it got that far) and the counters carried on."""
    path = _trace.path
    if path is None:
        return
    try:
        _publish(path, exit_status=exit_status, now=now, report=_trace.report, completed=False)
    except OSError as exc:
        _log.error("could not write the metrics file %s: %s. Fix: make its folder writable by "
                   "the user that runs bounce-sync", path, exc)


def _publish(path: str, *, exit_status: int, now: datetime, report: Any, completed: bool) -> None:
    figures: Mapping[str, Any] = report.to_dict() if hasattr(report, "to_dict") else dict(report or {})
    if not completed and figures:
        figures = {**figures, "finished_at": now.isoformat()}  # it ended now, by its error
    health = _trace.health if (report is None or report is _trace.report) else None
    _trace.path = None  # written: main() must not write it again
    with locked(path):
        totals = count_run(read_totals(path, now=now, prefix=PREFIX), figures, exit_status=exit_status)
        if completed and exit_status != 2 and not figures.get("dry_run"):
            totals.last_success = (_time(figures.get("finished_at")) or now).timestamp()
        write(path, render(figures, exit_status=exit_status, now=now, totals=totals, health=health))
