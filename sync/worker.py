"""The worker: wires sources, classifier, CRM lookups, planner, state store and outbox.

    fetch page -> drop ledger duplicates -> classify each message -> pool pages (across
    pages and mailboxes) until the pool fills whole CRM batches -> ONE crm.find_contacts over
    the pool -> per page: plan -> ONE state transaction (ledger + history + outbox + cursor)
    ... every mailbox ... -> drain the outbox into the CRM in applies of whole batches
    (outbox.full_batches) -> watch bounced contacts -> drain.

Safe to kill anywhere: a page either committed whole (ledger, outbox and cursor together)
or not at all, and is then fetched again; ledger dedupe, deterministic action keys and
`ON CONFLICT DO NOTHING` make the repeat harmless (a kill repeats the pool's unrecorded
pages). Applying is at-least-once into an idempotent CRM.

API notes for sync-shell (changes are announced here):
- run_lock() is re-entrant per store; the functions below take it themselves (except dry
  runs), so holding it in the CLI too is fine.
- retry_failed/reclassify accept an optional `policy` (defaults to Policy()); reclassify
  needs `crm` (matching and applying) and accepts `dry_run`.
- RunReport gained counters `cleared`, `flagged`, `duplicates`, the flag `work_left`, and
  `mode`/`dry_run`; `Alert` lives in sync.report.
- A MailSource may offer `sent_count(since: datetime) -> int | None` (optional) for the
  bounce-rate alert; without it (or None: cannot tell) the rate alert only fires by
  `bounce_count_alert`. It is asked at most once per mailbox per run, and only when a page
  brings new recipient hard bounces: never on an idle run.
- Alerts page once (README, exit statuses): `store.alert_memory` tells a page whether the
  mailbox's bounce-rate alert is open and where counting starts (after an ack); a sender
  alert is raised once per mailbox and reason per run. `store.ack_alerts`/`open_alerts`
  back `bounce-sync alerts`.
- A dry run carries what each page saw to the next (`_DryCarry`), since it records nothing.
- Leases that hold (sync/leases.py): each entry point runs a `LeaseKeeper` that renews the
  worker's leases in the background and is confirmed before every CRM call and page fetch;
  pages, cursors and outbox rows are recorded only under the lease's fencing token.
  `watch_changes` and `outbox.drain` accept `keeper=` (optional: they make their own).
- Batch floor: lookups are pooled across pages and mailboxes (POOL_ADDRESSES addresses or
  POOL_PAGES pages' messages), applies carry outbox.APPLY_CONTACTS contacts; a connector may
  declare `BATCH_SIZE` (records per batch call) and gets multiples of it. Mailboxes are
  claimed one at a time as the pool needs more pages, so workers still share them.
"""

from __future__ import annotations

import contextlib
import inspect
import logging
import os
import socket
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from email.parser import BytesHeaderParser
from email.utils import parseaddr
from typing import Any

from classifier.records import Classification, Scope
from connectors.base import CrmConnector, MailSource
from sync.errors import CursorExpired, Retryable, SyncError
from sync.leases import Fence, LeaseKeeper, LeaseLost
from sync.outbox import ApplyTally, drain, full_batches
from sync.planner import MessageSeen, PastBounce, PlannerState, plan
from sync.policy import Policy
from sync.records import Contact, MailBatch, RawMessage
from sync.report import RunReport
from sync.store import LedgerEntry, StateStore
from sync.watcher import watch_changes

_LOG = logging.getLogger("bounce_sync.worker")
MAX_PAGES = 100_000  # per mailbox per run: a source whose cursor never advances must not spin
# Lookups are pooled across pages and mailboxes up to this many addresses (a multiple of the
# connector's declared BATCH_SIZE, if any: whole batches) or POOL_PAGES pages' worth of messages.
POOL_ADDRESSES = 1000
POOL_PAGES = 10


@dataclass(frozen=True, slots=True, kw_only=True)
class Mailbox:
    name: str
    source: MailSource
    paused: bool = False  # paused in the config (a pause by policy lives in the store)


def default_worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


# --------------------------------------------------------------------------- entry points


