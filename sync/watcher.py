"""The watcher stage: bounced contacts that changed in the CRM -> clear / re-enroll / flag.

Reads `crm.bounced_changes(cursor, until=now)` page by page, drops changes already handled
(dedupe on contact id + modified time: connectors overlap their windows to cover indexing
lag, so the same change arrives more than once), asks the planner what to do from the
recorded bounce history, and stores the actions, the seen changes and the new cursor in one
transaction per page. Applying the actions is the outbox's job (the worker drains after).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime

from sync.errors import Retryable
from sync.leases import LeaseKeeper, LeaseLost
from sync.planner import ContactChanged, HoldsKnownBad, Plan, plan, recall
from sync.policy import Policy
from sync.ports import CrmConnector
from sync.report import RunReport
from sync.store import StateStore, change_key

MAX_PAGES = 1000  # a runaway cursor must not spin forever


def plan_contacts(observations: Sequence[ContactChanged | HoldsKnownBad], *, store: StateStore,
                  crm: str, policy: Policy, now: datetime, report: RunReport,
                  dry_run: bool) -> Plan:
    """Plan what CRM contacts call for (the watcher's changes, the known-bad check's
    finds) from the history they touch; counted on the report, and listed there in a dry
    run. The caller records the plan."""
    needed = recall(observations, policy, now=now)
    state = store.planner_state(
        crm=crm, addresses=needed.addresses, contact_ids=needed.contact_ids,
        since=needed.since, now=now, known_bad_since=needed.known_bad_since)
    p = plan(observations, state, policy, now=now)
    report.add(p.counts)
    if dry_run:
        report.planned.extend(p.actions)
    return p


def watch_changes(*, crm: CrmConnector, store: StateStore, policy: Policy,
                  clock: Callable[[], datetime], report: RunReport, owner: str,
                  dry_run: bool, log: logging.Logger, keeper: LeaseKeeper | None = None) -> None:
    """Queue what the CRM's bounced contacts that changed call for (clear, re-enroll, flag):
    a person fixing an address in the CRM is how a bounced contact comes back, so every run
    looks, under the watcher's lease so two workers never plan the same change twice."""
    if not dry_run and keeper is None:  # the worker passes its own; a caller of its own gets one
        with LeaseKeeper(store, owner=owner, seconds=policy.lease_seconds, clock=clock, log=log) as own:
            watch_changes(crm=crm, store=store, policy=policy, clock=clock, report=report,
                          owner=owner, dry_run=dry_run, log=log, keeper=own)
        return
    now = clock()
    lease = f"watcher:{crm.name}"
    if not dry_run and not keeper.claim(lease):
        report.notes.append(f"watcher for {crm.name}: another worker holds it")
        return
    fence = keeper.fence(lease) if keeper is not None and not dry_run else None
    try:
        cursor = store.watcher_cursor(crm.name)
        for _ in range(MAX_PAGES):
            try:
                if keeper is not None:
                    keeper.confirm("reading bounced contacts' changes")
                batch = crm.bounced_changes(cursor, until=now)
            except Retryable as exc:
                report.work_left = True
                report.notes.append(f"watcher for {crm.name} stopped: {exc}")
                log.warning("watcher stopped, work left for the next run: %s", exc)
                return
            seen = store.seen_changes(crm.name, batch.contacts)
            fresh, keys = [], set()
            for c in batch.contacts:
                key = (c.ref.id, change_key(c))
                if key in seen or key in keys:
                    continue
                keys.add(key)
                fresh.append(c)
            p = plan_contacts([ContactChanged(contact=c) for c in fresh], store=store,
                              crm=crm.name, policy=policy, now=now, report=report,
                              dry_run=dry_run)
            if not dry_run:
                store.record_changes(crm=crm.name, contacts=fresh, plan=p, cursor=batch.cursor,
                                     now=now, fence=fence)
            log.info("watcher page: %d changes, %d new, %d actions", len(batch.contacts),
                     len(fresh), len(p.actions))
            cursor = batch.cursor
            if not batch.more:
                return
        report.notes.append(f"watcher for {crm.name}: stopped after {MAX_PAGES} pages")
        report.work_left = True
    except LeaseLost as exc:  # another worker watches now; nothing more of ours is recorded
        report.notes.append(f"watcher for {crm.name} stopped: {exc}")
        log.warning("watcher stopped: %s", exc)
    finally:
        if keeper is not None and not dry_run:
            keeper.release(lease)
