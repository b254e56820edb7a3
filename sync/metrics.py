"""The run's figures in Prometheus text exposition format (version 0.0.4), for node_exporter's
textfile collector or any scraper that reads a file.

Each run overwrites the file, so every figure is a gauge describing the last run
(`bounce_sync_run_<figure>`), plus when it ran, how long it took and its exit status. Where the
report breaks figures down by mailbox they carry a `mailbox` label; alerts carry `mailbox` and
`kind`. The file is written atomically (temp file in the same folder, fsync, rename), so a
scraper never reads half a file.
"""

from __future__ import annotations

import math
import os
import tempfile
from collections.abc import Iterable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

PREFIX = "bounce_sync_"

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
    "refused": "Email changes refused because the new address is known to bounce",
    "unmatched": "Bounced addresses that match no CRM contact",
    "waiting": "Outbox actions waiting for the next run",
    "failed": "Outbox actions that failed permanently",
    "failed_waiting": "Outbox actions failed for good and not yet retried, from every run (bounce-sync retry)",
    "stale_leases": "Mailboxes not read because a worker that stopped renewing its lease holds them",
}


def render(report: Mapping[str, Any], *, exit_status: int, now: datetime | None = None) -> str:
    """`report` is `RunReport.to_dict()`."""
    lines: list[str] = []

    def gauge(name: str, help_text: str, samples: Iterable[tuple[Mapping[str, str], float]]) -> None:
        samples = list(samples)
        if not samples:
            return
        full = PREFIX + name
        lines.append(f"# HELP {full} {_escape_help(help_text)}")
        lines.append(f"# TYPE {full} gauge")
        for labels, value in samples:
            lines.append(f"{full}{_labels(labels)} {_number(value)}")

    mailboxes = _per_mailbox(report.get("mailboxes"))
    for name, value in report.items():
        if not _is_number(value) or name == "exit_status":  # exit status has its own gauge below
            continue
        samples: list[tuple[Mapping[str, str], float]] = [({}, value)]
        samples += [({"mailbox": mb}, figures[name]) for mb, figures in mailboxes.items()
                    if _is_number(figures.get(name))]
        gauge(f"run_{name}", _HELP.get(name, name.replace("_", " ").capitalize()), samples)

    alerts: dict[tuple[str, str], int] = {}
    for alert in report.get("alerts") or ():
        if isinstance(alert, Mapping):
            key = (str(alert.get("mailbox") or ""), str(alert.get("kind") or alert.get("reason") or "alert"))
        else:
            key = ("", str(alert))
        alerts[key] = alerts.get(key, 0) + 1
    gauge("run_alerts", "Sender-side alerts raised by the run",
          [({"mailbox": mb, "kind": kind}, n) for (mb, kind), n in sorted(alerts.items())]
          or [({}, 0)])

    started, finished = _time(report.get("started_at")), _time(report.get("finished_at"))
    if finished is None and now is not None:
        finished = now
    if finished is not None:
        gauge("last_run_timestamp_seconds", "When the last run finished (Unix time)",
              [({}, finished.timestamp())])
    if started is not None and finished is not None:
        gauge("last_run_duration_seconds", "How long the last run took",
              [({}, max(0.0, (finished - started).total_seconds()))])
    gauge("last_run_exit_status", "Exit status of the last run (0 done, 1 work left, 2 config, 3 sender alert)",
          [({}, exit_status)])
    return "\n".join(lines) + "\n"


def write(path: str | os.PathLike[str], text: str) -> None:
    """Replace `path` atomically."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o644)  # the scraper runs as another user
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


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