def run_once(*, mailboxes: Sequence[Mailbox], crm: CrmConnector, store: StateStore,
             policy: Policy, clock: Callable[[], datetime], dry_run: bool = False,
             worker_id: str | None = None, batch_limit: int = 200,
             log: logging.Logger | None = None) -> RunReport:
    """One pass: every mailbox's new mail, the outbox, then the watcher."""
    log = log or _LOG
    owner = worker_id or default_worker_id()
    report = RunReport(started_at=clock(), mode="run", dry_run=dry_run)
    carry = _DryCarry() if dry_run else None
    with _locked(store, dry_run), _keeper(store, owner, policy, clock, log, dry_run) as keeper:
        _read_mailboxes(mailboxes, _Run(crm=crm, store=store, policy=policy, clock=clock,
                                        report=report, dry_run=dry_run, log=log, carry=carry,
                                        keeper=keeper),
                        owner=owner, limit=batch_limit)
        _apply(crm=crm, store=store, policy=policy, clock=clock, report=report, owner=owner,
               dry_run=dry_run, log=log, keeper=keeper)
        watch_changes(crm=crm, store=store, policy=policy, clock=clock, report=report,
                      owner=owner, dry_run=dry_run, log=log, keeper=keeper)
        _apply(crm=crm, store=store, policy=policy, clock=clock, report=report, owner=owner,
               dry_run=dry_run, log=log, keeper=keeper)
        return _finish(report, store=store, crm=crm, clock=clock, dry_run=dry_run)


def watch_once(*, crm: CrmConnector, store: StateStore, policy: Policy,
               clock: Callable[[], datetime], dry_run: bool = False,
               log: logging.Logger | None = None, worker_id: str | None = None) -> RunReport:
    """Only the watcher (and the outbox, so its actions are applied)."""
    log = log or _LOG
    owner = worker_id or default_worker_id()
    report = RunReport(started_at=clock(), mode="watch", dry_run=dry_run)
    with _locked(store, dry_run), _keeper(store, owner, policy, clock, log, dry_run) as keeper:
        watch_changes(crm=crm, store=store, policy=policy, clock=clock, report=report,
                      owner=owner, dry_run=dry_run, log=log, keeper=keeper)
        _apply(crm=crm, store=store, policy=policy, clock=clock, report=report, owner=owner,
               dry_run=dry_run, log=log, keeper=keeper)
        return _finish(report, store=store, crm=crm, clock=clock, dry_run=dry_run)


def backfill(*, mailboxes: Sequence[Mailbox], crm: CrmConnector, store: StateStore,
             policy: Policy, clock: Callable[[], datetime], since: datetime,
             progress: Callable[[int], None] | None = None, log: logging.Logger | None = None,
             worker_id: str | None = None, batch_limit: int = 200) -> RunReport:
    """Old mail from `since` on, by a full scan that leaves the mailbox cursors alone
    (messages already in the ledger are skipped), then the outbox."""
    log = log or _LOG
    owner = worker_id or default_worker_id()
    report = RunReport(started_at=clock(), mode="backfill")
    with _locked(store, False), _keeper(store, owner, policy, clock, log, False) as keeper:
        _read_mailboxes(mailboxes, _Run(crm=crm, store=store, policy=policy, clock=clock,
                                        report=report, dry_run=False, log=log, keeper=keeper),
                        owner=owner, limit=batch_limit, since=since, progress=progress)
        _apply(crm=crm, store=store, policy=policy, clock=clock, report=report, owner=owner,
               dry_run=False, log=log, keeper=keeper)
        return _finish(report, store=store, crm=crm, clock=clock, dry_run=False)


def retry_failed(*, crm: CrmConnector, store: StateStore, clock: Callable[[], datetime],
                 log: logging.Logger | None = None, policy: Policy | None = None,
                 worker_id: str | None = None) -> RunReport:
    """Failed outbox rows back to waiting (fresh attempt count), then apply."""
    log = log or _LOG
    policy = policy or Policy()
    report = RunReport(started_at=clock(), mode="retry")
    with _locked(store, False):
        n = store.retry_failed(crm=crm.name)
        report.notes.append(f"{n} failed action(s) queued again")
        _apply(crm=crm, store=store, policy=policy, clock=clock, report=report,
               owner=worker_id or default_worker_id(), dry_run=False, log=log)
        return _finish(report, store=store, crm=crm, clock=clock, dry_run=False)


