"""The `bounce-sync` command: parses flags, loads the config, builds connectors, calls the
worker and prints what happened. It holds no business logic (STYLE rule 9).

Exit statuses (the contract with cron and monitoring):
  0  all done
  1  work left for the next run (waiting or failed outbox items, a quota, a transient error,
     another run holding the lock)
  2  config or credentials: a person must fix a setting
  3  a sender-side alert: the sending mailbox is blocked or bouncing too much
"""

from __future__ import annotations

import contextlib
import itertools
import json
import logging
import os
import re
import socket
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime, timezone
from typing import Any

import click

from connectors import registry
from sync import config as config_mod
from sync import logs, metrics
from sync.errors import AuthError, ConfigError, Permanent, Retryable, SyncError

EXIT_OK, EXIT_WORK_LEFT, EXIT_CONFIG, EXIT_SENDER_ALERT = 0, 1, 2, 3

# Shown under the help of every command that processes mail or applies actions (click keeps
# lines after \b as written). README "Exit statuses" says the same in more words.
_EXIT_STATUSES = """\b
Exit statuses:
  0  all done
  1  work left for the next run: outbox actions still waiting or failed in
     this run, a quota spent, a transient API error, or another run holding
     the lock; cron simply runs again
  2  a person must fix a setting: the config, a missing secret, a revoked
     token, a missing CRM field (run `setup`); the message names the key
     and the fix
  3  a sender-side alert: a sending mailbox is blocked, rate-limited or
     bouncing too much; contacts were not touched for it
"""
_SIMPLE_EXIT = """\b
Exit statuses: 0 done; 2 a setting to fix (the message names the key and
the fix); 1 a transient error or a bug (the message says which).
"""

log = logging.getLogger(logs.LOGGER_NAME)
_current: Settings | None = None  # the running command's options, for main()'s error handling


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Exit(Exception):
    """Leave with this status after the message was already said."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


# --------------------------------------------------------------------------- shared options


class Settings:
    """What every command's common options say, kept on the click context."""

    def __init__(self, config_path: str | None, log_format: str, debug: bool) -> None:
        self.config_path = config_path
        self.log_format = log_format
        self.debug = debug
        self.json = logs.resolve_format(log_format, sys.stderr) == "json"


def common(func: Callable[..., Any]) -> Callable[..., Any]:
    """--config, --log-format and --debug on every command (cron lines read naturally:
    `bounce-sync run --config /etc/bounce-sync.toml`)."""
    func = click.option("--debug", is_flag=True,
                        help="Also log the libraries' debug messages and tracebacks.")(func)
    func = click.option("--log-format", type=click.Choice(["auto", "human", "json"]), default="auto",
                        show_default=True,
                        help="Logs go to stderr, results to stdout; auto: human lines on a terminal, "
                             "JSON lines (one object per line) otherwise.")(func)
    func = click.option("--config", "-c", "config_path", metavar="FILE", default=None,
                        help=f"Config file [default: ${config_mod.ENV_CONFIG} or ./{config_mod.DEFAULT_PATH}].")(func)
    return func


def _settings(config_path: str | None, log_format: str, debug: bool) -> Settings:
    global _current
    settings = _current = Settings(config_path, log_format, debug)
    logs.setup(log_format, debug=debug)
    return settings


def _load(settings: Settings) -> config_mod.Config:
    cfg = config_mod.load(settings.config_path)
    logs.register_secrets(cfg.secrets)
    return cfg


def _echo(text: str = "", *, err: bool = False) -> None:
    click.echo(logs.redact(text), err=err)


def _emit(settings: Settings, human: Sequence[str], data: dict[str, Any]) -> None:
    """The result of a command on stdout: lines for people, one JSON object otherwise."""
    if settings.json:
        _echo(json.dumps(data, default=str, ensure_ascii=False))
    else:
        for line in human:
            _echo(line)


@contextlib.contextmanager
def _store(cfg: config_mod.Config) -> Iterator[Any]:
    from sync.store import open_store

    store = open_store(cfg.state_url_text(), base_dir=cfg.base_dir)
    try:
        yield store
    finally:
        store.close()


