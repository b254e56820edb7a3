"""One run's session: what every entry point of the worker sets up the same way (the run
report, the run lock, the leases) and what the stages share while it lasts.

`open_session` is the one place that decides how a run starts: a real run takes the store's
run lock and keeps its leases renewed (`LeaseKeeper`); a dry run does neither, since it
records nothing and claims nothing. The stages (sync/mail_stage.py, sync/watcher.py,
sync/outbox.py) take the `Session` instead of ten arguments.
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime

from sync import logs, metrics
from sync.leases import LeaseKeeper
from sync.planner import PastBounce, PlannerState
from sync.policy import Policy
from sync.ports import CrmConnector
from sync.report import RunReport
from sync.store import StateStore


def default_worker_id() -> str:
    """host:pid, so a lease or an outbox row names the process that holds it."""
    return f"{socket.gethostname()}:{os.getpid()}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Limits:
    """How much one run reads and pools: set by the entry point (sync/worker.py owns the
    defaults), so a test or a benchmark can size a run without touching the stages."""

    page: int = 200  # messages per fetch
    pool_addresses: int = 1000  # addresses per pooled CRM lookup (rounded to whole batches)
    pool_pages: int = 10  # pages' worth of messages a pool holds at most
    max_pages: int = 100_000  # per mailbox per run: a cursor that never advances must not spin


class DryCarry:
    """A dry run records nothing, so the store cannot tell the next page what this one
    saw; this carries it instead (soft bounces, hard-bounced addresses, contacts already
    marked, signs of life, the bounce-rate count), so a dry run plans what a real run does."""

    def __init__(self) -> None:
        self.seen: PlannerState | None = None
        self.hard_added: dict[str, int] = {}
        # (address, reason, diagnostic) of the marks earlier pages planned: a relay alert names
        # the stragglers among them (sync/relay_stragglers.py), as a real run's store would.
        self.marks: list[tuple[str, str, str | None]] = []

    def onto(self, state: PlannerState) -> PlannerState:
        """The store's planner state with what earlier pages of this dry run saw added."""
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
        """Remember what a page's plan left behind, for the next page."""
        for mailbox, n in after.hard_in_window.items():
            self.hard_added[mailbox] = (self.hard_added.get(mailbox, 0) + n
                                        - before.hard_in_window.get(mailbox, 0))
        self.seen = after


@dataclass(slots=True, kw_only=True)
class Session:
    """What every stage of one run shares. `keeper` is None for a dry run (it claims
    nothing) and for the commands that let the outbox take its own leases."""

    crm: CrmConnector
    store: StateStore
    policy: Policy
    clock: Callable[[], datetime]
    report: RunReport
    dry_run: bool
    log: logging.Logger
    owner: str
    limits: Limits = field(default_factory=Limits)
    carry: DryCarry | None = None
    keeper: LeaseKeeper | None = None
    # A backfill's progress bar: told of each message as it is read (one tick per message,
    # duplicates included), so the bar moves per message, not per page.
    progress: Callable[[int], None] | None = None


@contextlib.contextmanager
def open_session(*, mode: str, crm: CrmConnector, store: StateStore, policy: Policy,
                 clock: Callable[[], datetime], log: logging.Logger, dry_run: bool = False,
                 worker_id: str | None = None, limits: Limits | None = None,
                 leases: bool = True, report: RunReport | None = None) -> Iterator[Session]:
    """The report, the run lock and (with `leases`) the renewed leases of one run, held
    for the length of the `with`. `leases=False` keeps today's behaviour of `retry` and
    `reclassify`, whose outbox drain takes leases of its own. A caller that must account
    for a run that fails (the CLI: every run leaves its trace) hands its own `report` in,
    and keeps what the stages counted before the failure; the leases are released however
    the `with` ends (LeaseKeeper.close)."""
    if report is None:
        report = RunReport(started_at=clock(), mode=mode, dry_run=dry_run)
    session = Session(crm=crm, store=store, policy=policy, clock=clock, report=report,
                      dry_run=dry_run, log=log, owner=worker_id or default_worker_id(),
                      limits=limits or Limits(), carry=DryCarry() if dry_run else None)
    with contextlib.ExitStack() as stack:
        stack.enter_context(logs.log_context(run_id=report.run_id))  # every log line of the run
        stack.callback(metrics.observe, store, clock, report)  # last, after the leases' release
        if not dry_run:  # a dry run writes nothing, so it need not wait for a real run
            stack.enter_context(store.run_lock())
            if leases:
                session.keeper = stack.enter_context(LeaseKeeper(
                    store, owner=session.owner, seconds=policy.lease_seconds, clock=clock, log=log))
        yield session