def reclassify(*, store: StateStore, crm: CrmConnector, clock: Callable[[], datetime],
               policy: Policy | None = None, log: logging.Logger | None = None,
               dry_run: bool = False, worker_id: str | None = None) -> RunReport:
    """Messages recorded as unclassifiable, classified again (after a classifier
    upgrade); those that now classify are matched, planned and applied like new mail."""
    log = log or _LOG
    policy = policy or Policy()
    owner = worker_id or default_worker_id()
    report = RunReport(started_at=clock(), mode="reclassify", dry_run=dry_run)
    with _locked(store, dry_run):
        # Without stored bytes (a source handed over something that was not mail) there is
        # nothing to classify again; those stay recorded as they are.
        pending = [e for e in store.unclassifiable() if e.raw]
        run = _Run(crm=crm, store=store, policy=policy, clock=clock, report=report,
                   dry_run=dry_run, log=log, carry=_DryCarry() if dry_run else None)
        by_mailbox: dict[str, list[LedgerEntry]] = {}
        for entry in pending:
            by_mailbox.setdefault(entry.mailbox, []).append(entry)
        pool, looked_up = _pool_for(crm, 200), True
        for name, entries in by_mailbox.items():
            messages = [RawMessage(id=e.message_id, raw=e.raw or b"", received_at=e.received_at)
                        for e in entries]
            for i in range(0, len(messages), 200):
                if not looked_up:  # the lookup stopped: the rest stays unclassifiable for next time
                    break
                page = messages[i:i + 200]
                pool.add(_prepare_page(name, page, run, reader=None, fetched=len(page),
                                       cursor=None, save_cursor=False, reclassified=True))
                if pool.full:
                    looked_up = _flush(pool, run)
        if looked_up:
            _flush(pool, run)
        still = report.unclassifiable
        report.notes.append(f"{len(pending)} unclassifiable message(s) tried again, "
                            f"{len(pending) - still} now classified")
        _apply(crm=crm, store=store, policy=policy, clock=clock, report=report, owner=owner,
               dry_run=dry_run, log=log)
        return _finish(report, store=store, crm=crm, clock=clock, dry_run=dry_run)


# --------------------------------------------------------------------------- stages


@contextlib.contextmanager
def _keeper(store: StateStore, owner: str, policy: Policy, clock: Callable[[], datetime],
            log: logging.Logger, dry_run: bool) -> Iterator[LeaseKeeper | None]:
    """The run's leases (none for a dry run, which claims nothing)."""
    if dry_run:
        yield None
        return
    with LeaseKeeper(store, owner=owner, seconds=policy.lease_seconds, clock=clock, log=log) as keeper:
        yield keeper


@contextlib.contextmanager
def _locked(store: StateStore, dry_run: bool) -> Iterator[None]:
    if dry_run:  # a dry run writes nothing, so it need not wait for a real run
        yield
        return
    with store.run_lock():
        yield


@dataclass(slots=True, kw_only=True)
class _Run:
    """What every page of a run shares (the stages below take it instead of ten arguments)."""

    crm: CrmConnector
    store: StateStore
    policy: Policy
    clock: Callable[[], datetime]
    report: RunReport
    dry_run: bool
    log: logging.Logger
    carry: _DryCarry | None = None
    keeper: LeaseKeeper | None = None


class _Reader:
    """One claimed mailbox, read page by page into the lookup pool."""

    def __init__(self, mailbox: Mailbox, *, lease: str, fence: Fence | None, cursor: str | None,
                 since: datetime | None, sent: _SentCount, alerted: frozenset[str]) -> None:
        self.mailbox, self.name, self.lease, self.fence = mailbox, mailbox.name, lease, fence
        self.cursor = cursor  # where the next fetch starts
        self.since = since  # a backfill's start (pages keep only mail from then on)
        self.scan_since = since  # only the first call of a scan carries `since`
        self.sent, self.alerted = sent, alerted
        self.pages = 0
        self.done = False  # nothing more to fetch this run
        self.stopped = False  # its pages not yet recorded are not to be (lease lost, lookup failed)
        self.error: str | None = None  # for mark_mailbox_run


@dataclass(slots=True, kw_only=True)
class _Fresh:
    """A message new to the ledger, classified. The raw bytes are dropped once read (a pool
    holds many pages): kept only for an unclassifiable message, which the ledger stores to
    classify again later."""

    id: str
    received_at: datetime | None
    sent_by_mailbox: bool | None
    classification: Classification
    from_address: str | None  # ordinary mail's sender (a sign of life)
    raw: bytes | None = None


@dataclass(slots=True, kw_only=True)
class _Page:
    """A page classified and waiting in the pool for its contacts, then planned and recorded."""

    mailbox: str
    reader: _Reader | None  # None: reclassifying stored messages
    fetched: int  # messages the source handed over (progress)
    fresh: list[_Fresh]
    duplicates: int
    wanted: frozenset[str]  # recipient bounce addresses to look up in the CRM
    now: datetime  # when it was read: the time of a message that carries none
    cursor: str | None = None
    save_cursor: bool = False
    reclassified: bool = False


