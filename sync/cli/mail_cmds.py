"""The commands that process mail or apply actions, what cron runs: `run`, `watch`,
`backfill`, `retry`, `reclassify`. Each builds the connectors from the config, takes the run
lock and hands over to one entry point of sync/worker.py, inside a trace (sync/cli/trace.py)
that turns the report into the summary, the metrics file and the exit status however the
run ends.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

import click

from sync import config as config_mod
from sync.cli.app import (
    EXIT_STATUSES_HELP, build_mailboxes, cli, common, log, prepare_local_crm, run_lock,
    start_command, utcnow, worker_id,
)
from sync.cli.output import progress_bar
from sync.cli.trace import traced

_DRY_RUN_HELP = ("Read and classify as usual, print the CRM actions it would take, and change "
                 "nothing: no CRM write, no cursor, outbox or alert saved.")
_METRICS_HELP = ("Also write the run's figures to PATH in the Prometheus text format (for "
                 "node_exporter's textfile collector); replaced atomically on every run.")


@cli.command(epilog=EXIT_STATUSES_HELP, short_help="One pass for cron: read mail, mark, unenroll, re-enroll.")
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
    monitoring can act on. A mailbox that fails is named (with its `mailboxes[i]` key and
    the fix) and the rest of the run goes on; the summary, the metrics file and the stored
    run are written however the run ends."""
    settings = start_command(config_path, log_format, debug, metrics_file=metrics_file)
    with traced(settings, mode="run", dry_run=dry_run, metrics_file=metrics_file) as trace:
        cfg = trace.load()
        from sync.worker import run_once
        crm = config_mod.build_crm(cfg)
        mailboxes = build_mailboxes(cfg, mailbox_names)
        store = trace.open_store(cfg)
        with run_lock(store, dry_run=dry_run):
            prepare_local_crm(cfg, crm, dry_run=dry_run)
            run_once(mailboxes=mailboxes, crm=crm, store=store, policy=cfg.policy, clock=utcnow,
                     dry_run=dry_run, worker_id=worker_id(), batch_limit=batch_limit, log=log,
                     report=trace.report, confirm_pages=False)


@cli.command(epilog=EXIT_STATUSES_HELP, short_help="Only re-enroll the contacts whose address was fixed.")
@common
@click.option("--dry-run", is_flag=True, help=_DRY_RUN_HELP)
@click.option("--metrics-file", metavar="PATH", help=_METRICS_HELP)
def watch(config_path, log_format, debug, dry_run, metrics_file) -> None:
    """Only the watcher (part of every `run`): bounced contacts whose address was edited are
    cleared and re-enrolled from step one (or flagged, with policy reenroll = "flag"). Reads
    no mail."""
    settings = start_command(config_path, log_format, debug, metrics_file=metrics_file)
    with traced(settings, mode="watch", dry_run=dry_run, metrics_file=metrics_file) as trace:
        cfg = trace.load()
        from sync.worker import watch_once
        crm = config_mod.build_crm(cfg)
        store = trace.open_store(cfg)
        with run_lock(store, dry_run=dry_run):
            prepare_local_crm(cfg, crm, dry_run=dry_run)
            watch_once(crm=crm, store=store, policy=cfg.policy, clock=utcnow, dry_run=dry_run,
                       log=log, worker_id=worker_id(), report=trace.report, confirm_pages=False)



@cli.command(epilog=EXIT_STATUSES_HELP, short_help="Process old bounces from a date on.")
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
    settings = start_command(config_path, log_format, debug, metrics_file=metrics_file)
    start = _parse_date(since)
    with traced(settings, mode="backfill", metrics_file=metrics_file) as trace:
        cfg = trace.load()
        from sync.worker import backfill as backfill_run
        crm = config_mod.build_crm(cfg)
        mailboxes = build_mailboxes(cfg, mailbox_names)
        store = trace.open_store(cfg)
        with run_lock(store), progress_bar(settings) as progress:
            prepare_local_crm(cfg, crm, dry_run=False)
            backfill_run(mailboxes=mailboxes, crm=crm, store=store, policy=cfg.policy,
                         clock=utcnow, since=start, progress=progress, log=log,
                         worker_id=worker_id(), report=trace.report, confirm_pages=False)


@cli.command(epilog=EXIT_STATUSES_HELP, short_help="Re-queue and apply the outbox actions that failed.")
@common
def retry(config_path, log_format, debug) -> None:
    """Put the outbox actions that failed for good (`status` lists them) back in the queue
    and apply them now: run it after fixing what made them fail, such as a CRM field or a
    permission."""
    settings = start_command(config_path, log_format, debug)
    with traced(settings, mode="retry") as trace:
        cfg = trace.load()
        from sync.worker import retry_failed
        crm = config_mod.build_crm(cfg)
        store = trace.open_store(cfg)
        with run_lock(store):
            retry_failed(crm=crm, store=store, clock=utcnow, log=log, policy=cfg.policy,
                         worker_id=worker_id(), report=trace.report, confirm_pages=False)


@cli.command(epilog=EXIT_STATUSES_HELP, short_help="Classify the unclassifiable messages again.")
@common
@click.option("--dry-run", is_flag=True, help=_DRY_RUN_HELP)
def reclassify(config_path, log_format, debug, dry_run) -> None:
    """Classify again the messages recorded as unclassifiable (kept in the state store), e.g.
    after upgrading bounce-sync, and act on the bounces found among them."""
    settings = start_command(config_path, log_format, debug)
    with traced(settings, mode="reclassify", dry_run=dry_run) as trace:
        cfg = trace.load()
        from sync.worker import reclassify as reclassify_run

        crm = config_mod.build_crm(cfg)
        store = trace.open_store(cfg)
        with run_lock(store, dry_run=dry_run):
            reclassify_run(store=store, crm=crm, clock=utcnow, policy=cfg.policy, log=log,
                           dry_run=dry_run, worker_id=worker_id(), report=trace.report,
                           confirm_pages=False, mailboxes=build_mailboxes(cfg, ()))



# --------------------------------------------------------------------------- helpers


def _parse_date(text: str) -> datetime:
    """--since: a day is UTC midnight; a date-time without a zone is taken as UTC."""
    try:
        day = date.fromisoformat(text)
    except ValueError:
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            raise click.BadParameter(f"{text!r} is not a date; write YYYY-MM-DD", param_hint="--since") from None
        return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
    return datetime(day.year, day.month, day.day, tzinfo=timezone.utc)

