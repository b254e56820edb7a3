"""`bounce-sync apply-unverified ADDRESS [--message ID]`: a person applies a bounce that was
only recorded because it could not be verified (issue 9: unverified bounces stay visible
and a person can apply one).

The recorded bounce is planned again by the planner, as trusted by that person
(`MessageSeen.trusted_by`; sync/planner/trust.py), from what the ledger kept of its
classification, with the contacts holding the address now; the plan (marks, unenrollments,
history, known-bad memory) is recorded in one store transaction with who asked, and applied
through the outbox like a run's (sync/outbox.py: leases, fencing, idempotent keys: the keys
are those a trusted run would have used, so applying twice changes nothing more).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from classifier.records import Classification, Delivery, Original, Reason, Scope, normalise_address
from sync.outbox import drain
from sync.planner import MessageSeen, plan
from sync.policy import Policy
from sync.ports import CrmConnector
from sync.records import BounceOutcome
from sync.report import RunReport
from sync.session import open_session
from sync.store import StateStore


@dataclass(frozen=True, slots=True, kw_only=True)
class Applied:
    """What one apply-unverified did."""

    address: str
    by: str
    messages: tuple[str, ...]  # "mailbox/message id" of the bounces applied
    report: RunReport

    def to_dict(self) -> dict[str, Any]:
        """The command's answer as `--log-format json` prints it."""
        return {"event": "apply-unverified", "address": self.address, "by": self.by,
                "messages": list(self.messages), "exit_status": self.report.exit_status(),
                "marked": self.report.contacts_marked, "unenrolled": self.report.unenrolled,
                "failed": self.report.failed, "notes": list(self.report.notes)}


def _classification(kept: Mapping[str, Any], address: str) -> Classification | None:
    """The ledger's classification, restricted to the delivery for `address`."""
    rows = [d for d in kept.get("deliveries") or () if d.get("address") == address]
    if not rows:
        return None
    d = rows[0]
    delivery = Delivery(address=address, reason=Reason.parse(d["reason"]), hard_bounce=bool(d["hard"]),
                        permanent=bool(d["hard"]), scope=Scope(d.get("scope") or "recipient"),
                        action=d.get("action"), status=d.get("status"),
                        reply_code=d.get("reply_code"), diagnostic=d.get("diagnostic"))
    original = kept.get("original") or {}
    return Classification(is_bounce=True, deliveries=(delivery,), format=kept.get("format"),
                          original=Original(message_id=original.get("message_id"),
                                            subject=original.get("subject")))


def apply_unverified(*, crm: CrmConnector, store: StateStore, policy: Policy,
                     clock: Callable[[], datetime], address: str, by: str, log: logging.Logger,
                     message_id: str | None = None, worker_id: str | None = None) -> Applied:
    """Apply the unverified bounces of `address` (or only the one of `message_id`)."""
    address = normalise_address(address)
    with open_session(mode="apply-unverified", crm=crm, store=store, policy=policy, clock=clock,
                      log=log, worker_id=worker_id) as run:
        now = clock()
        rows = [b for b in store.address_bounces(address)
                if b["outcome"] == BounceOutcome.UNVERIFIED.value and b["scope"] == "recipient"
                and (message_id is None or b["message_id"] == message_id)]
        keys = list(dict.fromkeys((b["mailbox"], b["message_id"]) for b in rows))
        ledger = store.ledger_rows(keys)
        contacts = tuple(crm.find_contacts([address]))
        done: list[str] = []
        for (mailbox, mid), b in zip(keys, (next(r for r in rows if (r["mailbox"], r["message_id"]) == k)
                                            for k in keys)):
            kept = (ledger.get((mailbox, mid)) or {}).get("classification") or {}
            c = _classification(kept, address)
            if c is None:
                run.report.notes.append(f"{mailbox}/{mid}: the ledger no longer holds its classification")
                continue
            obs = MessageSeen(mailbox=mailbox, message_id=mid, classification=c, at=b["at"],
                              contacts=contacts, trusted_by=by)
            state = store.planner_state(
                crm=crm.name, addresses=frozenset({address}),
                contact_ids=frozenset(k.ref.id for k in contacts),
                since=b["at"] - timedelta(days=policy.soft_bounce_window_days), now=now,
                mailboxes=[mailbox], rate_window_days=policy.bounce_rate_window_days,
                sent_in_window={mailbox: None}, rate_since=None)
            p = plan([obs], state, policy, now=now)
            store.record_page(crm=crm.name, entries=[], plan=p, now=now, mailbox=mailbox)
            store.record_applied(crm=crm.name, address=address, contact_ids=[k.ref.id for k in contacts],
                                 now=now, why=f"unverified bounce {mailbox}/{mid} applied by {by}")
            done.append(f"{mailbox}/{mid}")
            log.info("apply-unverified %s by %s: %s/%s, %d action(s)", address, by, mailbox, mid,
                     len(p.actions))
        if not keys:
            run.report.notes.append(f"nothing to apply: no unverified bounce of {address}"
                                    + (f" in message {message_id}" if message_id else ""))
        tally = drain(store=store, crm=crm, owner=run.owner, clock=clock,
                      max_attempts=policy.max_attempts, lease_seconds=policy.lease_seconds,
                      log=log, keeper=run.keeper)
        report = run.report
        report.add_applied(tally)
        report.finished_at = clock()
        store.save_report(report)
        return Applied(address=address, by=by, messages=tuple(done), report=report)