class _Pool:
    """Pages of one or more mailboxes waiting for ONE crm.find_contacts over the union of their
    addresses. Full when the addresses fill `target` (whole connector batches, so a lookup
    wastes at most one part-empty batch per pool) or the pages hold `max_messages` (memory
    stays flat however many mailboxes or pages a run reads)."""

    def __init__(self, *, target: int, max_messages: int) -> None:
        self.target, self.max_messages = target, max_messages
        self.pages: list[_Page] = []
        self.addresses: set[str] = set()
        self.messages = 0

    def add(self, page: _Page) -> None:
        self.pages.append(page)
        self.addresses |= page.wanted
        self.messages += page.fetched

    @property
    def full(self) -> bool:
        return len(self.addresses) >= self.target or self.messages >= self.max_messages

    def waiting(self, mailbox: str) -> bool:
        return any(p.mailbox == mailbox for p in self.pages)

    def take(self) -> list[_Page]:
        pages, self.pages, self.addresses, self.messages = self.pages, [], set(), 0
        return pages


def _pool_for(crm: CrmConnector, page_limit: int) -> _Pool:
    target = full_batches(crm, POOL_ADDRESSES)
    return _Pool(target=target, max_messages=max(POOL_PAGES * page_limit, target))


def _read_mailboxes(mailboxes: Sequence[Mailbox], run: _Run, *, owner: str, limit: int,
                    since: datetime | None = None,
                    progress: Callable[[int], None] | None = None) -> None:
    """Every mailbox's new mail, its CRM lookups pooled across pages and mailboxes.

    A mailbox is claimed (its lease) when the pool needs more pages, and read page by page;
    each page is classified and joins the pool; when the pool is full (or every mailbox is
    read) its addresses are looked up in ONE crm.find_contacts, then each page is planned and
    recorded in its own transaction, in the order read, as without pooling: a kill between
    them repeats only unrecorded pages (fetched again next run, duplicates dropped by the
    ledger). A mailbox's lease is released once its last pooled page is recorded."""
    if not run.dry_run and run.keeper is None:  # entry points pass theirs; a caller of its own gets one
        with LeaseKeeper(run.store, owner=owner, seconds=run.policy.lease_seconds, clock=run.clock,
                         log=run.log) as own:
            run.keeper = own
            try:
                _read_mailboxes(mailboxes, run, owner=owner, limit=limit, since=since,
                                progress=progress)
            finally:
                run.keeper = None
        return
    queue = list(mailboxes)
    pool = _pool_for(run.crm, limit)
    current: _Reader | None = None
    readers: list[_Reader] = []  # claimed, lease not yet released
    try:
        while queue or current is not None or pool.pages:
            while not pool.full and (queue or current is not None):
                if current is None:
                    current = _open_reader(queue.pop(0), run, since=since)
                    if current is not None:
                        readers.append(current)
                    continue
                if current.done:
                    current = None
                    continue
                page = _read_mailbox(current, run, limit=limit, readers=readers)
                if page is None:
                    continue
                if page.wanted or pool.waiting(page.mailbox):
                    pool.add(page)
                    continue
                try:  # nothing to look up and nothing of its mailbox before it: record it now
                    _process_page(page, [], run)
                except LeaseLost as exc:
                    _stop(current, run, str(exc))
                    continue
                if progress is not None:
                    progress(page.fetched)
            _flush(pool, run, readers=readers, progress=progress)
            for reader in [r for r in readers if r.done and not pool.waiting(r.name)]:
                readers.remove(reader)
                _close_reader(reader, run)
    finally:
        for reader in readers:
            _close_reader(reader, run)


def _open_reader(mailbox: Mailbox, run: _Run, *, since: datetime | None) -> _Reader | None:
    """Claim a mailbox for reading; None when paused or another worker reads it."""
    name, report, store = mailbox.name, run.report, run.store
    if mailbox.paused:
        report.notes.append(f"mailbox {name}: paused in the config, not read")
        return None
    paused = store.mailbox_paused(name)
    if paused:
        report.notes.append(f"mailbox {name}: paused ({paused}); not read until resumed")
        return None
    lease = f"mailbox:{name}"
    keeper = None if run.dry_run else run.keeper
    if keeper is not None and not keeper.claim(lease):
        report.notes.append(f"mailbox {name}: another worker is reading it")
        return None
    alerted, rate_since = store.alert_memory(name, now=run.clock(),
                                             rate_window_days=run.policy.bounce_rate_window_days)
    return _Reader(mailbox, lease=lease, fence=keeper.fence(lease) if keeper is not None else None,
                   cursor=None if since is not None else store.cursor(name), since=since,
                   sent=_SentCount(mailbox.source, rate_since, run.log, open_alert=bool(alerted)),
                   alerted=alerted)


