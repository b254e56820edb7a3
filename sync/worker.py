"""The worker: wires sources, classifier, CRM lookups, planner, state store and outbox.

    fetch page -> classify each message -> drop ledger duplicates -> one batched
    crm.find_contacts -> plan -> ONE state transaction (ledger + history + outbox + cursor)
    ... every page ... -> drain the outbox into the CRM -> watch bounced contacts -> drain.

Safe to kill anywhere: a page either committed whole (ledger, outbox and cursor together)
or not at all, and is then fetched again; ledger dedupe, deterministic action keys and
`ON CONFLICT DO NOTHING` make the repeat harmless. Applying is at-least-once into an
idempotent CRM.

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
from sync.outbox import ApplyTally, drain
from sync.planner import MessageSeen, PastBounce, PlannerState, plan
from sync.policy import Policy
from sync.records import MailBatch, RawMessage
from sync.report import RunReport
from sync.state import LedgerEntry, StateStore
from sync.watcher import watch_changes

_LOG = logging.getLogger("bounce_sync.worker")
MAX_PAGES = 100_000  # per mailbox per run: a source whose cursor never advances must not spin


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
        for mailbox in mailboxes:
            _read_mailbox(mailbox, crm=crm, store=store, policy=policy, clock=clock,
                          report=report, owner=owner, dry_run=dry_run, limit=batch_limit, log=log,
                          carry=carry, keeper=keeper)
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
        for mailbox in mailboxes:
            _read_mailbox(mailbox, crm=crm, store=store, policy=policy, clock=clock,
                          report=report, owner=owner, dry_run=False, limit=batch_limit, log=log,
                          since=since, progress=progress, keeper=keeper)
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
        carry = _DryCarry() if dry_run else None
        by_mailbox: dict[str, list[LedgerEntry]] = {}
        for entry in pending:
            by_mailbox.setdefault(entry.mailbox, []).append(entry)
        for name, entries in by_mailbox.items():
            messages = [RawMessage(id=e.message_id, raw=e.raw or b"", received_at=e.received_at)
                        for e in entries]
            for i in range(0, len(messages), 200):
                ok = _process_page(name, messages[i:i + 200], crm=crm, store=store, policy=policy,
                                   clock=clock, report=report, dry_run=dry_run, log=log,
                                   reclassified=True, cursor=None, save_cursor=False,
                                   carry=carry)
                if not ok:
                    break
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


def _read_mailbox(mailbox: Mailbox, *, crm: CrmConnector, store: StateStore, policy: Policy,
                  clock: Callable[[], datetime], report: RunReport, owner: str, dry_run: bool,
                  limit: int, log: logging.Logger, since: datetime | None = None,
                  progress: Callable[[int], None] | None = None,
                  carry: _DryCarry | None = None, keeper: LeaseKeeper | None = None) -> None:
    name = mailbox.name
    if mailbox.paused:
        report.notes.append(f"mailbox {name}: paused in the config, not read")
        return
    paused = store.mailbox_paused(name)
    if paused:
        report.notes.append(f"mailbox {name}: paused ({paused}); not read until resumed")
        return
    lease = f"mailbox:{name}"
    if not dry_run and keeper is None:  # entry points pass theirs; a caller of its own gets one
        with LeaseKeeper(store, owner=owner, seconds=policy.lease_seconds, clock=clock, log=log) as own:
            _read_mailbox(mailbox, crm=crm, store=store, policy=policy, clock=clock, report=report,
                          owner=owner, dry_run=dry_run, limit=limit, log=log, since=since,
                          progress=progress, carry=carry, keeper=own)
        return
    if not dry_run and not keeper.claim(lease):
        report.notes.append(f"mailbox {name}: another worker is reading it")
        return
    fence = keeper.fence(lease) if keeper is not None and not dry_run else None
    backfilling = since is not None
    error: str | None = None
    alerted, rate_since = store.alert_memory(name, now=clock(),
                                             rate_window_days=policy.bounce_rate_window_days)
    sent = _SentCount(mailbox.source, rate_since, log, open_alert=bool(alerted))
    try:
        cursor = None if backfilling else store.cursor(name)
        scan_since = since
        for _ in range(MAX_PAGES):
            if keeper is not None:
                keeper.confirm(f"reading mailbox {name}")
            try:
                batch = _fetch(mailbox.source, cursor, limit=limit, since=scan_since)
            except CursorExpired as exc:
                scan_since = clock() - timedelta(days=policy.lookback_days)
                report.notes.append(f"mailbox {name}: cursor expired ({exc}); re-scanning "
                                    f"the last {policy.lookback_days} days")
                log.warning("mailbox %s: cursor expired, bounded full scan", name)
                cursor = None
                batch = _fetch(mailbox.source, None, limit=limit, since=scan_since)
            scan_since = None  # only the first call of a scan carries `since`
            report.notes.extend(f"mailbox {name}: {n}" for n in batch.notes)
            messages = list(batch.messages)
            if backfilling:
                messages = [m for m in messages if m.received_at is None or m.received_at >= since]
            ok = _process_page(name, messages, crm=crm, store=store, policy=policy, clock=clock,
                               report=report, dry_run=dry_run, log=log, cursor=batch.cursor,
                               save_cursor=not backfilling, sent=sent, alerted=alerted,
                               carry=carry, keeper=keeper, fence=fence)
            if not ok:
                return
            if progress is not None:
                progress(len(batch.messages))
            cursor = batch.cursor
            if not batch.more:
                break
        else:
            report.work_left = True
            report.notes.append(f"mailbox {name}: stopped after {MAX_PAGES} pages")
    except Retryable as exc:
        error = str(exc)
        report.work_left = True
        report.notes.append(f"mailbox {name}: stopped for this run: {exc}")
        log.warning("mailbox %s: stopped, work left for the next run: %s", name, exc)
    except LeaseLost as exc:
        # Another worker reads this mailbox now; nothing more of ours is recorded for it.
        report.notes.append(f"mailbox {name}: stopped: {exc}")
        log.warning("mailbox %s: %s", name, exc)
    finally:
        if keeper is not None and not dry_run:
            if not keeper.lost(lease):
                try:
                    store.mark_mailbox_run(name, now=clock(), error=error, fence=fence)
                except LeaseLost:
                    pass  # taken over at the last moment: the new owner records its own run
            keeper.release(lease)


def _process_page(mailbox: str, messages: Sequence[RawMessage], *, crm: CrmConnector,
                  store: StateStore, policy: Policy, clock: Callable[[], datetime],
                  report: RunReport, dry_run: bool, log: logging.Logger, cursor: str | None,
                  save_cursor: bool, reclassified: bool = False,
                  sent: _SentCount | None = None, alerted: frozenset[str] = frozenset(),
                  carry: _DryCarry | None = None, keeper: LeaseKeeper | None = None,
                  fence: Fence | None = None) -> bool:
    """Classify, match, plan and record one page. False: the CRM lookup hit a transient
    error, nothing of the page was stored (it will be fetched again next run)."""
    now = clock()
    seen = set() if reclassified else store.seen_messages(mailbox, [m.id for m in messages])
    fresh = [m for m in messages if m.id not in seen]
    # Oldest first. The planner counts soft bounces by their dates whatever the order (pages
    # of a newest-first scan come newest first), but within a page the order still settles
    # ties, e.g. a reply and a bounce stamped with the same time.
    fresh.sort(key=lambda m: m.received_at or now)
    report.duplicates += len(messages) - len(fresh)
    if not reclassified:
        report.messages_scanned += len(fresh)
    classified = [(m, _classify(m.raw)) for m in fresh]
    wanted = sorted({d.address for _, c in classified if c.is_bounce and c.error is None
                     for d in c.deliveries if d.reason.is_bounce and d.scope is Scope.RECIPIENT})
    if wanted and keeper is not None:
        keeper.confirm(f"looking up {len(wanted)} contact(s)")
    try:
        contacts = list(crm.find_contacts(wanted)) if wanted else []
    except Retryable as exc:
        report.work_left = True
        report.notes.append(f"mailbox {mailbox}: contact lookup stopped: {exc}")
        log.warning("contact lookup stopped, page left for the next run: %s", exc)
        return False
    observations = []
    for m, c in classified:
        addresses = {d.address for d in c.deliveries}
        observations.append(MessageSeen(
            mailbox=mailbox, message_id=m.id, classification=c, at=m.received_at or now,
            contacts=tuple(k for k in contacts if addresses & set(k.emails)),
            sent_by_mailbox=m.sent_by_mailbox,
            from_address=None if c.deliveries or c.error else _from_address(m.raw)))
    earliest = min((o.at for o in observations), default=now)
    state = store.planner_state(
        crm=crm.name,
        addresses={a for o in observations for a in
                   ({d.address for d in o.classification.deliveries} | ({o.from_address} if o.from_address else set()))},
        contact_ids=[k.ref.id for k in contacts],
        since=earliest - timedelta(days=policy.soft_bounce_window_days), now=now,
        mailboxes=[mailbox], rate_window_days=policy.bounce_rate_window_days,
        sent_in_window={mailbox: sent() if sent is not None and _new_hard(classified) else None},
        rate_since={mailbox: sent.since} if sent is not None else None)
    # Alerts page once (README, exit statuses): an open bounce-rate alert is not raised again,
    # and a sender alert is raised once per run per reason, whatever the number of pages.
    state = replace(state, alerted=state.alerted | alerted | {
        f"{a.mailbox}:{a.kind}" if a.kind == "bounce_rate" else f"{a.mailbox}:{a.kind}:{a.reason}"
        for a in report.alerts})
    if carry is not None:
        state = carry.onto(state)
    p = plan(observations, state, policy, now=now)
    if carry is not None and p.next_state is not None:
        carry.keep(state, p.next_state)
    entries = [_ledger_entry(mailbox, o, m, policy) for o, (m, _) in zip(observations, classified)]
    for name, n in p.counts.items():
        if hasattr(report, name) and name not in ("waiting", "failed"):
            setattr(report, name, getattr(report, name) + n)
    report.alerts.extend(p.alerts)
    if dry_run:
        report.planned.extend(p.actions)
    else:
        new = store.record_page(crm=crm.name, entries=entries, plan=p, now=now, mailbox=mailbox,
                                cursor=cursor, save_cursor=save_cursor, reclassified=reclassified,
                                fence=fence)
        log.info("mailbox %s page: %d messages (%d new), %d actions queued", mailbox,
                 len(messages), len(fresh), new)
    return True


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


def _new_hard(classified: Sequence[tuple[RawMessage, Classification]]) -> bool:
    """Does the page hold a recipient-side hard bounce (what moves the bounce rate)?"""
    return any(d.reason.is_bounce and d.hard_bounce and d.scope is Scope.RECIPIENT
               and (d.action or "").lower() != "delayed"
               for _, c in classified if c.is_bounce and c.error is None for d in c.deliveries)


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


def _ledger_entry(mailbox: str, obs: MessageSeen, message: RawMessage, policy: Policy) -> LedgerEntry:
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
