"""The worker's entry points: one run of each kind (`run`, `watch`, `backfill`, `retry`,
`reclassify`), each the same session (sync/session.py: report, run lock, leases) around a
different choice of stages:

    mail stage (sync/mail_stage.py: read -> classify -> look up -> plan -> record)
    -> drain the outbox into the CRM in applies of whole batches (sync/outbox.py)
    -> watch bounced contacts whose address changed (sync/watcher.py) -> drain again

Safe to kill anywhere: every stage records in transactions of its own (a page, an outbox
batch, a watcher page) and repeats harmlessly; applying is at-least-once into an idempotent
CRM. The worker decides no policy: the planner does (sync/planner/, ARCHITECTURE.md).

API notes for sync-shell (changes are announced here):
- run_lock() is re-entrant per store; the functions below take it themselves (except dry
  runs), so holding it in the CLI too is fine.
- retry_failed/reclassify accept an optional `policy` (defaults to Policy()); reclassify
  needs `crm` (matching and applying) and accepts `dry_run`.
- RunReport gained counters `cleared`, `flagged`, `duplicates`, the flag `work_left`, and
  `mode`/`dry_run`; `Alert` lives in sync.report.
- Optional connector abilities are declared (sync/ports.py): a MailSource with
  `sent_count(since=)` (`CountsSent`) feeds the bounce-rate alert; without it (or None:
  cannot tell) the rate alert only fires by `bounce_count_alert`. It is asked at most once
  per mailbox per run, and only when a page brings new recipient hard bounces: never on an
  idle run. A source declaring `ACCEPTS_SINCE` (`ReadsSince`) gets `since` on a scan.
- Alerts page once (README, exit statuses): `store.alert_memory` tells a page whether the
  mailbox's bounce-rate alert is open and where counting starts (after an ack), and which
  relay alerts (sync/planner/relay.py: our relay does not resolve) are open, which are not
  raised again and hold a lone bounce naming their host; another sender alert is raised
  once per mailbox and reason per run. `store.ack_alerts`/`open_alerts`
  back `bounce-sync alerts`.
- A dry run carries what each page saw to the next (`sync.session.DryCarry`), since it
  records nothing.
- Leases that hold (sync/leases.py): each entry point that reads mail or watches runs a
  `LeaseKeeper` that renews the worker's leases in the background and is confirmed before
  every CRM call and page fetch; pages, cursors and outbox rows are recorded only under the
  lease's fencing token. `watch_changes` and `outbox.drain` accept `keeper=` (optional:
  they make their own).
- Batch floor: lookups are pooled across pages and mailboxes (POOL_ADDRESSES addresses or
  POOL_PAGES pages' messages), applies carry outbox.APPLY_CONTACTS contacts; a connector may
  declare `BATCH_SIZE` (`Batched`: records per batch call) and gets multiples of it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime

from sync.health import collect_pages
from sync.known_bad import check_known_bad
from sync.mail_page import Mailbox, classification_dict
from sync.mail_stage import read_mailboxes, reclassify_stored
from sync.outbox import ApplyTally, drain
from sync.policy import Policy
from sync.ports import CrmConnector
from sync.report import RunReport
from sync.session import Limits, Session, default_worker_id, open_session
from sync.store import StateStore
from sync.watcher import watch_changes

__all__ = ["MAX_PAGES", "POOL_ADDRESSES", "POOL_PAGES", "Mailbox", "backfill",
           "classification_dict", "default_worker_id", "reclassify", "retry_failed", "run_once",
           "watch_once"]

_LOG = logging.getLogger("bounce_sync.worker")
# The run's sizes, read when a run starts (tests and benchmarks change them here):
MAX_PAGES = 100_000  # per mailbox per run: a source whose cursor never advances must not spin
# Lookups are pooled across pages and mailboxes up to this many addresses (a multiple of the
# connector's declared BATCH_SIZE, if any: whole batches) or POOL_PAGES pages' worth of messages.
POOL_ADDRESSES = 1000
POOL_PAGES = 10
_RECLASSIFY_PAGE = 200  # stored messages per reclassified page


def _limits(page: int) -> Limits:
    return Limits(page=page, pool_addresses=POOL_ADDRESSES, pool_pages=POOL_PAGES,
                  max_pages=MAX_PAGES)


def run_once(*, mailboxes: Sequence[Mailbox], crm: CrmConnector, store: StateStore,
             policy: Policy, clock: Callable[[], datetime], dry_run: bool = False,
             worker_id: str | None = None, batch_limit: int = 200,
             log: logging.Logger | None = None, report: RunReport | None = None,
             confirm_pages: bool = True) -> RunReport:
    """One pass, what cron runs: every mailbox's new mail, the outbox, then the watcher
    (and the outbox again, for the watcher's actions)."""
    with open_session(mode="run", crm=crm, store=store, policy=policy, clock=clock,
                      log=log or _LOG, dry_run=dry_run, worker_id=worker_id,
                      limits=_limits(batch_limit), report=report) as run:
        read_mailboxes(mailboxes, run)
        _apply(run)
        _watch(run)
        _apply(run)
        return _finish(run, confirm_pages=confirm_pages)


def watch_once(*, crm: CrmConnector, store: StateStore, policy: Policy,
               clock: Callable[[], datetime], dry_run: bool = False,
               log: logging.Logger | None = None, worker_id: str | None = None,
               report: RunReport | None = None, confirm_pages: bool = True) -> RunReport:
    """Only the watcher (and the outbox, so its actions are applied): re-enrolls fixed
    addresses without reading any mailbox."""
    with open_session(mode="watch", crm=crm, store=store, policy=policy, clock=clock,
                      log=log or _LOG, dry_run=dry_run, worker_id=worker_id,
                      report=report) as run:
        _watch(run)
        _apply(run)
        return _finish(run, confirm_pages=confirm_pages)


def backfill(*, mailboxes: Sequence[Mailbox], crm: CrmConnector, store: StateStore,
             policy: Policy, clock: Callable[[], datetime], since: datetime,
             progress: Callable[[int], None] | None = None, log: logging.Logger | None = None,
             worker_id: str | None = None, batch_limit: int = 200,
             report: RunReport | None = None, confirm_pages: bool = True) -> RunReport:
    """Old mail from `since` on, by a full scan that leaves the mailbox cursors alone
    (messages already in the ledger are skipped), then the outbox: for a mailbox with
    history when bounce-sync is first installed."""
    with open_session(mode="backfill", crm=crm, store=store, policy=policy, clock=clock,
                      log=log or _LOG, worker_id=worker_id, limits=_limits(batch_limit),
                      report=report) as run:
        read_mailboxes(mailboxes, run, since=since, progress=progress)
        _apply(run)
        return _finish(run, confirm_pages=confirm_pages)


def retry_failed(*, crm: CrmConnector, store: StateStore, clock: Callable[[], datetime],
                 log: logging.Logger | None = None, policy: Policy | None = None,
                 worker_id: str | None = None, report: RunReport | None = None,
                 confirm_pages: bool = True) -> RunReport:
    """Failed outbox rows back to waiting (fresh attempt count), then apply: run after a
    person fixed what made them fail (a CRM field, a permission)."""
    with open_session(mode="retry", crm=crm, store=store, policy=policy or Policy(),
                      clock=clock, log=log or _LOG, worker_id=worker_id, leases=False,
                      report=report) as run:
        n = store.retry_failed(crm=crm.name)
        run.report.notes.append(f"{n} failed action(s) queued again")
        _apply(run)
        return _finish(run, confirm_pages=confirm_pages)


def reclassify(*, store: StateStore, crm: CrmConnector, clock: Callable[[], datetime],
               policy: Policy | None = None, log: logging.Logger | None = None,
               dry_run: bool = False, worker_id: str | None = None,
               report: RunReport | None = None, confirm_pages: bool = True,
               mailboxes: Sequence[Mailbox] = ()) -> RunReport:
    """Messages recorded as unclassifiable, classified again (after a classifier
    upgrade); those that now classify are matched, planned and applied like new mail.
    `mailboxes` (the configured ones) answer the sent lookup their bounces need to be
    trusted; a message of a mailbox not given is judged as from a source that cannot tell."""
    with open_session(mode="reclassify", crm=crm, store=store, policy=policy or Policy(),
                      clock=clock, log=log or _LOG, dry_run=dry_run, worker_id=worker_id,
                      limits=_limits(_RECLASSIFY_PAGE), leases=False, report=report) as run:
        # Without stored bytes (a source handed over something that was not mail) there is
        # nothing to classify again; those stay recorded as they are.
        pending = [e for e in store.unclassifiable() if e.raw]
        reclassify_stored(pending, run, {m.name: m for m in mailboxes})
        still = run.report.unclassifiable
        run.report.notes.append(f"{len(pending)} unclassifiable message(s) tried again, "
                                f"{len(pending) - still} now classified")
        _apply(run)
        return _finish(run, confirm_pages=confirm_pages)


# --------------------------------------------------------------------------- stages


def _watch(run: Session) -> None:
    watch_changes(crm=run.crm, store=run.store, policy=run.policy, clock=run.clock,
                  report=run.report, owner=run.owner, dry_run=run.dry_run, log=run.log,
                  keeper=run.keeper)
    # Contacts that got a known-bad address (edit, creation, import): after the watcher,
    # so a resend it just planned has forgiven its address first.
    check_known_bad(crm=run.crm, store=run.store, policy=run.policy, clock=run.clock,
                    report=run.report, owner=run.owner, dry_run=run.dry_run, log=run.log,
                    keeper=run.keeper)


def _apply(run: Session) -> None:
    """Drain the outbox into the CRM and count what was applied (nothing in a dry run)."""
    if run.dry_run:
        return
    report = run.report
    tally: ApplyTally = drain(store=run.store, crm=run.crm, owner=run.owner, clock=run.clock,
                              max_attempts=run.policy.max_attempts,
                              lease_seconds=run.policy.lease_seconds, log=run.log,
                              keeper=run.keeper)
    report.add_applied(tally)


def _finish(run: Session, *, confirm_pages: bool) -> RunReport:
    """The outbox's waiting and failed counts and the end time on the report, saved for
    `status` (except a dry run's, which records nothing). Alerts still to page join it
    (sync/health.py); `confirm_pages` marks them paged now, for a caller that hands the
    report on as it gets it; the CLI marks them itself once it has exited 3 with them."""
    report = run.report
    counts = run.store.outbox_counts(crm=run.crm.name)
    report.waiting = counts["waiting"] + counts["leased"]
    report.failed_waiting = counts["failed"]
    report.finished_at = run.clock()
    if not run.dry_run:
        collect_pages(run.store, report)
        run.store.save_report(report)
        if confirm_pages and report.pages:
            run.store.mark_paged(report.pages, now=run.clock())
    return report