def _close_reader(reader: _Reader, run: _Run) -> None:
    keeper = None if run.dry_run else run.keeper
    if keeper is None:
        return
    if not keeper.lost(reader.lease):
        try:
            run.store.mark_mailbox_run(reader.name, now=run.clock(), error=reader.error,
                                       fence=reader.fence)
        except LeaseLost:
            pass  # taken over at the last moment: the new owner records its own run
    keeper.release(reader.lease)


def _stop(reader: _Reader, run: _Run, why: str) -> None:
    """Another worker reads this mailbox now: nothing more of ours is recorded for it, and
    its lease is no longer renewed or confirmed (the release is fenced by our token, so it
    cannot touch the new owner's lease)."""
    reader.done = reader.stopped = True
    run.report.notes.append(f"mailbox {reader.name}: stopped: {why}")
    run.log.warning("mailbox %s: %s", reader.name, why)
    if run.keeper is not None:
        run.keeper.release(reader.lease)


def _confirm(run: _Run, readers: Sequence[_Reader], what: str) -> None:
    """keeper.confirm(), except that a mailbox lease found lost stops that mailbox alone (its
    pooled pages are dropped) and the others go on. Raises LeaseLost for any other lease."""
    if run.keeper is None:
        return
    while True:
        try:
            run.keeper.confirm(what)
            return
        except LeaseLost as exc:
            lost = [r for r in readers if not r.stopped and run.keeper.lost(r.lease)]
            if not lost:
                raise
            for reader in lost:
                _stop(reader, run, str(exc))


def _read_mailbox(reader: _Reader, run: _Run, *, limit: int,
                  readers: Sequence[_Reader]) -> _Page | None:
    """Fetch and classify the mailbox's next page; None when nothing was fetched (the mailbox
    is then done: drained, stopped by an error, or its lease lost)."""
    name, report, log = reader.name, run.report, run.log
    if reader.pages >= MAX_PAGES:
        reader.done = True
        report.work_left = True
        report.notes.append(f"mailbox {name}: stopped after {MAX_PAGES} pages")
        return None
    try:
        _confirm(run, readers, f"reading mailbox {name}")
        if reader.stopped:
            return None
        try:
            batch = _fetch(reader.mailbox.source, reader.cursor, limit=limit, since=reader.scan_since)
        except CursorExpired as exc:
            lookback = run.policy.lookback_days
            reader.scan_since = run.clock() - timedelta(days=lookback)
            report.notes.append(f"mailbox {name}: cursor expired ({exc}); re-scanning "
                                f"the last {lookback} days")
            log.warning("mailbox %s: cursor expired, bounded full scan", name)
            reader.cursor = None
            batch = _fetch(reader.mailbox.source, None, limit=limit, since=reader.scan_since)
    except Retryable as exc:
        reader.error, reader.done = str(exc), True
        report.work_left = True
        report.notes.append(f"mailbox {name}: stopped for this run: {exc}")
        log.warning("mailbox %s: stopped, work left for the next run: %s", name, exc)
        return None
    except LeaseLost as exc:
        if not reader.stopped:
            _stop(reader, run, str(exc))
        return None
    reader.scan_since = None
    reader.pages += 1
    reader.cursor = batch.cursor
    reader.done = not batch.more
    report.notes.extend(f"mailbox {name}: {n}" for n in batch.notes)
    messages = list(batch.messages)
    if reader.since is not None:
        messages = [m for m in messages if m.received_at is None or m.received_at >= reader.since]
    return _prepare_page(name, messages, run, reader=reader, fetched=len(batch.messages),
                         cursor=batch.cursor, save_cursor=reader.since is None)


