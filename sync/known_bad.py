"""The known-bad check: contacts that got an address known to hard-bounce (by an edit, a
creation or an import, in any CRM) are refused, even when they never bounced themselves.

A hard bounce teaches that its address is bad (sync/planner/rules.py `evidence`: trusted,
recipient-side; the store's `known_hard`). The mail stage marks the contacts holding the
address when the bounce is read, and the watcher refuses a bounced contact's new address;
neither sees a clean contact created or edited later with that address. So every run looks
the known-bad addresses up in the CRM again, under a lease of its own, and the planner
(sync/planner/changes.py `holds_known_bad`) flags each contact found holding one "refused"
with a note naming the bounce, and takes it out of its sequences.

Cost (README, "Known-bad addresses"): ONE `find_contacts` call per run, over at most
`PER_RUN` addresses that hard-bounced within policy `known_bad_days`; with more of them, a
cursor (the last address checked, kept in the store) walks on from run to run, so each is
checked again every ceil(N / PER_RUN) runs. No known-bad address in the window: no call.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from sync.errors import Retryable
from sync.leases import LeaseKeeper, LeaseLost
from sync.planner import HoldsKnownBad
from sync.policy import Policy
from sync.ports import CrmConnector
from sync.report import RunReport
from sync.store import StateStore
from sync.watcher import plan_contacts

PER_RUN = 100  # known-bad addresses looked up per run (one find_contacts call)


_CURSOR = "known-bad:"


def cursor_name(crm: str) -> str:
    """Where the store keeps the check's cursor (beside the watcher's)."""
    return f"{_CURSOR}{crm}"


def cursor_crm(name: str) -> str | None:
    """The CRM whose known-bad check keeps its cursor under `name`; None for a watcher's."""
    return name[len(_CURSOR):] if name.startswith(_CURSOR) else None


def check_known_bad(*, crm: CrmConnector, store: StateStore, policy: Policy,
                    clock: Callable[[], datetime], report: RunReport, owner: str,
                    dry_run: bool, log: logging.Logger, keeper: LeaseKeeper | None) -> None:
    """Look the next known-bad addresses up and refuse the contacts holding one."""
    now = clock()
    lease = cursor_name(crm.name)
    if not dry_run:
        if keeper is None or not keeper.claim(lease):
            report.notes.append(f"known-bad check for {crm.name}: another worker holds it")
            return
    fence = keeper.fence(lease) if keeper is not None and not dry_run else None
    try:
        addresses, cursor = _next_addresses(store, crm.name, since=now - timedelta(
            days=policy.known_bad_days))
        if not addresses:
            return
        try:
            if keeper is not None:
                keeper.confirm("looking up known-bad addresses")
            found = crm.find_contacts(addresses)
        except Retryable as exc:
            report.work_left = True
            report.notes.append(f"known-bad check for {crm.name} stopped: {exc}")
            log.warning("known-bad check stopped, work left for the next run: %s", exc)
            return
        wanted = set(addresses)
        observations = [HoldsKnownBad(contact=c) for c in found if wanted & set(c.emails)]
        p = plan_contacts(observations, store=store, crm=crm.name, policy=policy, now=now,
                          report=report, dry_run=dry_run)
        if not dry_run:
            store.record_check(crm=crm.name, plan=p, name=lease, cursor=cursor, now=now,
                               fence=fence)
        log.info("known-bad check: %d address(es) looked up, %d contact(s) hold one, "
                 "%d action(s)", len(addresses), len(observations), len(p.actions))
    except LeaseLost as exc:
        report.notes.append(f"known-bad check for {crm.name} stopped: {exc}")
        log.warning("known-bad check stopped: %s", exc)
    finally:
        if keeper is not None and not dry_run:
            keeper.release(lease)


def _next_addresses(store: StateStore, crm: str, *, since: datetime) -> tuple[list[str], str]:
    """The next PER_RUN known-bad addresses after the cursor (wrapping round to the first),
    and the cursor to save: the last address taken."""
    after = store.watcher_cursor(cursor_name(crm)) or ""
    taken = store.known_bad_addresses(since=since, after=after, limit=PER_RUN)
    if len(taken) < PER_RUN and after:
        taken += store.known_bad_addresses(since=since, after="", upto=after,
                                           limit=PER_RUN - len(taken))
    return taken, (taken[-1] if taken else after)
