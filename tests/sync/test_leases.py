"""Leases that hold: fencing tokens, renewal during a long CRM call, and the lower bound on
lease_seconds (per-contact outbox order is in test_outbox.py). The real state store (SQLite
and PostgreSQL), the real local CRM; a slow CRM is the local CRM wrapped (a stand-in for a
rate-limited one)."""

from __future__ import annotations

import logging
import threading
import time
from datetime import datetime, timedelta, timezone

import pytest

from sync.errors import StateError
from sync.leases import Fence, LeaseKeeper, LeaseLost, idle_limit
from sync.outbox import drain
from sync.planner import Plan
from sync.policy import MIN_LEASE_SECONDS, Policy
from sync.store import LedgerEntry, open_store
from sync import worker
from sync.worker import Mailbox, run_once
from tests.sync.actions import done, enqueue, keys, lease, mark
from tests.sync.helpers import NOW, ListSource, dsn, local_crm, numbered_contacts

LOG = logging.getLogger("test_leases")

# --------------------------------------------------------------------------- fencing tokens


def test_a_lease_changing_hands_gets_a_new_token_and_the_old_holder_is_fenced(store):
    a = store.claim("mailbox:rep", owner="A", now=NOW, seconds=60)
    assert a and store.claim("mailbox:rep", owner="A", now=NOW, seconds=60) == a  # A extends
    assert store.renew("mailbox:rep", owner="A", token=a, now=NOW + timedelta(seconds=50), seconds=60)
    assert store.claim("mailbox:rep", owner="B", now=NOW + timedelta(seconds=100), seconds=60) is None
    b = store.claim("mailbox:rep", owner="B", now=NOW + timedelta(seconds=111), seconds=60)
    assert b and b > a
    # A comes back late: it cannot renew, record a page, save its cursor or mark its run
    assert not store.renew("mailbox:rep", owner="A", token=a, now=NOW + timedelta(seconds=112), seconds=60)
    entry = LedgerEntry(mailbox="rep", message_id="m1", status="not_bounce", classification=None)
    with pytest.raises(LeaseLost):
        store.record_page(crm="local", entries=[entry], plan=Plan(actions=(mark("k1"),)), now=NOW,
                          mailbox="rep", cursor="late", save_cursor=True,
                          fence=Fence(name="mailbox:rep", owner="A", token=a, seconds=60))
    assert store.seen_messages("rep", ["m1"]) == set() and store.cursor("rep") is None
    assert store.outbox_counts()["waiting"] == 0
    store.release("mailbox:rep", owner="A", token=a)  # no effect: not A's any more
    assert store.lease_holders(NOW + timedelta(seconds=112)) == {"mailbox:rep": "B"}
    store.record_page(crm="local", entries=[entry], plan=Plan(), now=NOW, mailbox="rep", cursor="1",
                      save_cursor=True, fence=Fence(name="mailbox:rep", owner="B", token=b, seconds=60))
    assert store.cursor("rep") == "1"
    store.release("mailbox:rep", owner="B", token=b)
    assert store.lease_holders(NOW + timedelta(seconds=112)) == {}
    assert store.claim("mailbox:rep", owner="A", now=NOW + timedelta(seconds=113), seconds=60) > b


def test_rows_taken_over_are_not_marked_by_their_late_owner(store):
    enqueue(store, mark("k1"), mark("k2", cid="c2"))
    mine = lease(store, token="t-a")
    assert store.renew_actions(owner="A", token="t-a", now=NOW, seconds=60) == 2
    later = NOW + timedelta(seconds=61)
    theirs = lease(store, owner="B", now=later, token="t-b")
    assert keys(theirs) == ["k1", "k2"]
    assert store.renew_actions(owner="A", token="t-a", now=later, seconds=60) == 0
    assert done(store, mine, "A", token="t-a") == []  # fenced: nothing recorded
    store.release_actions(["k1"], owner="B", error=None, token="t-a")  # wrong token: no effect
    assert len(done(store, theirs, "B", token="t-b")) == 2
    assert store.outbox_counts()["done"] == 2


# --------------------------------------------------------------------------- the keeper