def _prepare_page(mailbox: str, messages: Sequence[RawMessage], run: _Run, *,
                  reader: _Reader | None, fetched: int, cursor: str | None, save_cursor: bool,
                  reclassified: bool = False) -> _Page:
    """Drop ledger duplicates, classify the rest (oldest first), and collect the recipient
    bounce addresses the CRM lookup needs."""
    now = run.clock()
    seen = set() if reclassified else run.store.seen_messages(mailbox, [m.id for m in messages])
    fresh_raw = [m for m in messages if m.id not in seen]
    # Oldest first. The planner counts soft bounces by their dates whatever the order (pages
    # of a newest-first scan come newest first), but within a page the order still settles
    # ties, e.g. a reply and a bounce stamped with the same time.
    fresh_raw.sort(key=lambda m: m.received_at or now)
    run.report.duplicates += len(messages) - len(fresh_raw)
    if not reclassified:
        run.report.messages_scanned += len(fresh_raw)
    fresh = []
    for m in fresh_raw:
        c = _classify(m.raw)
        fresh.append(_Fresh(id=m.id, received_at=m.received_at, sent_by_mailbox=m.sent_by_mailbox,
                            classification=c,
                            from_address=None if c.deliveries or c.error else _from_address(m.raw),
                            raw=m.raw if c.error is not None else None))
    wanted = frozenset(d.address for f in fresh for d in f.classification.deliveries
                       if f.classification.is_bounce and f.classification.error is None
                       and d.reason.is_bounce and d.scope is Scope.RECIPIENT)
    return _Page(mailbox=mailbox, reader=reader, fetched=fetched, fresh=fresh,
                 duplicates=len(messages) - len(fresh), wanted=wanted, now=now, cursor=cursor,
                 save_cursor=save_cursor, reclassified=reclassified)


def _flush(pool: _Pool, run: _Run, *, readers: Sequence[_Reader] = (),
           progress: Callable[[int], None] | None = None) -> bool:
    """Look the pool's addresses up in one crm.find_contacts, then plan and record each page.
    False: the lookup hit a transient error; nothing of the pool was recorded (its mailboxes
    stop for this run and their pages are fetched again next run)."""
    pages = pool.take()
    if not pages:
        return True
    contacts = _look_up(pages, run, readers=readers)
    if contacts is None:
        return False
    for page in pages:
        reader = page.reader
        if reader is not None and reader.stopped:
            continue
        mine = [k for k in contacts if page.wanted.intersection(k.emails)]
        try:
            _process_page(page, mine, run)
        except LeaseLost as exc:
            if reader is None:
                raise
            _stop(reader, run, str(exc))
            continue
        if progress is not None:
            progress(page.fetched)
    return True


def _look_up(pages: Sequence[_Page], run: _Run, *,
             readers: Sequence[_Reader] = ()) -> list[Contact] | None:
    """ONE crm.find_contacts over the union of the pages' addresses (the connector chunks at
    its own batch size). None on a transient error: every pooled mailbox stops for this run."""
    _confirm(run, readers, f"looking up the contacts of {len(pages)} page(s)")
    live = [p for p in pages if p.reader is None or not p.reader.stopped]
    wanted = sorted(set().union(*(p.wanted for p in live)))
    if not wanted:
        return []
    try:
        return list(run.crm.find_contacts(wanted))
    except Retryable as exc:
        run.report.work_left = True
        for name in dict.fromkeys(p.mailbox for p in live):
            run.report.notes.append(f"mailbox {name}: contact lookup stopped: {exc}")
        for page in live:
            if page.reader is not None:
                page.reader.done = page.reader.stopped = True
        run.log.warning("contact lookup stopped, %d page(s) left for the next run: %s", len(live), exc)
        return None