@contextlib.contextmanager
def _lock(store: Any, *, dry_run: bool = False) -> Iterator[None]:
    """Two runs on one state never work at once; the second leaves quietly with status 1.
    (The worker takes the same re-entrant lock itself; taking it here first turns "held"
    into the quiet exit cron wants. A dry run writes nothing and need not wait.)"""
    if dry_run:
        yield
        return
    with contextlib.ExitStack() as stack:
        try:
            stack.enter_context(store.run_lock())
        except Permanent as exc:
            log.warning("another run is in progress; this one does nothing (%s)", exc)
            raise Exit(EXIT_WORK_LEFT) from None
        yield


def _finish(settings: Settings, report: Any, *, metrics_file: str | None = None) -> None:
    status = report.exit_status()
    if metrics_file:
        metrics.write(metrics_file, metrics.render(report.to_dict(), exit_status=status))
    if settings.json:
        _echo(json.dumps({"event": "summary", **report.to_dict()}, default=str, ensure_ascii=False))
    else:
        for line in report.summary_lines():
            _echo(line)
    raise Exit(status)


def _mailboxes(cfg: config_mod.Config, only: Sequence[str]) -> list[Any]:
    from sync.worker import Mailbox

    return [Mailbox(name=m.name, source=source, paused=m.paused)
            for m, source in config_mod.build_sources(cfg, only=only)]


def _prepare_local_crm(cfg: config_mod.Config, crm: Any, *, dry_run: bool) -> None:
    """The local CRM needs no admin: its first run creates the database and imports the
    contacts, so the quick start is one command. Other CRMs need `bounce-sync setup`."""
    if cfg.crm.connector != "local" or dry_run:
        return
    if all(item.ok for item in crm.check()):
        return
    for item in crm.setup(dry_run=False):
        (log.info if item.ok else log.warning)("setup: %s%s", item.name, f": {item.detail}" if item.detail else "")


# --------------------------------------------------------------------------- commands


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
             epilog="""\b
First time:   bounce-sync setup -c FILE    (install the CRM fields)
              bounce-sync check -c FILE    (prove credentials, scopes, fields)
Then cron:    bounce-sync run -c FILE --metrics-file PATH    (every few minutes)
Day to day:   bounce-sync status -c FILE;  bounce-sync alerts list -c FILE
`bounce-sync COMMAND --help` says more; `run --help` lists the exit statuses.
Every key of the config file: README.md, "Configuration reference".
""")
@click.version_option(package_name="bounce-sync")
def cli() -> None:
    """Read bounce messages from sending mailboxes, mark the CRM contacts that bounced,
    take them out of their sequences, and re-enroll them when their address is fixed."""


_DRY_RUN_HELP = ("Read and classify as usual, print the CRM actions it would take, and change "
                 "nothing: no CRM write, no cursor, outbox or alert saved.")
_METRICS_HELP = ("Also write the run's figures to PATH in the Prometheus text format (for "
                 "node_exporter's textfile collector); replaced atomically on every run.")


@cli.command(epilog=_EXIT_STATUSES, short_help="One pass for cron: read mail, mark, unenroll, re-enroll.")
@common
@click.option("--dry-run", is_flag=True, help=_DRY_RUN_HELP)
@click.option("--mailbox", "mailbox_names", multiple=True, metavar="NAME",
              help="Read only this mailbox (its `name` in the config; repeatable). The watcher "
                   "still runs for every contact.")
@click.option("--metrics-file", metavar="PATH", help=_METRICS_HELP)
@click.option("--batch-limit", type=click.IntRange(1, 10000), default=200, show_default=True,
              help="Messages per page. A run reads page after page until each mailbox is caught "
                   "up and saves the cursor after each page, so a killed run repeats at most one "
                   "page.")
def run(config_path, log_format, debug, dry_run, mailbox_names, metrics_file, batch_limit) -> None:
    """One pass, for cron: read each mailbox's new mail, classify it, find the contacts that
    bounced, mark them and take them out of their sequences; then re-enroll the bounced
    contacts whose address was fixed. Prints a summary (stdout) and exits with a status
    monitoring can act on."""
    settings = _settings(config_path, log_format, debug)
    cfg = _load(settings)
    from sync.worker import run_once
    crm = config_mod.build_crm(cfg)
    mailboxes = _mailboxes(cfg, mailbox_names)
    with _store(cfg) as store, _lock(store, dry_run=dry_run):
        _prepare_local_crm(cfg, crm, dry_run=dry_run)
        report = run_once(mailboxes=mailboxes, crm=crm, store=store, policy=cfg.policy, clock=_utcnow,
                          dry_run=dry_run, worker_id=_worker_id(), batch_limit=batch_limit, log=log)
    _finish(settings, report, metrics_file=metrics_file)


