"""The mail stage: read -> classify -> look up -> plan -> record, for every mailbox of a run.

    claim a mailbox (its lease) -> fetch a page -> classify it (sync/mail_page.py) -> pool
    pages (across pages and mailboxes) until the pool fills whole CRM batches -> ONE
    crm.find_contacts over the pool -> per page, in the order read: plan -> ONE store
    transaction (ledger + history + outbox + cursor) -> release the mailbox

Safe to kill anywhere: a page either committed whole (ledger, outbox and cursor together)
or not at all, and is then fetched again; ledger dedupe, deterministic action keys and
`ON CONFLICT DO NOTHING` make the repeat harmless (a kill repeats the pool's unrecorded
pages). Mailboxes are claimed one at a time as the pool needs more pages, so several
workers still share them.

Function names with a leading underscore are kept as they were in sync/worker.py: the
kill-anywhere harness reads them off a worker's stack (tests/stress/harness/stages.py
`stage_of`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timedelta

from sync import health, logs
from sync.errors import CursorExpired, Retryable, SyncError
from sync.leases import LeaseKeeper, LeaseLost
from sync.mail_page import Mailbox, Page, Reader, SentCount, _prepare_page, _process_page
from sync.outbox import full_batches
from sync.ports import MailSource, reads_since
from sync.records import AlertKind, Contact, MailBatch, RawMessage
from sync.session import Session
from sync.store import LedgerEntry


class _Pool:
    """Pages of one or more mailboxes waiting for ONE crm.find_contacts over the union of their
    addresses. Full when the addresses fill `target` (whole connector batches, so a lookup
    wastes at most one part-empty batch per pool) or the pages hold `max_messages` (memory
    stays flat however many mailboxes or pages a run reads)."""

    def __init__(self, *, target: int, max_messages: int) -> None:
        self.target, self.max_messages = target, max_messages
        self.pages: list[Page] = []
        self.addresses: set[str] = set()
        self.messages = 0

    def add(self, page: Page) -> None:
        self.pages.append(page)
        self.addresses |= page.wanted
        self.messages += page.fetched

    @property
    def full(self) -> bool:
        return len(self.addresses) >= self.target or self.messages >= self.max_messages

    def waiting(self, mailbox: str) -> bool:
        return any(p.mailbox == mailbox for p in self.pages)

    def take(self) -> list[Page]:
        pages, self.pages, self.addresses, self.messages = self.pages, [], set(), 0
        return pages


def _pool_for(run: Session) -> _Pool:
    target = full_batches(run.crm, run.limits.pool_addresses)
    return _Pool(target=target, max_messages=max(run.limits.pool_pages * run.limits.page, target))


# --------------------------------------------------------------------------- entry points


def read_mailboxes(mailboxes: Sequence[Mailbox], run: Session, *, since: datetime | None = None,
                   progress: Callable[[int], None] | None = None) -> None:
    """Every mailbox's new mail (from `since` on, for a backfill: a full scan that leaves the
    cursors alone), under the session's leases; a session without a keeper (a caller of
    its own) gets one for the length of the read."""
    run.progress = progress  # ticked per message as pages are read (sync/mail_page.py)
    if run.dry_run or run.keeper is not None:
        _read_mailboxes(mailboxes, run, since=since)
    else:
        with LeaseKeeper(run.store, owner=run.owner, seconds=run.policy.lease_seconds,
                         clock=run.clock, log=run.log) as own:
            run.keeper = own
            try:
                _read_mailboxes(mailboxes, run, since=since)
            finally:
                run.keeper = None
    if not run.dry_run:
        health.stale_mailboxes(mailboxes, store=run.store, report=run.report, now=run.clock(),
                               hours=run.policy.mailbox_stale_hours)


def reclassify_stored(entries: Sequence[LedgerEntry], run: Session,
                      mailboxes: Mapping[str, Mailbox] | None = None) -> None:
    """Stored messages the classifier could not read, classified again and, when they now
    classify, matched, planned and recorded like new mail (pooled lookups, pages of
    `limits.page`). A lookup that stops leaves the rest unclassifiable for the next time."""
    by_mailbox: dict[str, list[LedgerEntry]] = {}
    for entry in entries:
        by_mailbox.setdefault(entry.mailbox, []).append(entry)
    size = run.limits.page
    pool, looked_up = _pool_for(run), True
    for name, stored in by_mailbox.items():
        messages = [RawMessage(id=e.message_id, raw=e.raw or b"", received_at=e.received_at)
                    for e in stored]
        for i in range(0, len(messages), size):
            if not looked_up:
                break
            page = messages[i:i + size]
            pool.add(_prepare_page(name, page, run, reader=None, fetched=len(page),
                                   cursor=None, save_cursor=False, reclassified=True,
                                   mailbox_of=(mailboxes or {}).get(name)))  # trust evidence
            if pool.full:
                looked_up = _flush(pool, run)
    if looked_up:
        _flush(pool, run)


# --------------------------------------------------------------------------- the read loop


def _read_mailboxes(mailboxes: Sequence[Mailbox], run: Session, *, since: datetime | None) -> None:
    """Every mailbox's new mail, its CRM lookups pooled across pages and mailboxes.

    A mailbox is claimed (its lease) when the pool needs more pages, and read page by page;
    each page is classified and joins the pool; when the pool is full (or every mailbox is
    read) its addresses are looked up in ONE crm.find_contacts, then each page is planned and
    recorded in its own transaction, in the order read, as without pooling: a kill between
    them repeats only unrecorded pages (fetched again next run, duplicates dropped by the
    ledger). A mailbox's lease is released once its last pooled page is recorded."""
    queue = list(mailboxes)
    pool = _pool_for(run)
    current: Reader | None = None
    readers: list[Reader] = []  # claimed, lease not yet released
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
                page = _read_mailbox(current, run, readers=readers)
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
            _flush(pool, run, readers=readers)
            for reader in [r for r in readers if r.done and not pool.waiting(r.name)]:
                readers.remove(reader)
                _close_reader(reader, run)
    except BaseException as exc:
        # The run stops here: the mailboxes it was reading end with its error (never as a
        # good read), and their leases are released for the next run, however we stopped.
        for reader in readers:
            reader.error = reader.error or f"the run stopped while reading it: {exc}"
        for reader in readers:
            _close_reader(reader, run, quiet=True)
        raise
    for reader in readers:
        _close_reader(reader, run)