def test_confirm_stops_a_worker_whose_lease_was_taken_over(store):
    now = [NOW]
    keeper = LeaseKeeper(store, owner="A", seconds=60, clock=lambda: now[0], log=LOG, background=False)
    assert keeper.claim("watcher:local")
    now[0] = NOW + timedelta(seconds=20)
    keeper.confirm()  # plenty left: no database round trip needed
    now[0] = NOW + timedelta(seconds=45)
    keeper.confirm()  # less than half left: renewed now
    assert keeper.renewals == 1
    now[0] = NOW + timedelta(seconds=106)  # A froze past its lease; B took over
    assert store.claim("watcher:local", owner="B", now=now[0], seconds=60)
    with pytest.raises(LeaseLost):
        keeper.confirm("the next page")
    keeper.release("watcher:local")  # gives nothing up: it is B's
    assert store.lease_holders(now[0]) == {"watcher:local": "B"}


def test_a_worker_that_loses_its_mailbox_mid_read_records_nothing_more(store, tmp_path, monkeypatch):
    """Page 1 is recorded; while A waits on page 2 it freezes past its lease, B takes the
    mailbox and reads on; A's page 2 lookup is refused and its cursor never overwrites B's."""
    monkeypatch.setattr(worker, "POOL_ADDRESSES", 2)  # a lookup pool of one page here
    crm = local_crm(tmp_path, numbered_contacts(4))
    now = [datetime.now(timezone.utc)]

    class Freezing(ListSource):
        def fetch(self, cursor, *, limit):
            batch = super().fetch(cursor, limit=limit)
            if cursor == "2":  # A stalls here; B takes the mailbox over and finishes it
                now[0] += timedelta(seconds=61)
                assert store.claim("mailbox:rep", owner="B", now=now[0], seconds=60)
                store.save_cursor("rep", "4", now=now[0])
            return batch

    source = Freezing([dsn(f"u{i}@example.com") for i in range(4)])
    report = run_once(mailboxes=[Mailbox(name="rep", source=source)], crm=crm, store=store,
                      policy=Policy(lease_seconds=60), clock=lambda: now[0], worker_id="A",
                      batch_limit=2)
    assert any("taken over" in n for n in report.notes), report.notes
    assert report.messages_scanned == 4 and report.contacts_marked == 2  # page 2 not recorded
    assert store.seen_messages("rep", ["m0", "m1", "m2", "m3"]) == {"m0", "m1"}
    assert store.cursor("rep") == "4"
    crm.close()


@pytest.mark.postgres
@pytest.mark.real_clock  # lease renewals are timed thread waits
def test_a_crm_call_longer_than_the_lease_keeps_its_rows(backend_pg_url, tmp_path):
    """Real clock, 2 s lease (the keeper itself has no lower bound; Policy has), a CRM call
    of 3 s: the heartbeat keeps the rows, a second worker polling all along gets none of
    them, and every action is applied and marked once."""
    store = open_store(backend_pg_url, base_dir=tmp_path)
    other = open_store(backend_pg_url, base_dir=tmp_path)
    crm = local_crm(tmp_path, numbered_contacts(5))
    refs = {c["email"]: c["id"] for c in crm.list_contacts()}
    enqueue(store, *(mark(f"k{i}", cid=str(refs[f"u{i}@example.com"])) for i in range(5)))
    clock = lambda: datetime.now(timezone.utc)  # noqa: E731
    calls: list[str] = []
    stolen: list[str] = []
    stop = threading.Event()

    class Slow:
        name = "local"

        def apply(self, actions):
            calls.extend(a.key for a in actions)
            if not poller.is_alive():
                poller.start()  # the other worker looks for work all through the call
            time.sleep(3)  # a rate-limited batch
            return crm.apply(actions)

    def poll() -> None:
        while not stop.is_set():
            stolen.extend(keys(other.lease_actions(crm="local", owner="B", now=clock(), limit=10,
                                                   lease_seconds=2, token="tb")))
            time.sleep(0.1)

    poller = threading.Thread(target=poll)
    try:
        with LeaseKeeper(store, owner="A", seconds=2, clock=clock, log=LOG) as keeper:
            tally = drain(store=store, crm=Slow(), owner="A", clock=clock, max_attempts=5,
                          lease_seconds=2, log=LOG, keeper=keeper)
    finally:
        stop.set()
        poller.join()
    assert stolen == [] and sorted(calls) == [f"k{i}" for i in range(5)]
    assert tally.done == {"MarkBounced": 5} and tally.longest_batch >= 3 and keeper.renewals >= 4
    assert store.outbox_counts()["done"] == 5
    for s in (store, other):
        s.close()
    crm.close()