@cli.command(epilog=_EXIT_STATUSES, short_help="Only re-enroll the contacts whose address was fixed.")
@common
@click.option("--dry-run", is_flag=True, help=_DRY_RUN_HELP)
@click.option("--metrics-file", metavar="PATH", help=_METRICS_HELP)
def watch(config_path, log_format, debug, dry_run, metrics_file) -> None:
    """Only the watcher (part of every `run`): bounced contacts whose address was edited are
    cleared and re-enrolled from step one (or flagged, with policy reenroll = "flag"). Reads
    no mail."""
    settings = _settings(config_path, log_format, debug)
    cfg = _load(settings)
    from sync.worker import watch_once
    crm = config_mod.build_crm(cfg)
    with _store(cfg) as store, _lock(store, dry_run=dry_run):
        _prepare_local_crm(cfg, crm, dry_run=dry_run)
        report = watch_once(crm=crm, store=store, policy=cfg.policy, clock=_utcnow, dry_run=dry_run,
                            log=log, worker_id=_worker_id())
    _finish(settings, report, metrics_file=metrics_file)


@cli.command(short_help="Install the CRM fields (and what unenrolling needs).")
@common
@click.option("--dry-run", is_flag=True, help="Say what would be installed; change nothing.")
def setup(config_path, log_format, debug, dry_run) -> None:
    """Install what the CRM needs: custom fields or properties, and what unenrolling needs
    (HubSpot: the workflow; local CRM: the database and the CSV import). Safe to run again:
    what exists is left as it is.

    Prints one line per item, `ok` or `FAIL`, then the exit status: 0 when every item is in
    place (or, with --dry-run, could be), 2 when one failed (the line says what to do).
    """
    settings = _settings(config_path, log_format, debug)
    cfg = _load(settings)
    crm = config_mod.build_crm(cfg)
    items = list(crm.setup(dry_run=dry_run))
    ok = all(i.ok for i in items)
    status = EXIT_OK if ok else EXIT_CONFIG
    fix = (f"the [crm] table in {cfg.path}; "
           + _CRM_GUIDE.get(cfg.crm.connector, "see the connector's documentation"))
    failed = sum(not i.ok for i in items)
    if dry_run:
        verdict = ("dry run: nothing was changed; `bounce-sync setup` (without --dry-run) does the above"
                   if ok else f"dry run: nothing was changed; {failed} item(s) cannot be set up as configured")
    else:
        verdict = "setup complete" if ok else f"setup incomplete: {failed} item(s) failed"
    _emit(settings, [line for i in items for line in _item_lines(i, None if i.ok else fix)]
          + [f"{verdict} (exit status {status})"],
          {"event": "setup", "dry_run": dry_run, "ok": ok, "exit_status": status,
           "items": [_item_dict(i, None if i.ok else fix) for i in items]})
    raise Exit(status)


