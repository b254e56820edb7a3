"""`bounce-sync undo ADDRESS`: a person says our call on an address was wrong.

For each contact our mark for the address still stands on, queue a ClearBounce and (when
something was removed) a Reenroll into the saved sequences at the saved step (the Reenroll
contract, tests/contracts/crm.py: a CRM declaring sync.ports.EnrollsAtStep, the local one,
enrolls at that step; HubSpot and Salesforce cannot, and start at step one), record the
Forgive fact the resend path uses (marks become `forgiven`, soft bounces stop counting),
forget the address as known to hard-bounce, and note who asked: all in one store
transaction. The actions are then applied through the outbox like any other (sync/outbox.py
`drain`: leases, fencing, idempotent keys), in a session of its own (run lock and leases,
sync/session.py), so a kill at any point repeats harmlessly and a second undo finds nothing
left to undo.

The CRM-side way, for a rep without the command: set the contact's bounce status to
"resend" (HubSpot property / Salesforce field "Bounce status"; local CRM: `contacts
resend`); the next run's watcher does the same.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from classifier.records import normalise_address
from sync.outbox import drain
from sync.planner import Forgive, Plan, action_key
from sync.planner.changes import saved_step
from sync.policy import Policy
from sync.ports import CrmConnector
from sync.records import ClearBounce, ContactRef, Reenroll
from sync.report import RunReport
from sync.session import open_session
from sync.store import StateStore
from sync.store.codec import ts


@dataclass(frozen=True, slots=True, kw_only=True)
class UndoResult:
    """What one undo did: per contact, the actions queued and how they ended."""

    address: str
    by: str
    contacts: tuple[dict[str, Any], ...]
    report: RunReport

    def to_dict(self) -> dict[str, Any]:
        """The command's answer as `--log-format json` prints it."""
        return {"event": "undo", "address": self.address, "by": self.by,
                "contacts": list(self.contacts), "exit_status": self.report.exit_status(),
                "cleared": self.report.cleared, "reenrolled": self.report.reenrolled,
                "failed": self.report.failed, "waiting": self.report.waiting,
                "notes": list(self.report.notes)}


def plan_undo(*, crm: str, address: str, targets: list[tuple[str, str]],
              saved: dict[str, tuple], by: str, now: datetime) -> Plan:
    """The actions and history records of one undo (pure). Keys name the undo's moment, so a later
    undo of a later mark is a new action while a replay of this one is not."""
    origin = f"undo/{address}/{ts(now)}"
    actions: list[Any] = []
    history = []
    for cid, object_type in targets:
        ref = ContactRef(id=cid, object_type=object_type)
        actions.append(ClearBounce(key=action_key("undo-clear", origin, address, crm, cid),
                                   contact=ref, note=f"bounce of {address} undone by {by}"))
        enrollments = saved_step(saved.get(cid, ()))
        if enrollments:
            actions.append(Reenroll(key=action_key("undo-reenroll", origin, address, crm, cid),
                                    contact=ref, enrollments=enrollments))
        history.append(Forgive(address=address, contact=ref, at=now))
    return Plan(actions=tuple(actions), history=tuple(history))


def undo(*, crm: CrmConnector, store: StateStore, policy: Policy, clock: Callable[[], datetime],
         address: str, by: str, log: logging.Logger, contact_id: str | None = None,
         worker_id: str | None = None) -> UndoResult:
    """Undo our mark for `address` (on every contact, or only `contact_id`), then apply."""
    address = normalise_address(address)
    with open_session(mode="undo", crm=crm, store=store, policy=policy, clock=clock, log=log,
                      worker_id=worker_id) as run:
        now = clock()
        targets = store.undo_targets(crm.name, address)
        if contact_id is not None:
            targets = [t for t in targets if t[0] == contact_id]
        saved = {cid: store.saved_enrollments(crm.name, cid) for cid, _ in targets}
        p = plan_undo(crm=crm.name, address=address, targets=targets, saved=saved, by=by, now=now)
        if not targets:
            run.report.notes.append(f"nothing to undo: no mark of ours for {address} stands on "
                                    + (f"contact {contact_id}" if contact_id else "any contact"))
        else:
            store.record_undo(crm=crm.name, address=address, plan=p, now=now, by=by,
                              note=f"{len(targets)} contact(s)")
            log.info("undo %s by %s: %d action(s) queued for %d contact(s)", address, by,
                     len(p.actions), len(targets))
        tally = drain(store=store, crm=crm, owner=run.owner, clock=clock,
                      max_attempts=policy.max_attempts, lease_seconds=policy.lease_seconds,
                      log=log, keeper=run.keeper)
        report = run.report
        report.add_applied(tally)
        counts = store.outbox_counts(crm=crm.name)
        report.waiting = counts["waiting"] + counts["leased"]
        report.finished_at = clock()
        store.save_report(report)
        mine = {a.key for a in p.actions}
        states = {r["key"]: r for r in store.contact_actions(crm.name, [t[0] for t in targets])
                  if r["key"] in mine}
        contacts = tuple({"id": cid, "reenroll_in": [
            {"sequence_id": e.sequence_id, "sequence_name": e.sequence_name, "step": e.step}
            for e in saved.get(cid, ())],
            "actions": [{"kind": type(a).__name__,
                         "state": states.get(a.key, {}).get("state"),
                         "error": states.get(a.key, {}).get("error")}
                        for a in p.actions if a.contact.id == cid]}
            for cid, _ in targets)
        return UndoResult(address=address, by=by, contacts=contacts, report=report)