def _open_reader(mailbox: Mailbox, run: Session, *, since: datetime | None) -> Reader | None:
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
        health.held_elsewhere(mailbox, lease, store=store, report=report, now=run.clock(),
                              seconds=run.policy.lease_seconds)
        return None
    alerted, rate_since = store.alert_memory(name, now=run.clock(),
                                             rate_window_days=run.policy.bounce_rate_window_days)
    return Reader(mailbox, lease=lease, fence=keeper.fence(lease) if keeper is not None else None,
                  cursor=None if since is not None else store.cursor(name), since=since,
                  sent=SentCount(mailbox.source, rate_since, run,
                                 open_alert=AlertKind.BOUNCE_RATE.tag(name) in alerted),
                  alerted=alerted)


def _close_reader(reader: Reader, run: Session, *, quiet: bool = False) -> None:
    """Record how the mailbox's read ended (for `status` and the stale-mailbox rule) and
    release its lease. `quiet`: the run is failing already; a store that fails here too
    must not hide that error, and the lease is still released (LeaseKeeper.release tries
    a fresh connection when this one is gone)."""
    keeper = None if run.dry_run else run.keeper
    if keeper is None:
        return
    try:
        if not keeper.lost(reader.lease):
            try:
                run.store.mark_mailbox_run(reader.name, now=run.clock(), error=reader.error,
                                           fence=reader.fence)
            except LeaseLost:
                pass  # taken over at the last moment: the new owner records its own run
    except Exception:
        if not quiet:
            raise
        run.log.warning("mailbox %s: could not record how its read ended", reader.name)
    finally:
        keeper.release(reader.lease, quiet=quiet)