@cli.command(short_help="Prove config, state, mailboxes and CRM; change nothing.")
@common
def check(config_path, log_format, debug) -> None:
    """Prove the config, the state store, each mailbox and the CRM. Changes nothing.

    Prints one line per item, `ok` or `FAIL`; under each FAIL, a `fix:` line names the
    setting (table and key in the config file) or the step that fixes it. Ends with the
    count and the exit status: 0 when every check passed, 2 when any failed. A config file
    that does not load fails before any check, with the key and the fix (exit status 2).
    """
    from connectors.base import CheckItem

    settings = _settings(config_path, log_format, debug)
    cfg = _load(settings)
    items: list[tuple[CheckItem, str | None]] = [(CheckItem(name="config", ok=True, detail=str(cfg.path)), None)]

    def probe(label: str, fix: str, func: Callable[[], Sequence[CheckItem]]) -> None:
        try:
            found = list(func())
        except SyncError as exc:
            found = [CheckItem(name="", ok=False, detail=logs.describe(exc))]
        except Exception as exc:  # a bug in one check must not hide the others
            log.error("check %s: internal error", label, exc_info=_debugging())
            found = [CheckItem(name="", ok=False, detail=f"internal error: {logs.describe(exc)} "
                               "(run again with --debug for the traceback)")]
        for i in found:
            name = f"{label}: {i.name}" if i.name else label
            items.append((CheckItem(name=name, ok=i.ok, detail=i.detail), None if i.ok else fix))

    def state_check() -> Sequence[CheckItem]:
        with _store(cfg) as store:
            store.status(_utcnow())
        return [CheckItem(name="reachable", ok=True, detail=_safe_url(cfg))]

    probe("state", f"[state] url in {cfg.path}: a SQLite file's folder must exist and be writable; "
          "a PostgreSQL URL must reach a running server the worker's user may log in to", state_check)
    for mailbox in cfg.mailboxes:
        probe(f"mailbox {mailbox.name}",
              f"the [[mailboxes]] table with name = \"{mailbox.name}\" ({mailbox.key}) in {cfg.path}"
              + (f"; {_SOURCE_GUIDE[mailbox.source]}" if mailbox.source in _SOURCE_GUIDE else ""),
              lambda m=mailbox: config_mod.build_sources(cfg, only=[m.name])[0][1].check())
    probe(f"crm {cfg.crm.connector}",
          f"the [crm] table in {cfg.path}; "
          + _CRM_GUIDE.get(cfg.crm.connector, "see the connector's documentation"),
          lambda: config_mod.build_crm(cfg).check())
    failed = sum(not i.ok for i, _ in items)
    status = EXIT_OK if not failed else EXIT_CONFIG
    verdict = (f"all {len(items)} checks passed" if not failed
               else f"{failed} of {len(items)} checks failed")
    _emit(settings, [line for i, fix in items for line in _item_lines(i, fix)]
          + [f"{verdict} (exit status {status})"],
          {"event": "check", "ok": not failed, "exit_status": status,
           "items": [_item_dict(i, fix) for i, fix in items]})
    raise Exit(status)


@cli.command(epilog=_SIMPLE_EXIT, short_help="Cursors, last runs, alerts, outbox, bounces by reason.")
@common
def status(config_path, log_format, debug) -> None:
    """What happened and what is waiting, from the state store alone (no mailbox or CRM is
    contacted): per mailbox its cursor age, last run, last error and pause; open alerts; the
    outbox (waiting and failed actions); bounces by reason over 7 and 30 days."""
    settings = _settings(config_path, log_format, debug)
    cfg = _load(settings)
    with _store(cfg) as store:
        data = store.status(_utcnow())
    _emit(settings, list(_tree_lines(data)), {"event": "status", **_jsonable(data)})


@cli.command(epilog=_EXIT_STATUSES, short_help="Process old bounces from a date on.")
@common
@click.option("--since", required=True, metavar="DATE",
              help="Read mail received on or after DATE: YYYY-MM-DD (UTC midnight) or an ISO "
                   "date-time such as 2026-01-31T09:00+01:00.")
@click.option("--mailbox", "mailbox_names", multiple=True, metavar="NAME",
              help="Only this mailbox (its `name` in the config; repeatable).")
@click.option("--metrics-file", metavar="PATH", help=_METRICS_HELP)
def backfill(config_path, log_format, debug, since, mailbox_names, metrics_file) -> None:
    """Process old bounces from --since on, e.g. after installing bounce-sync on a mailbox
    with history. Messages already processed are skipped; the mailbox cursors that `run`
    uses are left alone. Shows a progress bar on a terminal."""
    settings = _settings(config_path, log_format, debug)
    start = _parse_date(since)
    cfg = _load(settings)
    from sync.worker import backfill as backfill_run
    crm = config_mod.build_crm(cfg)
    mailboxes = _mailboxes(cfg, mailbox_names)
    with _store(cfg) as store, _lock(store), _progress(settings) as progress:
        _prepare_local_crm(cfg, crm, dry_run=False)
        report = backfill_run(mailboxes=mailboxes, crm=crm, store=store, policy=cfg.policy,
                              clock=_utcnow, since=start, progress=progress, log=log,
                              worker_id=_worker_id())
    _finish(settings, report, metrics_file=metrics_file)


