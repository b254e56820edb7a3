"""Action builders and outbox shortcuts shared by the lease and outbox tests (one local CRM,
contact "c1" unless told)."""

from __future__ import annotations

from sync.planner import Plan
from sync.records import (
    ApplyResult, BounceStatus, ClearBounce, ContactRef, Enrollment, MarkBounced, Outcome,
    Reenroll, Unenroll,
)
from tests.sync.helpers import NOW

SEQ = (Enrollment(sequence_id="s1", sequence_name="Outbound", step=2),)


def mark(key: str, cid: str = "c1") -> MarkBounced:
    return MarkBounced(key=key, contact=ContactRef(id=cid), status=BounceStatus.BOUNCED,
                       address=f"{cid}@example.com", hard=True, reason="userunknown",
                       reason_label="Mailbox does not exist", diagnostic="550 5.1.1", bounced_at=NOW)


def unenroll(key: str, cid: str = "c1") -> Unenroll:
    return Unenroll(key=key, contact=ContactRef(id=cid), enrollments=SEQ)


def reenroll(key: str, cid: str = "c1") -> Reenroll:
    return Reenroll(key=key, contact=ContactRef(id=cid), enrollments=SEQ)


def clear(key: str, cid: str = "c1") -> ClearBounce:
    return ClearBounce(key=key, contact=ContactRef(id=cid), note="address changed")


def enqueue(store, *actions) -> None:
    store.record_page(crm="local", entries=[], plan=Plan(actions=tuple(actions)), now=NOW)


def keys(leased) -> list[str]:
    return [a.key for _, a in leased]


def done(store, leased, owner, token=None):
    return store.complete_actions([(a, ApplyResult(key=a.key, outcome=Outcome.DONE)) for _, a in leased],
                                  owner=owner, now=NOW, max_attempts=5, token=token)


def lease(store, owner="A", limit=10, now=NOW, **kw):
    return store.lease_actions(crm="local", owner=owner, now=now, limit=limit, lease_seconds=60, **kw)