def _process_page(page: _Page, contacts: Sequence[Contact], run: _Run) -> None:
    """Plan one page with its contacts and record it in ONE transaction (ledger, history,
    outbox, cursor), fenced by its mailbox's lease."""
    report, store, policy, crm, carry = run.report, run.store, run.policy, run.crm, run.carry
    reader, mailbox = page.reader, page.mailbox
    now = run.clock()
    observations = []
    for f in page.fresh:
        c = f.classification
        addresses = {d.address for d in c.deliveries}
        observations.append(MessageSeen(
            mailbox=mailbox, message_id=f.id, classification=c, at=f.received_at or page.now,
            contacts=tuple(k for k in contacts if addresses & set(k.emails)),
            sent_by_mailbox=f.sent_by_mailbox, from_address=f.from_address))
    earliest = min((o.at for o in observations), default=now)
    sent = reader.sent if reader is not None else None
    state = store.planner_state(
        crm=crm.name,
        addresses={a for o in observations for a in
                   ({d.address for d in o.classification.deliveries} | ({o.from_address} if o.from_address else set()))},
        contact_ids=[k.ref.id for k in contacts],
        since=earliest - timedelta(days=policy.soft_bounce_window_days), now=now,
        mailboxes=[mailbox], rate_window_days=policy.bounce_rate_window_days,
        sent_in_window={mailbox: sent() if sent is not None and _new_hard(page.fresh) else None},
        rate_since={mailbox: sent.since} if sent is not None else None)
    # Alerts page once (README, exit statuses): an open bounce-rate alert is not raised again,
    # and a sender alert is raised once per run per reason, whatever the number of pages.
    alerted = reader.alerted if reader is not None else frozenset()
    state = replace(state, alerted=state.alerted | alerted | {
        f"{a.mailbox}:{a.kind}" if a.kind == "bounce_rate" else f"{a.mailbox}:{a.kind}:{a.reason}"
        for a in report.alerts})
    if carry is not None:
        state = carry.onto(state)
    p = plan(observations, state, policy, now=now)
    if carry is not None and p.next_state is not None:
        carry.keep(state, p.next_state)
    entries = [_ledger_entry(mailbox, o, f, policy) for o, f in zip(observations, page.fresh)]
    for name, n in p.counts.items():
        if hasattr(report, name) and name not in ("waiting", "failed"):
            setattr(report, name, getattr(report, name) + n)
    report.alerts.extend(p.alerts)
    if run.dry_run:
        report.planned.extend(p.actions)
    else:
        new = store.record_page(crm=crm.name, entries=entries, plan=p, now=now, mailbox=mailbox,
                                cursor=page.cursor, save_cursor=page.save_cursor,
                                reclassified=page.reclassified,
                                fence=reader.fence if reader is not None else None)
        run.log.info("mailbox %s page: %d messages (%d new), %d actions queued", mailbox,
                     len(page.fresh) + page.duplicates, len(page.fresh), new)


def _apply(*, crm: CrmConnector, store: StateStore, policy: Policy, clock: Callable[[], datetime],
           report: RunReport, owner: str, dry_run: bool, log: logging.Logger,
           keeper: LeaseKeeper | None = None) -> None:
    if dry_run:
        return
    tally: ApplyTally = drain(store=store, crm=crm, owner=owner, clock=clock,
                              max_attempts=policy.max_attempts, lease_seconds=policy.lease_seconds,
                              log=log, keeper=keeper)
    report.contacts_marked += tally.done.get("MarkBounced", 0)
    report.unenrolled += tally.done.get("Unenroll", 0)
    report.reenrolled += tally.done.get("Reenroll", 0)
    report.cleared += tally.done.get("ClearBounce", 0)
    report.flagged += tally.done.get("Flag", 0)
    report.failed += tally.failed
    if tally.stopped:
        report.work_left = True
        report.notes.append(f"applying stopped for this run: {tally.stopped}")


def _finish(report: RunReport, *, store: StateStore, crm: CrmConnector,
            clock: Callable[[], datetime], dry_run: bool) -> RunReport:
    counts = store.outbox_counts(crm=crm.name)
    report.waiting = counts["waiting"] + counts["leased"]
    report.finished_at = clock()
    if not dry_run:
        store.save_report(report)
    return report


# --------------------------------------------------------------------------- helpers


def _classify(raw: bytes) -> Classification:
    """The classifier promises never to raise on bad mail; if it does anyway (a bug), the
    message is recorded as unclassifiable rather than stopping the run."""
    from classifier import classify

    try:
        return classify(raw)
    except Exception as exc:  # noqa: BLE001 - any classifier bug becomes data, not a crash
        return Classification(is_bounce=False, error=f"{type(exc).__name__}: {exc}"[:500])


def _fetch(source: MailSource, cursor: str | None, *, limit: int, since: datetime | None) -> MailBatch:
    if since is not None and _accepts_since(source):
        return source.fetch(cursor, limit=limit, since=since)  # type: ignore[call-arg]
    return source.fetch(cursor, limit=limit)


def _accepts_since(source: MailSource) -> bool:
    try:
        params = inspect.signature(source.fetch).parameters
    except (TypeError, ValueError):
        return False
    return "since" in params or any(p.kind is p.VAR_KEYWORD for p in params.values())