@cli.command(epilog=_EXIT_STATUSES, short_help="Re-queue and apply the outbox actions that failed.")
@common
def retry(config_path, log_format, debug) -> None:
    """Put the outbox actions that failed for good (`status` lists them) back in the queue
    and apply them now: run it after fixing what made them fail, such as a CRM field or a
    permission."""
    settings = _settings(config_path, log_format, debug)
    cfg = _load(settings)
    from sync.worker import retry_failed
    crm = config_mod.build_crm(cfg)
    with _store(cfg) as store, _lock(store):
        report = retry_failed(crm=crm, store=store, clock=_utcnow, log=log, policy=cfg.policy,
                              worker_id=_worker_id())
    _finish(settings, report)


@cli.command(epilog=_EXIT_STATUSES, short_help="Classify the unclassifiable messages again.")
@common
@click.option("--dry-run", is_flag=True, help=_DRY_RUN_HELP)
def reclassify(config_path, log_format, debug, dry_run) -> None:
    """Classify again the messages recorded as unclassifiable (kept in the state store), e.g.
    after upgrading bounce-sync, and act on the bounces found among them."""
    settings = _settings(config_path, log_format, debug)
    cfg = _load(settings)
    from sync.worker import reclassify as reclassify_run

    crm = config_mod.build_crm(cfg)
    with _store(cfg) as store, _lock(store, dry_run=dry_run):
        report = reclassify_run(store=store, crm=crm, clock=_utcnow, policy=cfg.policy, log=log,
                                dry_run=dry_run, worker_id=_worker_id())
    _finish(settings, report)


@cli.command(epilog=_SIMPLE_EXIT, short_help="List installed connectors and whether each loads.")
@common
def connectors(config_path, log_format, debug) -> None:
    """List the installed mail sources and CRM connectors (entry points) and whether each
    one imports. One that does not is a warning here, and an error only when the config
    names it. Needs no config file."""
    settings = _settings(config_path, log_format, debug)
    rows = []
    for group, label in ((registry.MAIL_SOURCES, "mail sources"), (registry.CRM_CONNECTORS, "CRM connectors")):
        for name in registry.available(group):
            try:
                registry.load(group, name)
                rows.append({"group": group, "kind": label, "name": name, "loads": True, "error": None})
            except ConfigError as exc:
                log.warning("connector %s (%s) does not load: %s", name, label, exc.problem)
                rows.append({"group": group, "kind": label, "name": name, "loads": False, "error": exc.problem})
    human = []
    for label in ("mail sources", "CRM connectors"):
        human.append(f"{label}:")
        human.extend(f"  {r['name']:<12} {'ok' if r['loads'] else 'FAILS: ' + r['error']}"
                     for r in rows if r["kind"] == label)
    _emit(settings, human, {"event": "connectors", "connectors": rows})


@cli.group(short_help="List and acknowledge open alerts.")
def alerts() -> None:
    """Open alerts (a sending mailbox blocked or bouncing too much): list them, acknowledge
    them. An alert stays open until acknowledged; `run` exits 3 only when it raises one."""


def _alert_line(alert: Any) -> str:
    return (f"{alert.at.isoformat()} {alert.mailbox} {alert.kind}"
            f"{'' if alert.kind == 'bounce_rate' else ' ' + alert.reason}: {alert.message}")


@alerts.command("list")
@common
@click.option("--mailbox", "mailbox_names", multiple=True, metavar="NAME", help="Only this mailbox (repeatable).")
def alerts_list(config_path, log_format, debug, mailbox_names) -> None:
    """Alerts no one acknowledged yet, newest first. Exit status 0."""
    settings = _settings(config_path, log_format, debug)
    cfg = _load(settings)
    with _store(cfg) as store:
        found = [a for a in store.open_alerts() if not mailbox_names or a.mailbox in mailbox_names]
    _emit(settings, [_alert_line(a) for a in found] + [f"{len(found)} open alert(s)"],
          {"event": "alerts", "open": [a.to_dict() for a in found]})


@alerts.command("ack", short_help="Acknowledge open alerts once a person has looked.")
@common
@click.option("--mailbox", "mailbox_names", multiple=True, metavar="NAME",
              help="Only this mailbox's alerts (repeatable); default: every mailbox.")
@click.option("--kind", type=click.Choice(["sender", "bounce_rate"]), help="Only alerts of this kind.")
def alerts_ack(config_path, log_format, debug, mailbox_names, kind) -> None:
    """Acknowledge open alerts once a person has looked: they leave `status` and `alerts
    list`, and the bounce rate counts again from now. A mailbox paused by policy stays paused
    until `bounce-sync mailbox resume NAME`. Exit status 0."""
    settings = _settings(config_path, log_format, debug)
    cfg = _load(settings)
    with _store(cfg) as store:
        n = store.ack_alerts(now=_utcnow(), mailboxes=list(mailbox_names), kind=kind)
    _emit(settings, [f"{n} alert(s) acknowledged"],
          {"event": "alerts_acked", "acknowledged": n, "mailboxes": list(mailbox_names), "kind": kind})


