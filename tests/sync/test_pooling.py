"""The worker's CRM calls at the batch floor: lookups pooled across pages and mailboxes,
outbox applies carrying whole connector batches; with the lease, fencing and per-contact
order guarantees kept. The real local CRM (counted by a wrapper standing in for a remote
CRM), the real state store (SQLite and PostgreSQL), list-backed mailboxes."""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from datetime import datetime, timedelta, timezone

from connectors.local import LocalCrm
from sync import outbox, worker
from sync.errors import Retryable
from sync.outbox import drain, full_batches
from sync.policy import Policy
from sync.records import Action, ContactRef, MarkBounced, BounceStatus, Unenroll
from sync.worker import Mailbox, backfill, run_once
from tests.sync.helpers import NOW, CrmStandIn, ListSource, dsn, local_crm, numbered_contacts, plain_mail

LOG = logging.getLogger("test_pooling")


class Counted(CrmStandIn):
    """The local CRM with its calls counted (what a remote CRM would bill)."""

    def __init__(self, crm: LocalCrm, *, batch_size: int | None = None) -> None:
        super().__init__(crm)
        self.lookups: list[list[str]] = []
        self.applies: list[list[Action]] = []
        self.fail_lookups = 0
        if batch_size is not None:
            self.BATCH_SIZE = batch_size

    def find_contacts(self, emails: Sequence[str]):
        self.lookups.append(list(emails))
        if self.fail_lookups:
            self.fail_lookups -= 1
            raise Retryable("429 from the CRM")
        return self.crm.find_contacts(emails)

    def apply(self, actions: Sequence[Action]):
        self.applies.append(list(actions))
        return self.crm.apply(actions)


def clock() -> datetime:
    """Pinned (CONTRIBUTING.md), just after the list mailboxes' mail (dated helpers.NOW): with
    the real clock, a year on, their bounces fell out of the known-bad window (policy
    known_bad_days) and the known-bad check's lookup these tests count never came."""
    return NOW + timedelta(minutes=5)


_STARTED = time.monotonic()


def _crm_time() -> datetime:
    """The local CRM's stamps: the pinned clock plus the real time elapsed (always later
    than the worker's writes, as in life)."""
    return clock() + timedelta(seconds=time.monotonic() - _STARTED)


def test_twenty_small_mailboxes_make_one_lookup_and_one_apply(store, tmp_path):
    crm = Counted(local_crm(tmp_path, numbered_contacts(60), clock=_crm_time))
    boxes = [Mailbox(name=f"box{b}", source=ListSource(
        [dsn(f"u{b * 3 + i}@example.com", msgid=f"o{b}-{i}@acme.example") for i in range(3)]
        + [plain_mail(f"friend{b}@example.com")])) for b in range(20)]
    report = run_once(mailboxes=boxes, crm=crm, store=store, policy=Policy(), clock=clock,
                      worker_id="w")
    assert (report.messages_scanned, report.contacts_marked, report.unenrolled) == (80, 60, 60)
    # the one pooled lookup, then the known-bad check's one (sync/known_bad.py): the 60
    # addresses now known to hard-bounce, whose contacts are already marked (no action)
    assert [len(x) for x in crm.lookups] == [60, 60]
    assert [len(x) for x in crm.applies] == [120]  # 60 contacts: MarkBounced + Unenroll each
    # every page recorded with its own cursor
    assert all(store.cursor(f"box{b}") == "4" for b in range(20))
    crm.crm.close()


def test_a_pool_fills_whole_batches_and_pages_stay_in_order(store, tmp_path, monkeypatch):
    monkeypatch.setattr(worker, "POOL_ADDRESSES", 14)
    crm = Counted(local_crm(tmp_path, numbered_contacts(45), clock=_crm_time), batch_size=4)  # pools of >= 12: whole batches
    source = ListSource([dsn(f"u{i}@example.com", msgid=f"o{i}@acme.example") for i in range(45)])
    cursors: list[str | None] = []
    plain = store.record_page

    def record_page(**kw):
        cursors.append(kw["cursor"])
        return plain(**kw)

    monkeypatch.setattr(store, "record_page", record_page)
    report = run_once(mailboxes=[Mailbox(name="rep", source=source)], crm=crm, store=store,
                      policy=Policy(), clock=clock, worker_id="w", batch_limit=5)
    assert report.contacts_marked == 45
    # pages of 5 until >= 12, then the known-bad check's one lookup of the 45 addresses
    assert [len(x) for x in crm.lookups] == [15, 15, 15, 45]
    assert cursors == [str(i) for i in range(5, 50, 5)]
    crm.crm.close()


def test_a_lookup_refused_records_nothing_of_the_pool(store, tmp_path):
    crm = Counted(local_crm(tmp_path, numbered_contacts(6), clock=_crm_time))
    boxes = [Mailbox(name=f"box{b}", source=ListSource(
        [dsn(f"u{b * 2 + i}@example.com", msgid=f"o{b}-{i}@x") for i in range(2)])) for b in range(3)]
    crm.fail_lookups = 1
    report = run_once(mailboxes=boxes, crm=crm, store=store, policy=Policy(), clock=clock,
                      worker_id="w")
    assert report.work_left and report.contacts_marked == 0
    assert all(store.cursor(f"box{b}") is None for b in range(3))
    assert store.seen_messages("box0", ["m0", "m1"]) == set()
    again = run_once(mailboxes=boxes, crm=crm, store=store, policy=Policy(), clock=clock,
                     worker_id="w")
    assert again.contacts_marked == 6 and not again.work_left
    crm.crm.close()