def _stop(reader: Reader, run: Session, why: str) -> None:
    """Another worker reads this mailbox now: nothing more of ours is recorded for it, and
    its lease is no longer renewed or confirmed (the release is fenced by our token, so it
    cannot touch the new owner's lease)."""
    reader.done = reader.stopped = True
    run.report.notes.append(f"mailbox {reader.name}: stopped: {why}")
    run.log.warning("mailbox %s: %s", reader.name, why)
    if run.keeper is not None:
        run.keeper.release(reader.lease)


def _confirm(run: Session, readers: Sequence[Reader], what: str) -> None:
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


@logs.with_context(lambda reader, *_, **__: {"mailbox": reader.name})  # JSON log lines name it
def _read_mailbox(reader: Reader, run: Session, *, readers: Sequence[Reader]) -> Page | None:
    """Fetch and classify the mailbox's next page; None when nothing was fetched (the mailbox
    is then done: drained, stopped by an error, or its lease lost)."""
    name, report, log, limit = reader.name, run.report, run.log, run.limits.page
    if reader.pages >= run.limits.max_pages:
        reader.done = True
        report.work_left = True
        report.notes.append(f"mailbox {name}: stopped after {run.limits.max_pages} pages")
        return None
    try:
        _confirm(run, readers, f"reading mailbox {name}")
    except LeaseLost as exc:
        if not reader.stopped:
            _stop(reader, run, str(exc))
        return None
    if reader.stopped:
        return None
    try:
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
    except Exception as exc:
        if not health.is_source_failure(exc):
            raise
        _failed(reader, run, exc)
        return None
    reader.scan_since = None
    reader.pages += 1
    reader.cursor = batch.cursor
    reader.done = not batch.more
    report.notes.extend(f"mailbox {name}: {n}" for n in batch.notes)
    messages = list(batch.messages)
    if reader.since is not None:
        messages = [m for m in messages if m.received_at is None or m.received_at >= reader.since]
    try:
        return _prepare_page(name, messages, run, reader=reader, fetched=len(batch.messages),
                             cursor=batch.cursor, save_cursor=reader.since is None)
    except Exception as exc:  # the sent lookup failed: as a failed read, the page comes again
        if not health.is_source_failure(exc):
            raise
        _failed(reader, run, exc)
        return None


def _failed(reader: Reader, run: Session, exc: Exception) -> None:
    """The mailbox's source failed: this mailbox stops for the run, named with its config
    key and the fix; the other mailboxes, the outbox and the watcher go on. A quota or an
    outage leaves work for the next run (1); credentials, a missing folder or any other
    setting need a person (2)."""
    message, status = health.mailbox_failure(reader.mailbox, exc)
    reader.error, reader.done = message, True
    if isinstance(exc, Retryable):
        run.report.work_left = True
        run.report.notes.append(f"stopped for this run: {message}")
        run.log.warning("mailbox %s: stopped, work left for the next run: %s", reader.name, exc)
        return
    run.report.problem(f"mailbox {reader.name}", message, status)
    # A bug in a source (not one of our errors) keeps its traceback for --debug.
    run.log.error("%s", message, exc_info=not isinstance(exc, SyncError)
                  and run.log.isEnabledFor(logging.DEBUG))


def _fetch(source: MailSource, cursor: str | None, *, limit: int, since: datetime | None) -> MailBatch:
    """One page; `since` goes only to a source that declares it can read from a date
    (sync.ports.ReadsSince); the others scan from the start and the caller filters."""
    if since is not None and reads_since(source):
        return source.fetch(cursor, limit=limit, since=since)
    return source.fetch(cursor, limit=limit)


# --------------------------------------------------------------------------- pooled lookups


def _flush(pool: _Pool, run: Session, *, readers: Sequence[Reader] = ()) -> bool:
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
    return True


def _look_up(pages: Sequence[Page], run: Session, *,
             readers: Sequence[Reader] = ()) -> list[Contact] | None:
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