@cli.group("mailbox", short_help="Resume a mailbox paused by policy.")
def mailbox_group() -> None:
    """A mailbox's state in the state store (a pause by policy)."""


@mailbox_group.command("resume", short_help="Read a mailbox paused by policy again.")
@common
@click.argument("name")
def mailbox_resume(config_path, log_format, debug, name) -> None:
    """Read mailbox NAME again after policy `pause_mailbox_on_sender_alert` paused it. (A
    mailbox paused with `paused = true` in the config file is resumed by editing the file.)"""
    settings = _settings(config_path, log_format, debug)
    cfg = _load(settings)
    configured = [m.name for m in cfg.mailboxes]
    if name not in configured:
        raise ConfigError("mailboxes[].name", f"no mailbox named {name!r} in {cfg.path}",
                          f"use one of: {', '.join(configured) or '(none configured)'}")
    with _store(cfg) as store:
        was = store.mailbox_paused(name)
        if was:
            store.set_paused(name, None)
    paused_in_config = any(m.name == name and m.paused for m in cfg.mailboxes)
    human = [f"mailbox {name}: resumed (was paused: {was}); the next run reads it" if was
             else f"mailbox {name}: was not paused by policy; nothing to do"]
    if paused_in_config:
        human.append(f"note: mailbox {name} is still paused in the config file (paused = true)")
    _emit(settings, human, {"event": "mailbox_resumed", "mailbox": name, "was_paused": was,
                            "paused_in_config": paused_in_config})


@cli.command("gmail-auth", short_help="Authorize a Gmail mailbox once (OAuth consent).")
@click.option("--client-secrets", required=True, type=click.Path(exists=True, dir_okay=False),
              help="The OAuth client JSON (type Desktop app) downloaded from Google Cloud.")
@click.option("--token-file", required=True, type=click.Path(dir_okay=False),
              help="Where to store the authorized-user JSON (mode 600); reference it as the "
                   "mailbox's `credentials`.")
@click.option("--modify", is_flag=True, help="Ask for gmail.modify (needed by `label_processed`).")
@click.option("--log-format", type=click.Choice(["auto", "human", "json"]), default="auto",
              show_default=True, help="auto: human lines on a terminal, JSON lines otherwise.")
@click.option("--debug", is_flag=True, help="Also log the libraries' debug messages and tracebacks.")
def gmail_auth(client_secrets, token_file, modify, log_format, debug) -> None:
    """Run Google's consent flow in a browser once per Gmail mailbox (signed in as that
    mailbox) and store its refresh token. Needs no config file; see README "Gmail setup"."""
    settings = _settings(None, log_format, debug)
    from connectors.gmail import authorize

    path = authorize(client_secrets, token_file, modify=modify)
    _emit(settings, [f"stored {path}; in the mailbox's table write credentials = \"{path}\""],
          {"event": "gmail_auth", "token_file": str(path)})


@cli.group(short_help="See and edit the local CRM's contacts.")
def contacts() -> None:
    """Look at and edit the local CRM's contacts, as a CRM user would (crm.connector =
    "local" only; other CRMs have their own screens)."""


def _local_crm(settings: Settings) -> Any:
    cfg = _load(settings)
    if cfg.crm.connector != "local":
        raise ConfigError("crm.connector", f"`contacts` works on the local CRM only, not {cfg.crm.connector!r}",
                          "use your CRM's own screens, or point --config at a local-CRM config")
    crm = config_mod.build_crm(cfg)
    _prepare_local_crm(cfg, crm, dry_run=False)
    return crm


def _user_error(exc: ValueError) -> Exit:
    log.error("%s", exc)
    return Exit(EXIT_CONFIG)


@contacts.command("list", short_help="Contacts with their bounce status and sequences.")
@common
@click.option("--bounced", "only_bounced", is_flag=True, help="Only contacts with any bounce status.")
@click.option("--status", type=click.Choice(["bounced", "soft_bounced", "resend", "refused", "none"]),
              help="Only contacts with this bounce status (none: contacts without one).")