@pytest.mark.postgres
@pytest.mark.real_clock  # waits for the server's own idle timer
def test_a_worker_frozen_inside_a_transaction_keeps_its_rows_no_longer_than_their_lease(backend_pg_url, tmp_path):
    """A is frozen (SIGSTOP, a VM pause) in the middle of its heartbeat's renewal, so it holds
    its rows' locks; `SKIP LOCKED` made B pass them by for as long as A stayed frozen, and A
    applied them on waking (the paused-worker stress test caught it under load). The server
    ends A's session after MIN_LEASE_SECONDS idle in its transaction: B takes the rows once
    their lease expires, and A, woken, can neither renew nor mark them."""
    a = open_store(backend_pg_url, base_dir=tmp_path)
    b = open_store(backend_pg_url, base_dir=tmp_path)
    enqueue(a, mark("k1"), mark("k2", cid="c2"))
    mine = lease(a, token="t-a")
    later = NOW + timedelta(seconds=61)  # the rows' 60 s lease has expired
    theirs: list = []
    with pytest.raises(StateError) as woke, a.transaction():
        assert a.renew_actions(owner="A", token="t-a", now=NOW, seconds=60) == 2  # frozen here
        waited = time.monotonic()
        while not theirs and time.monotonic() - waited < MIN_LEASE_SECONDS + 20:
            theirs = lease(b, owner="B", now=later, token="t-b")
            time.sleep(0.2)
        assert keys(theirs) == ["k1", "k2"] and time.monotonic() - waited >= MIN_LEASE_SECONDS - 1
        a.renew_actions(owner="A", token="t-a", now=later, seconds=60)  # A wakes
    assert woke.value.transient
    assert len(done(b, theirs, "B", token="t-b")) == 2
    a.close()
    a = open_store(backend_pg_url, base_dir=tmp_path)  # A's next run
    assert done(a, mine, "A", token="t-a") == [] and a.outbox_counts()["done"] == 2
    for s in (a, b):
        s.close()


def _idle_limit_ms(store) -> int:
    [(value,)] = store.db.execute("SELECT setting FROM pg_settings WHERE name = 'idle_in_transaction_session_timeout'")
    return int(value)


def test_the_idle_limit_comes_before_a_lease_can_lapse():
    """A frozen worker's lease lapses no sooner than three quarters of lease_seconds after it
    froze (renewed every quarter); the server must end its idle transaction before that, from
    7-s leases up. At 5 and 6 s the floor of 5 s is up to 1.25 s later (sync/leases.py says so)."""
    assert all(idle_limit(s) < 0.75 * s for s in range(7, 3601))
    assert [idle_limit(s) for s in (MIN_LEASE_SECONDS, 6)] == [5, 5]
    assert [idle_limit(s) for s in (60, 300)] == [30, 150]


@pytest.mark.postgres
def test_every_command_that_holds_leases_idles_in_a_transaction_for_half_its_lease_at_most(backend_pg_url, tmp_path):
    """A 5-s stall on a busy machine no longer ends a run whose lease is five minutes. The mail
    commands' store (opened by the command's trace from the config), `undo`'s and
    `apply-unverified`'s (cli.app.state_store: they drain the outbox under the same leases) and
    the heartbeat's sibling connection all follow the config's lease_seconds."""
    from sync.cli.app import Settings, state_store
    from sync.cli.trace import RunTrace
    from sync.report import RunReport
    from tests.cli import LOCAL

    path = tmp_path / "bounce-sync.toml"
    path.write_text(LOCAL.replace('"sqlite:///state.sqlite3"', f'"{backend_pg_url}"') + "lease_seconds = 300\n")
    trace = RunTrace(Settings(str(path), "json", False), RunReport(started_at=NOW, mode="run"))
    cfg = trace.load()
    store = trace.open_store(cfg)
    sibling = store.sibling()
    assert _idle_limit_ms(store) == _idle_limit_ms(sibling) == 150_000
    sibling.close()
    trace.close()
    with state_store(cfg) as people:
        assert _idle_limit_ms(people) == 150_000
    plain = open_store(backend_pg_url, base_dir=tmp_path)  # tools and tests: the shortest lease's
    assert _idle_limit_ms(plain) == MIN_LEASE_SECONDS * 1000
    plain.close()


@pytest.fixture
def backend_pg_url():
    from tests.sync.conftest import backend_url

    with backend_url("postgresql") as url:
        yield url


# --------------------------------------------------------------------------- the lower bound


def test_a_lease_too_short_to_be_safe_is_refused():
    with pytest.raises(ValueError, match=f"lease_seconds must be at least {MIN_LEASE_SECONDS}"):
        Policy(lease_seconds=MIN_LEASE_SECONDS - 1)
    assert Policy(lease_seconds=MIN_LEASE_SECONDS).lease_seconds == MIN_LEASE_SECONDS
