"""The rules that keep an unattended run from failing silently: how a mailbox's failure is
named (its config key and the fix), when a mailbox left unread too long needs a person,
when a lease is held by a worker that is no longer there, and which alerts a run pages.

Each becomes a `Problem` on the run report (sync/report.py), whose exit status is the worst
of the run's parts, or an alert to page. The store keeps what these rules read
(sync/store/health.py).
"""

from __future__ import annotations

import os
import socket
from collections.abc import Sequence
from datetime import datetime, timedelta

from sync.errors import AuthError, ConfigError, Permanent, Retryable, StateError, SyncError
from sync.mail_page import Mailbox
from sync.report import EXIT_CONFIG, EXIT_INTERNAL, EXIT_SENDER_ALERT, EXIT_WORK_LEFT, RunReport
from sync.store import StateStore
from sync.store.health import LeaseHolder

# Where a mailbox's problems are fixed, beyond the error's own words.
_CHECK = "`bounce-sync check` tests it"


def mailbox_failure(mailbox: Mailbox, exc: BaseException) -> tuple[str, int]:
    """(one line naming the mailbox, its config key, the problem and the fix; exit status)
    for an error its source raised. Credentials, a missing folder or any other setting: 2.
    A quota or an outage: 1 (the policy `mailbox_stale_hours` turns a long one into 2).
    Anything else is a bug in the source: 4."""
    key = mailbox.key or "mailboxes[]"
    head = f"mailbox {mailbox.name}"
    if isinstance(exc, ConfigError):
        where = exc.key if exc.key.startswith("mailboxes[") else f"{key}.{exc.key}"
        where = where.replace("mailboxes[]", key)
        return f"{head}: {where}: {exc.problem}. Fix: {exc.fix}", EXIT_CONFIG
    text = str(exc).replace("mailboxes[]", key)
    if isinstance(exc, AuthError):
        fix = "" if exc.setting else f" Fix: the credentials of {key}; {_CHECK}"
        return f"{head} ({key}): {text}.{fix}", EXIT_CONFIG
    if isinstance(exc, Retryable):
        return f"{head} ({key}): {text}; the next run reads it again", EXIT_WORK_LEFT
    if isinstance(exc, Permanent):
        return f"{head} ({key}): {text}. Fix: the settings of {key}; {_CHECK}", EXIT_CONFIG
    if isinstance(exc, SyncError):
        return f"{head} ({key}): {text}; the next run tries again", EXIT_WORK_LEFT
    return (f"{head} ({key}): internal error in its source: {type(exc).__name__}: {text} "
            "(run again with --debug for the traceback)", EXIT_INTERNAL)


def is_source_failure(exc: BaseException) -> bool:
    """Does this error belong to one mailbox (isolated: the run goes on) rather than to the
    run (the store, a lost lease, an interrupt)?"""
    from sync.errors import LeaseLost

    return isinstance(exc, Exception) and not isinstance(exc, (StateError, LeaseLost))


# --------------------------------------------------------------------------- stale mailboxes


def stale_mailboxes(mailboxes: Sequence[Mailbox], *, store: StateStore, report: RunReport,
                    now: datetime, hours: float) -> None:
    """A mailbox this run was to read that has not been read successfully for more than
    `hours` (policy mailbox_stale_hours; 0: never) needs a person: exit 2, so a long outage
    pages even though each failed read alone only leaves work for the next run."""
    if hours <= 0:
        return
    wanted = {m.name: m for m in mailboxes if not m.paused}
    health = store.mailbox_health(wanted)
    limit = timedelta(hours=hours)
    for name, h in sorted(health.items()):
        if store.mailbox_paused(name):
            continue
        since = h.last_ok_at or h.error_since
        if since is None or now - since <= limit:
            continue
        mailbox = wanted[name]
        last = f"; last error: {h.last_error}" if h.last_error else ""
        what = "last read successfully" if h.last_ok_at else "failing since its first read"
        report.problem(
            f"mailbox {name}",
            f"mailbox {name} ({mailbox.key or 'mailboxes[]'}): not read successfully for "
            f"{_hours(now - since)} ({what} {since.isoformat()}; policy mailbox_stale_hours "
            f"= {hours:g}){last}. Fix: the mailbox's error above ({_CHECK}); "
            "`bounce-sync status` shows each mailbox's last error and since when",
            EXIT_CONFIG, since=since)


def _hours(delta: timedelta) -> str:
    hours = delta.total_seconds() / 3600
    return f"{hours:.1f} hours" if hours < 48 else f"{hours / 24:.1f} days"


# --------------------------------------------------------------------------- leases


def held_elsewhere(mailbox: Mailbox, lease: str, *, store: StateStore, report: RunReport,
                   now: datetime, seconds: int) -> None:
    """Another worker holds the mailbox's lease. A live worker renews it every quarter
    lease, so that is normal sharing (a note). A holder that is gone (a process of this
    host that no longer exists) or has not renewed it for over half a lease is a problem:
    its mail waits until the lease expires, so the run says so and exits 1 at least."""
    holder = store.lease_holder(lease, now=now)
    if holder is None:  # released meanwhile: the next run reads it
        report.notes.append(f"mailbox {mailbox.name}: another worker was reading it")
        report.work_left = True
        return
    why = holder_gone(holder, now=now, seconds=seconds)
    if why is None:
        report.notes.append(f"mailbox {mailbox.name}: another worker is reading it ({holder.owner})")
        return
    left = max(0, round((holder.expires - now).total_seconds()))
    report.stale_leases += 1
    report.problem(
        f"lease {lease}",
        f"mailbox {mailbox.name} ({mailbox.key or 'mailboxes[]'}): not read: its lease is held "
        f"by {holder.owner}, which {why}; another run takes it over after "
        f"{holder.expires.isoformat()} (in {left} s). Fix: nothing if that worker is gone "
        "for good; else see why it stopped (its log)",
        EXIT_WORK_LEFT)


def holder_gone(holder: LeaseHolder, *, now: datetime, seconds: int) -> str | None:
    """Why the holder looks gone (dead on this host, or not renewing), or None while it
    renews as a live worker does: for the run that meets its lease and for `status`."""
    host, _, pid = holder.owner.rpartition(":")
    if host == socket.gethostname() and pid.isdigit() and not _alive(int(pid)):
        return "is no longer running on this host"
    unrenewed = seconds - (holder.expires - now).total_seconds()
    if unrenewed > seconds / 2:
        return f"has not renewed it for {round(unrenewed)} s (a live worker renews it every {seconds // 4} s)"
    return None


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


# --------------------------------------------------------------------------- pages


def collect_pages(store: StateStore, report: RunReport) -> None:
    """Alerts still to page join the report (those of an earlier run that was killed
    before it exited 3 with them): the run exits 3 and, once it has said so
    (`store.mark_paged(report.pages)`), they are paged. At least once, never lost."""
    mine = {_identity(a.to_dict()) for a in report.alerts}
    for seq, alert in store.alerts_to_page():
        report.pages.append(seq)
        if _identity(alert.to_dict()) not in mine:
            report.alerts.append(alert)
            report.notes.append(f"alert of an earlier run not paged yet (that run stopped before "
                                f"exiting {EXIT_SENDER_ALERT}): {alert.mailbox}: {alert.message}")


def _identity(alert: dict[str, object]) -> tuple[object, ...]:
    return tuple(alert[k] for k in ("mailbox", "kind", "reason", "message_id", "at"))
