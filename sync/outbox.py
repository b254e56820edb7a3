"""The outbox: actions are stored first, then applied to the CRM in leased batches.

Exactly-once effects, the practical kind: an action enters the outbox with a deterministic
key (`INSERT ... ON CONFLICT DO NOTHING`), so replaying a page adds nothing; a worker leases
waiting rows, applies them (CRM writes are idempotent by contract) and marks each row by its
result in one transaction. A kill between "applied" and "marked" repeats only harmless work;
an expired lease lets another worker (or the next run) take the rows over.

Several workers (sync/leases.py): a leased batch is renewed while the CRM calls run, the
lease is confirmed before every CRM request (a connector declaring sync.ports.FencedApply
calls the fence before each one it sends; for any other, before each batch), and the rows
are marked under the batch's token, so a worker whose rows were taken over sends nothing
more and records nothing. A round's rows are applied one connector batch at a time, each
marked before the next is sent: a crash or a dropped state connection repeats at most the
one batch in flight. The lease query
keeps each contact's actions in order across workers (StateStore.lease_actions,
sync/store/outbox_rows.py). The rows' codec is sync/store/codec.py.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sync import logs
from sync.errors import LeaseLost, Permanent, Retryable
from sync.leases import LeaseKeeper
from sync.ports import batch_size, takes_fence
from sync.records import Action, ApplyResult, BounceStatus, Flag, Outcome

if TYPE_CHECKING:  # pragma: no cover
    from sync.ports import CrmConnector
    from sync.store import StateStore

# A round leases the rows of this many contacts: each crm.apply then fills the connector's own
# batches (it chunks at its maximum), so only a drain's last round leaves a batch part-empty.
# 1,000 is a multiple of every batch size we know (HubSpot 100; Salesforce 200 per collection
# and cadence call, 500 per lookup); a connector declaring `BATCH_SIZE` gets a multiple of it.
APPLY_CONTACTS = 1000
ROWS_PER_CONTACT = 5  # candidate rows looked at per contact (a contact queues 2 in general)


def full_batches(crm: object, floor: int | None = None) -> int:
    """Records per call that fill whole batches of `crm`: the largest multiple of its declared
    `BATCH_SIZE` up to `floor` (default APPLY_CONTACTS; at least one batch); `floor` itself
    when it declares none."""
    floor = APPLY_CONTACTS if floor is None else floor
    size = batch_size(crm)  # declared (sync.ports.Batched), never guessed
    if size is None:
        return floor
    return max(size, floor // size * size)


# --------------------------------------------------------------------------- applying


@dataclass(slots=True, kw_only=True)
class ApplyTally:
    """What one drain did, by action kind, for the run report."""

    done: dict[str, int]
    failed: int = 0
    retried: int = 0
    stopped: str | None = None  # why the stage stopped early (quota, transient error, lease lost)
    batches: int = 0
    longest_batch: float = 0.0  # seconds of the slowest crm.apply (benchmarks compare it to the lease)


def tally_kind(action: Action) -> str:
    """The report line an applied action counts on: its kind, except that a Flag refusing
    a known-bad address is counted once, as `refused` (by the planner), never as flagged."""
    if isinstance(action, Flag) and action.status is BounceStatus.REFUSED:
        return "Refused"
    return type(action).__name__


def drain(*, store: StateStore, crm: CrmConnector, owner: str, clock: Callable[[], datetime],
          max_attempts: int, lease_seconds: int, log: logging.Logger,
          batch: int | None = None, keeper: LeaseKeeper | None = None) -> ApplyTally:
    """Apply waiting outbox rows of this CRM until none are left or the CRM says stop.

    Each round leases the rows of `batch` contacts (default: `full_batches(crm)`), so each
    `crm.apply` carries full connector batches; per-contact order and the rows' lease
    renewal are as for any batch (StateStore.lease_actions, LeaseKeeper.hold_rows).

    `Retryable`/`QuotaExhausted`: the leased rows go back to waiting, the stage stops and
    the run reports work left. `Permanent` (auth, config): rows go back, the error rises.
    Rows a connector reports RETRY come back on a later round of the next run, not this
    one, so a flapping CRM cannot spin the worker. A batch whose lease was taken over
    (`LeaseLost`) is not sent; the stage stops and the new owner applies it.
    """
    own = keeper is None
    keeper = keeper or LeaseKeeper(store, owner=owner, seconds=lease_seconds, clock=clock, log=log)
    try:
        return _drain(store=store, crm=crm, owner=owner, clock=clock, max_attempts=max_attempts,
                      lease_seconds=lease_seconds, log=log, batch=batch, keeper=keeper)
    finally:
        if own:
            keeper.close()


def _drain(*, store: StateStore, crm: CrmConnector, owner: str, clock: Callable[[], datetime],
           max_attempts: int, lease_seconds: int, log: logging.Logger, batch: int | None,
           keeper: LeaseKeeper) -> ApplyTally:
    tally = ApplyTally(done={})
    retry_later: set[str] = set()
    contacts = batch or full_batches(crm)
    while True:
        token = uuid.uuid4().hex
        now = clock()
        leased = store.lease_actions(crm=crm.name, owner=owner, now=now,
                                     limit=contacts * ROWS_PER_CONTACT, contacts=contacts,
                                     lease_seconds=lease_seconds, exclude=retry_later, token=token)
        if not leased:
            return tally
        actions = [action for _, action in leased]
        keeper.hold_rows(token, len(actions), expires=now + timedelta(seconds=lease_seconds))
        try:
            parts = _parts(actions, batch_size(crm))
            for n, part in enumerate(parts):
                if not _apply_part(part, parts[n + 1:], store=store, crm=crm, owner=owner,
                                   clock=clock, max_attempts=max_attempts, log=log, token=token,
                                   keeper=keeper, tally=tally, retry_later=retry_later,
                                   lease_seconds=lease_seconds):
                    return tally
        finally:
            # No renewal may touch rows while they are released. (Anything else raised is
            # a crash: the rows stay leased and expire, as after a kill.)
            keeper.drop_rows(token)


def _parts(actions: list[Action], size: int | None) -> list[list[Action]]:
    """The leased rows as the connector's own batches: `size` contacts each (all of one
    contact's actions together, in order), or one part when the CRM declares no size. Each
    part is applied and marked before the next is sent, so a crash or a lost connection
    repeats at most the one batch in flight, not every batch of the round."""
    if size is None:
        return [actions]
    by_contact: dict[str, list[Action]] = {}
    for action in actions:
        by_contact.setdefault(action.contact.id, []).append(action)
    groups = list(by_contact.values())
    return [[a for g in groups[i:i + size] for a in g] for i in range(0, len(groups), size)]


def _apply_part(actions: list[Action], rest: list[list[Action]], *, store: StateStore,
                crm: CrmConnector, owner: str, clock: Callable[[], datetime], max_attempts: int,
                log: logging.Logger, token: str, keeper: LeaseKeeper, tally: ApplyTally,
                retry_later: set[str], lease_seconds: int) -> bool:
    """Apply one part and mark its rows; False when the drain must stop."""
    keys = [a.key for a in actions] + [a.key for p in rest for a in p]  # what is not marked yet
    started, renewed = time.monotonic(), keeper.renewals
    what = f"a {crm.name} request"
    try:
        keeper.check(f"applying {len(actions)} action(s)")
        if takes_fence(crm):  # checked again before every request the connector sends
            results = list(crm.apply(actions, fence=lambda: keeper.check(what)))
        else:
            results = list(crm.apply(actions))
    except LeaseLost as exc:
        tally.stopped = str(exc)
        log.warning("apply stopped: %s", exc)
        return False
    except Retryable as exc:
        keeper.drop_rows(token)
        store.release_actions(keys, owner=owner, error=str(exc), token=token)
        tally.stopped = f"{crm.name}: {exc}"
        log.warning("apply stopped, work left for the next run: %s", exc)
        return False
    except Permanent:
        keeper.drop_rows(token)
        store.release_actions(keys, owner=owner, error=None, token=token)
        raise
    took = time.monotonic() - started
    tally.batches += 1
    tally.longest_batch = max(tally.longest_batch, took)
    log.info("applied %d action(s) in %.1fs (lease %ds, renewed %d time(s))",
             len(actions), took, lease_seconds, keeper.renewals - renewed)
    by_key = {r.key: r for r in results}
    for key in [a.key for a in actions if a.key not in by_key]:
        # a connector bug must not lose work: retry it
        by_key[key] = ApplyResult(key=key, outcome=Outcome.RETRY,
                                  error="the connector returned no result")
    pairs = [(a, by_key[a.key]) for a in actions]
    with keeper.completing(token) as marked:
        applied = _complete(store, pairs, rest, owner=owner, now=clock(),
                            max_attempts=max_attempts, token=token, log=log)
        marked(len(applied))
    if len(applied) < len(actions):
        log.warning("%d of %d action(s) were taken over by another worker during the call; "
                    "their results are left to it", len(actions) - len(applied), len(actions))
    for action, result, final_state in applied:
        logs.log_outcome(log, action, result, final_state)  # JSON: contact, action, outcome
        if final_state == "done" and result.outcome is Outcome.DONE:
            kind = tally_kind(action)
            tally.done[kind] = tally.done.get(kind, 0) + 1
        elif final_state == "failed":
            tally.failed += 1
            log.error("action %s failed for good: %s", action.key, result.error,
                      extra=logs.action_fields(action, "failed"))
        elif final_state == "waiting":
            tally.retried += 1
            retry_later.add(action.key)
    return True


def _complete(store: StateStore, pairs: list[tuple[Action, ApplyResult]],
              rest: list[list[Action]], *, owner: str, now: datetime, max_attempts: int,
              token: str, log: logging.Logger) -> list[tuple[Action, ApplyResult, str]]:
    """Mark the part's rows. If the state database dropped the connection, the CRM has
    applied them all the same: mark them on a new connection (and put the rows not sent back
    to waiting) before the error ends the run, so the next run does not send them again."""
    try:
        return store.complete_actions(pairs, owner=owner, now=now, max_attempts=max_attempts,
                                      token=token)
    except Exception as exc:
        if not store.concurrent:
            raise
        log.warning("marking %d applied action(s) failed (%s); marking them on a new "
                    "connection", len(pairs), exc)
        try:
            other = store.sibling()
        except Exception:  # noqa: BLE001 - the first error is the one to report
            raise exc from None
        try:
            other.complete_actions(pairs, owner=owner, now=now, max_attempts=max_attempts,
                                   token=token)
            other.release_actions([a.key for p in rest for a in p], owner=owner, error=None,
                                  token=token)
        finally:
            other.close()
        raise