class _DryCarry:
    """A dry run records nothing, so the store cannot tell the next page what this one
    saw; this carries it instead (soft bounces, hard-bounced addresses, contacts already
    marked, signs of life, the bounce-rate count), so a dry run plans what a real run does."""

    def __init__(self) -> None:
        self.seen: PlannerState | None = None
        self.hard_added: dict[str, int] = {}

    def onto(self, state: PlannerState) -> PlannerState:
        seen = self.seen
        if seen is None:
            return state
        details: dict[str, dict[str, PastBounce]] = {}
        for source in (state.soft_details, seen.soft_details):
            for address, bounces in source.items():
                details.setdefault(address, {}).update({b.message_key: b for b in bounces})
        lives = dict(state.last_life)
        for address, at in seen.last_life.items():
            lives[address] = max(at, lives.get(address, at))
        soft = {a: tuple(sorted(b.at for b in d.values())) for a, d in details.items()}
        # An address the store has soft bounces for but no details (none in practice) keeps them.
        soft.update({a: ts for a, ts in state.soft_bounces.items() if a not in details})
        return replace(
            state, soft_bounces=soft,
            soft_details={a: tuple(sorted(d.values(), key=lambda b: b.at)) for a, d in details.items()},
            last_life=lives, known_hard={**state.known_hard, **seen.known_hard},
            done=state.done | seen.done,
            hard_in_window={m: n + self.hard_added.get(m, 0) for m, n in state.hard_in_window.items()})

    def keep(self, before: PlannerState, after: PlannerState) -> None:
        for mailbox, n in after.hard_in_window.items():
            self.hard_added[mailbox] = (self.hard_added.get(mailbox, 0) + n
                                        - before.hard_in_window.get(mailbox, 0))
        self.seen = after


class _SentCount:
    """The bounce-rate alert's denominator: the source's optional `sent_count(since=)`,
    asked at most once per mailbox per run, and only by a page that brings new hard bounces,
    so an idle run costs the source nothing more (Gmail: one history.list per mailbox).
    None: the source cannot tell (no such method, no sent folder, or it failed)."""

    def __init__(self, source: MailSource, since: datetime, log: logging.Logger, *,
                 open_alert: bool = False) -> None:
        self.source, self.since, self.log = source, since, log
        self.asked = open_alert  # an open bounce-rate alert is not raised again: no need to ask
        self.value: int | None = None

    def __call__(self) -> int | None:
        if not self.asked:
            self.asked = True
            self.value = _sent_count(self.source, self.since, self.log)
        return self.value


def _new_hard(fresh: Sequence[_Fresh]) -> bool:
    """Does the page hold a recipient-side hard bounce (what moves the bounce rate)?"""
    return any(d.reason.is_bounce and d.hard_bounce and d.scope is Scope.RECIPIENT
               and (d.action or "").lower() != "delayed"
               for c in (f.classification for f in fresh) if c.is_bounce and c.error is None
               for d in c.deliveries)


def _sent_count(source: MailSource, since: datetime, log: logging.Logger) -> int | None:
    counter = getattr(source, "sent_count", None)
    if counter is None:
        return None
    try:
        value = counter(since=since)
    except SyncError as exc:
        log.warning("sent count unavailable for the bounce-rate alert: %s", exc)
        return None
    return None if value is None else int(value)


def _from_address(raw: bytes) -> str | None:
    try:
        value = BytesHeaderParser().parsebytes(raw).get("From")
    except Exception:  # noqa: BLE001 - a broken header only loses a sign of life
        return None
    address = parseaddr(str(value or ""))[1]
    return address or None


def _ledger_entry(mailbox: str, obs: MessageSeen, message: _Fresh, policy: Policy) -> LedgerEntry:
    c = obs.classification
    if c.error is not None:
        return LedgerEntry(mailbox=mailbox, message_id=message.id, status="unclassifiable",
                           classification=None, error=c.error, raw=message.raw,
                           received_at=message.received_at)
    if not c.is_bounce:
        status = "not_bounce"
    elif message.sent_by_mailbox is False and policy.unverified != "apply" or \
            message.sent_by_mailbox is None and policy.unknown_origin != "apply":
        status = "unverified"
    else:
        status = "classified"
    return LedgerEntry(mailbox=mailbox, message_id=message.id, status=status,
                       classification=classification_dict(c), received_at=message.received_at)


def classification_dict(c: Classification) -> dict[str, Any]:
    """What the ledger keeps of a classification (JSON-safe)."""
    return {
        "is_bounce": c.is_bounce, "format": c.format,
        "deliveries": [{"address": d.address, "reason": d.reason.value, "hard": d.hard_bounce,
                        "scope": d.scope.value, "action": d.action, "status": d.status,
                        "reply_code": d.reply_code, "diagnostic": d.diagnostic}
                       for d in c.deliveries],
        "original": {"message_id": c.original.message_id, "from": c.original.from_,
                     "subject": c.original.subject},
    }
