"""Every run leaves its trace, whatever its exit: the summary on stdout, the metrics file
(with `bounce_sync_last_run_exit_status`) and the run stored in the state store with its
error. A run that failed is where monitoring most needs to look, and cron mails only what
the run says.

    with traced(settings, mode="run", metrics_file=path) as trace:
        cfg = trace.load()
        store = trace.open_store(cfg)
        run_once(..., report=trace.report, confirm_pages=False)

The block fills `trace.report` (handed to the worker, so what the stages counted before a
failure is kept). However the block ends, `traced` says it and raises `Exit` with the
worst status of the run's parts. Alerts are marked paged only after the run has said it
exits 3 with them (sync/health.py: at least once), as the process's very last act.
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Iterator
from typing import Any

import click

from sync import config as config_mod
from sync import logs, metrics
from sync.cli.app import Exit, Settings, failure, load, log, open_configured_store, say_failure, utcnow
from sync.cli.output import echo
from sync.health import collect_pages
from sync.errors import StateError
from sync.report import EXIT_SENDER_ALERT, RunReport


class RunTrace:
    """What a traced run has opened so far (its config, its store) and its report."""

    def __init__(self, settings: Settings, report: RunReport) -> None:
        self.settings, self.report = settings, report
        self.cfg: config_mod.Config | None = None
        self.store: Any = None

    def load(self) -> config_mod.Config:
        """The config (kept, so a failure later is recorded in its state store)."""
        self.cfg = load(self.settings)
        return self.cfg

    def open_store(self, cfg: config_mod.Config) -> Any:
        """The state store, closed when the trace ends."""
        self.store = open_configured_store(cfg)
        return self.store

    def close(self) -> None:
        """Close the store if the trace opened it; a failing close never hides the command's own
        outcome."""
        if self.store is not None:
            with contextlib.suppress(Exception):
                self.store.close()
            self.store = None


@contextlib.contextmanager
def traced(settings: Settings, *, mode: str, dry_run: bool = False,
           metrics_file: str | None = None) -> Iterator[RunTrace]:
    """Run the block as one traced run (module docstring); always ends by raising Exit."""
    trace = RunTrace(settings, RunReport(started_at=utcnow(), mode=mode, dry_run=dry_run))
    report = trace.report
    failed: BaseException | None = None  # a run that ran to its end was saved by the worker
    try:
        yield trace
    except Exit as busy:  # another run holds the lock: not a run of its own, nothing stored
        report.notes.append("another run is in progress; this one did nothing")
        report.error_status = busy.status
    except click.ClickException:
        trace.close()
        raise  # a usage error: main() shows it
    except (Exception, KeyboardInterrupt) as exc:
        report.error = failure(exc)[2]
        report.error_status = say_failure(exc)
        failed = exc
    if report.finished_at is None:
        report.finished_at = utcnow()
    if failed is not None and not dry_run:
        # A store that failed already is said once: a second line would bury the first.
        _record_failure(trace, quiet=isinstance(failed, StateError))
    status = report.exit_status()
    _say(trace, status, metrics_file, completed=failed is None)
    if status == EXIT_SENDER_ALERT and report.pages and not dry_run and trace.store is not None:
        # Marked as the process's last act (sync/cli/app.py `_end`): nothing between the
        # mark and the exit status cron sees for a kill to fall into.
        raise Exit(status, last=lambda: _mark_paged(trace))
    trace.close()
    raise Exit(status)


def _say(trace: RunTrace, status: int, metrics_file: str | None, *, completed: bool) -> None:
    """The metrics file, then the summary: both whatever happened before."""
    report = trace.report
    data = report.to_dict()
    if metrics_file:
        try:
            metrics.publish(metrics_file, exit_status=status, now=utcnow(), report=report,
                            completed=completed)
        except OSError as exc:
            log.error("cannot write the metrics file %s (%s); fix: make its folder writable "
                      "for the user that runs bounce-sync", metrics_file, exc.strerror)
    if trace.settings.json:
        echo(json.dumps({"event": "summary", **data}, default=str, ensure_ascii=False), json_line=True)
    else:
        for line in report.summary_lines():
            echo(line)


def _record_failure(trace: RunTrace, *, quiet: bool) -> None:
    """Store the failed run with its error (on a fresh connection: the run's own may be
    what failed), with the outbox's counts and the alerts still to page. Best effort: a
    store that cannot be opened was said already."""
    trace.close()
    report = trace.report
    store = None
    try:
        store = _fresh_store(trace)
        if store is None:
            return
        trace.store = store
        counts = store.outbox_counts()
        report.waiting = counts["waiting"] + counts["leased"]
        report.failed_waiting = counts["failed"]
        collect_pages(store, report)
        store.save_report(report)
    except Exception as exc:  # noqa: BLE001 - the error that stopped the run was said
        log.log(logging.DEBUG if quiet else logging.WARNING,
                "this run could not be recorded in the state store: %s", logs.describe(exc))


def _fresh_store(trace: RunTrace) -> Any:
    from sync.store import open_store

    if trace.cfg is not None:
        return open_store(trace.cfg.state_url_text(), base_dir=trace.cfg.base_dir)
    state = config_mod.state_only(trace.settings.config_path)
    if state is None:
        return None
    url, base_dir, secrets = state
    logs.register_secrets(secrets)
    return open_store(url, base_dir=base_dir)


def _mark_paged(trace: RunTrace) -> None:
    """The run has said it exits 3 with these alerts: they are paged. The store is not
    closed after: what is committed is kept, and a close (SQLite's checkpoint) would only
    widen the window before the exit."""
    try:
        trace.store.mark_paged(trace.report.pages, now=utcnow())
    except Exception as exc:  # noqa: BLE001 - they page again next run: at least once
        log.warning("could not mark the alerts paged (%s); the next run pages them again",
                    logs.describe(exc))