def contacts_list(config_path, log_format, debug, only_bounced, status) -> None:
    """Contacts with their bounce status, reason and active sequences."""
    settings = _settings(config_path, log_format, debug)
    crm = _local_crm(settings)
    try:
        rows = crm.list_contacts(status)
    except ValueError as exc:
        raise _user_error(exc) from None
    if only_bounced:
        rows = [r for r in rows if r.get("status")]
    human = []
    for r in rows:
        seqs = ", ".join(f"{s['name']} (step {s['step']})" for s in r.get("sequences") or ()) or "no active sequence"
        line = f"{r['email'] or '-':<32} {r.get('status') or 'ok':<13} {seqs}"
        if r.get("status"):
            line += f"\n{'':<33}{r.get('reason') or ''}; bounced {r.get('bounced_address') or ''} on {r.get('bounced_at') or '-'}"
            if r.get("note"):
                line += f"; {r['note']}"
        human.append(line)
    human.append(f"{len(rows)} contacts")
    _emit(settings, human, {"event": "contacts", "contacts": rows})


@contacts.command("edit", short_help="Change a contact's primary address.")
@common
@click.argument("contact")
@click.option("--email", "new_email", required=True, metavar="ADDRESS", help="The new primary address.")
def contacts_edit(config_path, log_format, debug, contact, new_email) -> None:
    """Change the primary address of CONTACT (its email or id); the next `run` clears the
    bounce and re-enrolls it, or refuses an address known to bounce."""
    settings = _settings(config_path, log_format, debug)
    crm = _local_crm(settings)
    try:
        crm.edit_email(contact, new_email)
    except ValueError as exc:
        raise _user_error(exc) from None
    _emit(settings, [f"{contact}: email is now {new_email}; the next `bounce-sync run` re-enrolls it"],
          {"event": "contact_edited", "contact": contact, "email": new_email})


@contacts.command("resend", short_help="Email a bounced contact's same address again.")
@common
@click.argument("contact")
def contacts_resend(config_path, log_format, debug, contact) -> None:
    """Ask for CONTACT's (email or id) same address to be emailed again: the next `run`
    clears its bounce and re-enrolls it."""
    settings = _settings(config_path, log_format, debug)
    crm = _local_crm(settings)
    try:
        crm.request_resend(contact)
    except ValueError as exc:
        raise _user_error(exc) from None
    _emit(settings, [f"{contact}: marked for resend; the next `bounce-sync run` re-enrolls it"],
          {"event": "contact_resend", "contact": contact})


# --------------------------------------------------------------------------- helpers


def _worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def _parse_date(text: str) -> datetime:
    try:
        day = date.fromisoformat(text)
    except ValueError:
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            raise click.BadParameter(f"{text!r} is not a date; write YYYY-MM-DD", param_hint="--since") from None
        return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
    return datetime(day.year, day.month, day.day, tzinfo=timezone.utc)


@contextlib.contextmanager
def _progress(settings: Settings) -> Iterator[Callable[[int], None] | None]:
    """A click progress bar on a terminal (the total is unknown: it counts messages)."""
    if settings.json or not sys.stderr.isatty():
        yield None
        return
    with click.progressbar(itertools.count(), label="backfill", show_pos=True, file=sys.stderr) as bar:
        seen = 0

        def progress(done: int) -> None:
            nonlocal seen
            if done > seen:
                bar.update(done - seen)
                seen = done

        yield progress


# Where an admin fixes a failed check or setup item, beyond the item's own words.
_SOURCE_GUIDE = {
    "gmail": "README \"Gmail setup\": credentials (run `bounce-sync gmail-auth`), the gmail.readonly "
             "scope, delegation for a service account",
    "maildir": "path must be a Maildir or a folder of .eml files readable by the worker's user",
    "mbox": "path must be an mbox file readable by the worker's user",
}
_CRM_GUIDE = {
    "hubspot": "README \"HubSpot setup\": the private app's token (access_token) and scopes; "
               "missing properties or workflow: run `bounce-sync setup`",
    "salesforce": "README \"Salesforce setup\": auth and its keys, the connected app, the integration "
                  "user's permissions; missing fields: run `bounce-sync setup`",
    "local": "path (the SQLite file); a missing or old database: run `bounce-sync setup`",
}