def test_a_mailbox_lost_mid_pool_drops_only_its_pages(store, tmp_path):
    """A reads box0 and box1 into one pool; while it reads box1, B takes box0 over. box0's
    pooled page is not recorded (B's cursor stands); box1's is."""
    crm = Counted(local_crm(tmp_path, numbered_contacts(4), clock=_crm_time))
    now = [clock()]

    class Freezing(ListSource):
        def fetch(self, cursor, *, limit):
            batch = super().fetch(cursor, limit=limit)
            now[0] += timedelta(seconds=61)  # A stalls past its lease on box0
            assert store.claim("mailbox:box0", owner="B", now=now[0], seconds=60)
            store.save_cursor("box0", "B's", now=now[0])
            return batch

    boxes = [Mailbox(name="box0", source=ListSource([dsn("u0@example.com"), dsn("u1@example.com", msgid="x@y")])),
             Mailbox(name="box1", source=Freezing([dsn("u2@example.com"), dsn("u3@example.com", msgid="x@y")]))]
    report = run_once(mailboxes=boxes, crm=crm, store=store, policy=Policy(lease_seconds=60),
                      clock=lambda: now[0], worker_id="A")
    assert any("box0: stopped" in n and "taken over" in n for n in report.notes), report.notes
    assert store.cursor("box0") == "B's" and store.seen_messages("box0", ["m0", "m1"]) == set()
    assert store.cursor("box1") == "2" and report.contacts_marked == 2
    # box1's pooled lookup, then the known-bad check's (box0's bounces were not recorded)
    assert [sorted(x) for x in crm.lookups] == [["u2@example.com", "u3@example.com"]] * 2
    crm.crm.close()


def test_backfill_pools_and_reports_progress(store, tmp_path):
    crm = Counted(local_crm(tmp_path, numbered_contacts(30), clock=_crm_time))
    source = ListSource([dsn(f"u{i}@example.com", msgid=f"o{i}@x") for i in range(30)])
    seen: list[int] = []
    report = backfill(mailboxes=[Mailbox(name="rep", source=source)], crm=crm, store=store,
                      policy=Policy(), clock=clock, since=datetime(2000, 1, 1, tzinfo=timezone.utc),
                      progress=seen.append, worker_id="w", batch_limit=7)
    assert report.contacts_marked == 30 and sum(seen) == 30 and len(seen) == 30  # per message
    assert [len(x) for x in crm.lookups] == [30]
    assert store.cursor("rep") is None  # a backfill leaves the cursor alone
    crm.crm.close()


# --------------------------------------------------------------------------- applying


def test_full_batches_uses_a_declared_batch_size():
    class Plain:
        pass

    class Declared:
        BATCH_SIZE = 300

    assert full_batches(Plain()) == outbox.APPLY_CONTACTS == 1000
    assert full_batches(Declared()) == 900
    assert full_batches(Declared(), 100) == 300  # at least one batch


def _queue(store, n_contacts: int, *, per_contact: int = 2) -> None:
    from sync.planner import Plan

    now = datetime(2026, 11, 20, tzinfo=timezone.utc)
    actions: list[Action] = []
    for i in range(n_contacts):
        ref = ContactRef(id=str(i + 1))
        actions.append(MarkBounced(key=f"m{i}", contact=ref, status=BounceStatus.BOUNCED,
                                   address=f"u{i}@example.com", hard=True, reason="user_unknown",
                                   reason_label="User unknown", diagnostic="550",
                                   bounced_at=now, soft_count=0))
        if per_contact > 1:
            actions.append(Unenroll(key=f"u{i}", contact=ref, enrollments=()))
    store.record_page(crm="local", entries=[], plan=Plan(actions=tuple(actions)), now=now)


def test_drain_leases_whole_contacts_per_apply(store, tmp_path):
    crm = Counted(local_crm(tmp_path, numbered_contacts(25), clock=_crm_time), batch_size=10)
    _queue(store, 25)
    tally = drain(store=store, crm=crm, owner="w", clock=clock, max_attempts=5, lease_seconds=60,
                  log=LOG, batch=10)
    sizes = [len({a.contact.id for a in call}) for call in crm.applies]
    assert sizes == [10, 10, 5] and [len(c) for c in crm.applies] == [20, 20, 10]
    # a contact's rows travel together and in order
    for call in crm.applies:
        kinds = {}
        for a in call:
            kinds.setdefault(a.contact.id, []).append(type(a).__name__)
        assert all(k == ["MarkBounced", "Unenroll"] for k in kinds.values())
    assert tally.done == {"MarkBounced": 25, "Unenroll": 25} and tally.batches == 3
    crm.crm.close()


def test_lease_actions_caps_contacts_not_rows(store):
    _queue(store, 6)
    now = datetime(2026, 11, 20, 1, tzinfo=timezone.utc)
    rows = store.lease_actions(crm="local", owner="A", now=now, limit=100, contacts=4,
                               lease_seconds=60, token="t")
    assert [a.key for _, a in rows] == ["m0", "u0", "m1", "u1", "m2", "u2", "m3", "u3"]
    rest = store.lease_actions(crm="local", owner="B", now=now, limit=3, contacts=4,
                               lease_seconds=60, token="t2")
    assert [a.key for _, a in rest] == ["m4", "u4", "m5"]  # the row LIMIT still applies
