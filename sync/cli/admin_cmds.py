"""The admin's commands around the worker: `setup` (install the CRM fields), `check` (prove
every setting, change nothing), `status` (what the state store knows) and `connectors`
(what is installed). Each failed item names the setting or step that fixes it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

import click

from connectors import registry
from sync import config as config_mod
from sync import logs
from sync.cli.app import (
    EXIT_CONFIG, EXIT_OK, EXIT_WORK_LEFT, SIMPLE_EXIT_HELP, Exit, cli, common, debugging, load,
    log, start_command, state_store, utcnow,
)
from sync.cli.output import emit, item_dict, item_lines, jsonable, safe_url
from sync.errors import ConfigError, Retryable, StateError, SyncError
from sync.ports import CheckItem

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
    settings = start_command(config_path, log_format, debug)
    cfg = load(settings)
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
    emit(settings, [line for i in items for line in item_lines(i, None if i.ok else fix)]
          + [f"{verdict} (exit status {status})"],
          {"event": "setup", "dry_run": dry_run, "ok": ok, "exit_status": status,
           "items": [item_dict(i, None if i.ok else fix) for i in items]})
    raise Exit(status)


@cli.command(short_help="Prove config, state, mailboxes and CRM; change nothing.")
@common
def check(config_path, log_format, debug) -> None:
    """Prove the config, the state store, each mailbox and the CRM. Changes nothing.

    Prints one line per item, `ok` or `FAIL`; under each FAIL, a `fix:` line names the
    setting (table and key in the config file) or the step that fixes it. Ends with the
    count and the exit status: 0 when every check passed, 2 when any failed, 1 when only
    outages failed (the state database or an API not answering: try again). A config file
    that does not load fails before any check, with the key and the fix (exit status 2).
    """
    settings = start_command(config_path, log_format, debug)
    cfg = load(settings)
    items: list[tuple[CheckItem, str | None]] = [(CheckItem(name="config", ok=True, detail=str(cfg.path)), None)]

    transient: set[str] = set()  # failed items that are outages (the next run may pass)

    def probe(label: str, fix: str, func: Callable[[], Sequence[CheckItem]]) -> None:
        try:
            found = list(func())
        except SyncError as exc:
            found = [CheckItem(name="", ok=False, detail=logs.describe(exc))]
            if isinstance(exc, Retryable) or (isinstance(exc, StateError) and exc.transient):
                transient.add(label)
        except Exception as exc:  # a bug in one check must not hide the others
            log.error("check %s: internal error", label, exc_info=debugging())
            found = [CheckItem(name="", ok=False, detail=f"internal error: {logs.describe(exc)} "
                               "(run again with --debug for the traceback)")]
        for i in found:
            name = f"{label}: {i.name}" if i.name else label
            items.append((CheckItem(name=name, ok=i.ok, detail=i.detail), None if i.ok else fix))

    def state_check() -> Sequence[CheckItem]:
        with state_store(cfg) as store:
            store.status(utcnow())
        return [CheckItem(name="reachable", ok=True, detail=safe_url(cfg))]

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
    # PostgreSQL (or an API) not answering is transient here as in `run`: 1, not 2.
    person = sum(not i.ok and i.name not in transient for i, _ in items)
    status = EXIT_CONFIG if person else EXIT_WORK_LEFT if failed else EXIT_OK
    verdict = (f"all {len(items)} checks passed" if not failed
               else f"{failed} of {len(items)} checks failed")
    emit(settings, [line for i, fix in items for line in item_lines(i, fix)]
          + [f"{verdict} (exit status {status})"],
          {"event": "check", "ok": not failed, "exit_status": status,
           "items": [item_dict(i, fix) for i, fix in items]})
    raise Exit(status)


@cli.command(epilog=SIMPLE_EXIT_HELP, short_help="Cursors, last runs, alerts, outbox, bounces by reason.")
@common
@click.option("--failed", "show_failed", is_flag=True,
              help="Also list the CRM actions that failed for good: contact, action, error.")
@click.option("--unmatched", "show_unmatched", is_flag=True,
              help="Also list the bounced addresses no CRM contact held: address, mailbox, date.")
def status(config_path, log_format, debug, show_failed, show_unmatched) -> None:
    """What happened and what is waiting, from the state store alone (no mailbox or CRM is
    contacted): per mailbox when it was last read, its last run and error, its pause and
    open alerts; the CRM actions waiting and failed; bounces over 7 and 30 days, hard and
    soft and by reason, counted as `report` counts them; the last run. --failed and
    --unmatched list the items behind those counts."""
    from sync.insight import status_text, tally

    settings = start_command(config_path, log_format, debug)
    cfg = load(settings)
    now = utcnow()
    with state_store(cfg) as store:
        data = store.status(now)
        # Counted as `report` counts them: one rule (sync/insight/tally.py)
        data.update(tally.status_figures(
            store.bounces_since(now - timedelta(days=max(tally.STATUS_WINDOWS))), now=now))
        _leases_in_words(data, store, now=now, seconds=cfg.policy.lease_seconds)
        failed = store.failed_actions() if show_failed else None
        unmatched = store.unmatched_bounces() if show_unmatched else None
    data = jsonable(data)
    human = status_text.status_lines(data, now=now)
    extra: dict[str, object] = {}
    if failed is not None:
        human += ["", *status_text.failed_lines(failed)]
        extra["failed_actions"] = status_text.item_dicts(failed)
    if unmatched is not None:
        human += ["", *status_text.unmatched_lines(unmatched)]
        extra["unmatched_bounces"] = status_text.item_dicts(unmatched)
    emit(settings, human, {"event": "status", **data, **extra})


def _leases_in_words(data: dict[str, Any], store: Any, *, now: datetime, seconds: int) -> None:
    """A dead worker's lease is visible in `status` (sync/health.py `holder_gone`): each lease
    held says whether its holder looks gone, and leases left expired without being released
    (the holder stopped renewing them and no run has taken them over yet) are listed."""
    from sync.health import holder_gone

    gone = {h.name: holder_gone(h, now=now, seconds=seconds) for h in store.held_leases(now=now)}
    for lease in data["leases"]:
        lease["holder_gone"] = gone.get(lease["name"])
    data["expired_leases"] = [{"name": n, "owner": o}
                              for n, o in store.health(now)["expired_leases"].items()]


@cli.command(epilog=SIMPLE_EXIT_HELP, short_help="List installed connectors and whether each loads.")
@common
def connectors(config_path, log_format, debug) -> None:
    """List the installed mail sources and CRM connectors (entry points) and whether each
    one imports. One that does not is a warning here, and an error only when the config
    names it. Needs no config file."""
    settings = start_command(config_path, log_format, debug)
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
    emit(settings, human, {"event": "connectors", "connectors": rows})