# A failure that is the network's, not a setting's (the connectors' and libraries' wording).
_UNREACHABLE = re.compile(r"(?i)connection (refused|reset|aborted)|NewConnectionError|timed? ?out|"
                          r"name or service not known|temporary failure in name resolution|no answer|"
                          r"gave up|server error|\b50[234]\b")


def _fix_for(item: Any, fix: str | None) -> str | None:
    if item.ok or not fix:
        return None
    if _UNREACHABLE.search(item.detail or ""):
        return ("the service did not answer (network, firewall, proxy or an outage): check that this "
                f"host can reach it and run `bounce-sync check` again; otherwise: {fix}")
    return fix


def _item_lines(item: Any, fix: str | None) -> list[str]:
    """`ok   name: detail` or `FAIL name: detail`, and under a failure the fix."""
    lines = [f"{'ok  ' if item.ok else 'FAIL'} {item.name}{': ' + item.detail if item.detail else ''}"]
    fix = _fix_for(item, fix)
    if fix:
        lines.append(f"     fix: {fix}")
    return lines


def _item_dict(item: Any, fix: str | None = None) -> dict[str, Any]:
    return {"name": item.name, "ok": item.ok, "detail": item.detail, "fix": _fix_for(item, fix)}


def _safe_url(cfg: config_mod.Config) -> str:
    text = cfg.state_url_text()
    return logs.redact(text) if not isinstance(cfg.state_url, str) else text


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, datetime):
        return value.isoformat()
    if hasattr(value, "to_dict"):
        return _jsonable(value.to_dict())
    if hasattr(value, "value") and not isinstance(value, (str, int, float)):
        return value.value
    return value


def _tree_lines(value: Any, indent: int = 0) -> Iterator[str]:
    """A nested status dict as indented `key: value` lines."""
    pad = "  " * indent
    value = _jsonable(value)
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, (dict, list)) and item:
                yield f"{pad}{key}:"
                yield from _tree_lines(item, indent + 1)
            else:
                yield f"{pad}{key}: {_scalar(item)}"
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, dict):
                first, *rest = list(_tree_lines(item, indent + 1)) or [""]
                yield f"{pad}- {first.strip()}"
                yield from rest
            else:
                yield f"{pad}- {_scalar(item)}"
    else:
        yield f"{pad}{_scalar(value)}"


def _scalar(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, (dict, list)):
        return "none"
    return str(value)


# The classifier's own commands (sync/classify_cmd.py, the classifier engineer's module).
from sync.classify_cmd import classify as _classify_cmd, evaluate as _evaluate_cmd  # noqa: E402

cli.add_command(_classify_cmd)
cli.add_command(_evaluate_cmd)


# --------------------------------------------------------------------------- entry point


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; every failure ends as one line and a documented exit status."""
    try:
        cli.main(args=list(argv) if argv is not None else None, prog_name="bounce-sync",
                 standalone_mode=False)
        status = EXIT_OK
    except Exit as done:
        status = done.status
    except click.exceptions.Abort:
        _echo("aborted", err=True)
        status = EXIT_WORK_LEFT
    except click.ClickException as exc:
        exc.show()
        status = EXIT_CONFIG  # a usage error is a config error for cron: a person must fix the line
    except (ConfigError, AuthError) as exc:
        log.error("%s", logs.describe(exc), exc_info=_debugging())
        status = EXIT_CONFIG
    except Retryable as exc:
        log.warning("%s; the next run continues", logs.describe(exc), exc_info=_debugging())
        status = EXIT_WORK_LEFT
    except Permanent as exc:
        log.error("%s", logs.describe(exc), exc_info=_debugging())
        status = EXIT_CONFIG
    except SyncError as exc:
        log.error("%s", logs.describe(exc), exc_info=_debugging())
        status = EXIT_WORK_LEFT
    except KeyboardInterrupt:
        _echo("interrupted; the next run continues where this one stopped", err=True)
        status = EXIT_WORK_LEFT
    except Exception as exc:  # a bug: say it in one line; --debug shows the traceback
        log.critical("internal error: %s (run again with --debug for the traceback)",
                     logs.describe(exc), exc_info=_debugging())
        status = EXIT_WORK_LEFT
    return status


def _debugging() -> bool:
    return bool(_current and _current.debug)


if __name__ == "__main__":
    sys.exit(main())
