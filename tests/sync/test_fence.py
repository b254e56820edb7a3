"""The fence before every CRM request (issue 10, finding 4): a worker paused past its lease
sends nothing more once another worker took its rows over, not even the rest of a batch it
had started; and a round's rows are applied one connector batch at a time, each marked
before the next is sent, so a crash repeats at most the batch in flight (finding 7).

The real state store (SQLite and PostgreSQL), the real HubSpot and local connectors; the
"pause" is the worker's pinned clock jumping past the lease while another worker leases the
rows, exactly what a SIGSTOP/SIGCONT looks like to the worker (tests/stress/harness/
many_workers.py does it with real signals)."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest

from connectors.local import LocalCrm
from sync.leases import LeaseKeeper, LeaseLost
from sync.outbox import drain
from sync.planner import Plan
from sync.records import ContactRef
from tests.connectors.hubspot.harness import connector
from tests.fakes.hubspot import FakeHubSpot
from tests.sync.actions import mark
from tests.sync.helpers import NOW, local_crm

LOG = logging.getLogger("test_fence")
LEASE = 60
UPDATE = r"/crm/v3/objects/contacts/batch/update$"


def _enqueue(store, crm: str, actions) -> None:
    store.record_page(crm=crm, entries=[], plan=Plan(actions=tuple(actions)), now=NOW)


def _drain(store, crm, now, keeper=None, batch=None):
    return drain(store=store, crm=crm, owner="A", clock=lambda: now[0], max_attempts=5,
                 lease_seconds=LEASE, log=LOG, batch=batch, keeper=keeper)


@pytest.fixture
def fake():
    with FakeHubSpot(search_per_second=50) as server:
        yield server


def _hub(fake):
    hub = connector(fake.url, search_rate_per_second=40)
    hub.setup(dry_run=False)
    return hub


def _contacts(fake, n):
    return [fake.add_contact(f"p{i}@example.com") for i in range(n)]


def test_every_connector_declares_the_fence():
    from connectors.hubspot import HubSpotConnector
    from connectors.salesforce.connector import SalesforceConnector
    from sync.ports import takes_fence

    for cls in (HubSpotConnector, SalesforceConnector, LocalCrm):
        assert cls.FENCED is True and takes_fence(cls.__new__(cls)), cls


def test_a_paused_worker_sends_no_retry_after_its_rows_were_taken_over(store, fake):
    """One batch (one request planned), answered 429 with Retry-After; while the worker
    sleeps it out, its lease lapses (a pause) and worker B takes the rows. The retry is
    never sent: the fence runs before every request, after the wait."""
    ids = _contacts(fake, 40)
    _enqueue(store, "hubspot", [mark(f"k{i}", cid) for i, cid in enumerate(ids)])
    now = [NOW]

    def sleep(seconds):  # the Retry-After wait, stretched into a pause past the lease
        now[0] += timedelta(seconds=LEASE * 2)
        taken = store.lease_actions(crm="hubspot", owner="B", now=now[0], limit=500,
                                    lease_seconds=LEASE, token="t-b")
        assert len(taken) == 40

    hub = _hub(fake)
    hub._client.http._sleep = sleep
    fake.faults.fail_next("rate_limit")
    keeper = LeaseKeeper(store, owner="A", seconds=LEASE, clock=lambda: now[0], log=LOG,
                         background=False)
    tally = _drain(store, hub, now, keeper=keeper)
    assert fake.count("POST", UPDATE) == 1  # the refused one; no retry went out
    assert "taken over" in (tally.stopped or "")
    assert all(not fake.contacts[c]["properties"].get("bounce_sync_status") for c in ids)
    assert store.outbox_counts()["leased"] == 40  # B's, untouched by A


def test_a_worker_paused_mid_round_sends_none_of_its_remaining_batches(store, fake):
    """300 contacts: three batches in one round. After the first is answered, the worker
    is frozen past its lease; B takes the rest over and users fix 5 contacts meanwhile. A
    wakes: it sends nothing more, so the 5 fixed contacts stay fixed."""
    ids = _contacts(fake, 300)
    _enqueue(store, "hubspot", [mark(f"k{i:03d}", cid) for i, cid in enumerate(ids)])
    now = [NOW]
    hub = _hub(fake)
    served = fake.dispatch
    fixed: list[str] = []
    frozen = []

    def dispatch(request):  # the fake's thread: the worker freezes once batch 1 is answered
        response = served(request)
        if request.path.endswith("/batch/update"):
            frozen.append(True)
        return response

    def clock():  # the worker's thread: on waking, B holds the rest and users fixed 5
        if frozen and not fixed:
            now[0] += timedelta(seconds=LEASE * 2)  # SIGSTOP ... SIGCONT
            taken = store.lease_actions(crm="hubspot", owner="B", now=now[0], limit=2000,
                                        contacts=1000, lease_seconds=LEASE, token="t-b")
            later = [a.contact.id for _, a in taken][-5:]  # in A's unsent batches
            with fake.state_lock:
                for cid in later:
                    fake.contacts[cid]["properties"]["bounce_sync_status"] = "fixed-by-user"
            fixed.extend(later)
        return now[0]

    fake.dispatch = dispatch
    keeper = LeaseKeeper(store, owner="A", seconds=LEASE, clock=clock, log=LOG,
                         background=False)
    tally = drain(store=store, crm=hub, owner="A", clock=clock, max_attempts=5,
                  lease_seconds=LEASE, log=LOG, keeper=keeper)
    assert fake.count("POST", UPDATE) == 1, "A sent batches after its lease was taken over"
    assert len(fixed) == 5
    assert {fake.contacts[c]["properties"]["bounce_sync_status"] for c in fixed} == {"fixed-by-user"}
    assert "taken over" in (tally.stopped or "")
    # A froze before marking its first batch: B holds all 300 rows, A marked none of them
    assert store.outbox_counts()["leased"] == 300 and store.outbox_counts()["done"] == 0


def test_a_round_is_marked_one_batch_at_a_time(store, fake):
    """A crash after the second of three batches leaves only that batch to repeat: the
    first is already marked done."""
    ids = _contacts(fake, 300)
    _enqueue(store, "hubspot", [mark(f"k{i:03d}", cid) for i, cid in enumerate(ids)])
    now = [NOW]
    hub = _hub(fake)
    mark_rows = store.complete_actions

    class Crash(BaseException):
        pass

    def complete(*args, **kwargs):  # the worker dies with batch 2 applied, not yet marked
        if fake.count("POST", UPDATE) == 2:
            raise Crash
        return mark_rows(*args, **kwargs)

    store.complete_actions = complete
    with pytest.raises(Crash):
        _drain(store, hub, now)
    store.complete_actions = mark_rows
    assert store.outbox_counts()["done"] == 100  # old code: 0, all 300 would be sent again
    now[0] += timedelta(seconds=LEASE + 1)  # the dead worker's rows expire
    tally = _drain(store, hub, now)
    assert sum(tally.done.values()) == 200 and store.outbox_counts()["done"] == 300
    assert fake.count("POST", UPDATE) == 2 + 2  # again: batch 2 (in flight) and batch 3


def test_local_crm_repeat_of_an_applied_action_writes_nothing(tmp_path):
    """A crash between the local CRM's commit and the outbox's mark: the repeat finds the
    action's event and writes nothing (a user's edit since is kept; history shows it once)."""
    crm = local_crm(tmp_path, "email,owner,sequences\nana@example.com,rep@x.example,Outbound:2\n")
    [ana] = crm.list_contacts()
    action = mark("k1", str(ana["id"]))
    assert [r.outcome.value for r in crm.apply([action])] == ["done"]
    crm.edit_email(str(ana["id"]), "ana.fixed@example.com")
    import sqlite3

    conn = sqlite3.connect(tmp_path / "crm.sqlite3")
    conn.execute("UPDATE contacts SET bounce_status = NULL")
    conn.commit()
    [again] = crm.apply([action])
    assert again.outcome.value == "done"
    assert conn.execute("SELECT bounce_status FROM contacts").fetchone()[0] is None
    assert conn.execute("SELECT count(*) FROM events WHERE action_key = 'k1'").fetchone()[0] == 1
    conn.close()


def test_local_crm_rolls_back_when_the_lease_is_lost_before_commit(tmp_path):
    crm = local_crm(tmp_path, "email,owner,sequences\nana@example.com,rep@x.example,Outbound:2\n")
    [ana] = crm.list_contacts()
    calls = []

    def fence():
        calls.append(1)
        if len(calls) == 2:
            raise LeaseLost("taken over")

    with pytest.raises(LeaseLost):
        crm.apply([mark("k1", str(ana["id"]))], fence=fence)
    assert crm.list_contacts()[0]["status"] is None


def test_check_stops_when_the_store_cannot_be_asked_and_time_is_short(store):
    now = [NOW]
    keeper = LeaseKeeper(store, owner="A", seconds=LEASE, clock=lambda: now[0], log=LOG,
                         background=False)
    assert keeper.claim("watcher:x")

    def broken(*a, **k):
        raise OSError("server closed the connection unexpectedly")

    store.renew = broken
    keeper.check("a request")  # most of the lease left by our record: no database needed
    now[0] += timedelta(seconds=LEASE * 0.6)
    with pytest.raises(LeaseLost, match="cannot confirm"):
        keeper.check("a request")


def test_contact_ref_ids_group_parts():
    from sync.outbox import _parts

    actions = [mark("a1", "c1"), mark("b1", "c2"), mark("a2", "c1"), mark("c1x", "c3")]
    parts = _parts(actions, 2)
    assert [[a.key for a in p] for p in parts] == [["a1", "a2", "b1"], ["c1x"]]
    assert _parts(actions, None) == [actions]
    assert isinstance(actions[0].contact, ContactRef)


def test_applied_rows_are_marked_on_a_new_connection_when_the_state_connection_drops(
        store, fake):
    """PostgreSQL drops the connection just as a batch's rows are to be marked: they are
    marked on a new connection and the unsent rows go back to waiting before the error ends
    the run, so the next run repeats nothing (old code: every row of the round was sent
    again by the next run, once per drop)."""
    if not store.concurrent:
        pytest.skip("SQLite has no connection to drop")
    ids = _contacts(fake, 300)
    _enqueue(store, "hubspot", [mark(f"k{i:03d}", cid) for i, cid in enumerate(ids)])
    now = [NOW]
    hub = _hub(fake)

    def dropped(*args, **kwargs):
        raise OSError("server closed the connection unexpectedly")

    store.complete_actions = dropped
    with pytest.raises(OSError):
        _drain(store, hub, now)
    del store.complete_actions
    assert store.outbox_counts()["done"] == 100 and store.outbox_counts()["waiting"] == 200
    _drain(store, hub, now)  # the next run: no lease to wait out, nothing sent twice
    assert fake.count("POST", UPDATE) == 3 and store.outbox_counts()["done"] == 300


def test_a_later_write_round_waits_for_an_earlier_one_being_retried(fake):
    """Found by the lost-answer faults: a soft bounce's write failed (to be retried) while
    the same call's next round wrote "bounced"; the retry then put the soft status back
    over it. The later round now waits too, so the writes land in order."""
    import dataclasses

    from sync.records import BounceStatus, Outcome

    hub = connector(fake.url, search_rate_per_second=40, max_attempts=1)
    hub.setup(dry_run=False)
    [cid] = _contacts(fake, 1)
    soft = dataclasses.replace(mark("k1", cid), status=BounceStatus.SOFT, hard=False,
                               soft_count=2)
    hard = mark("k2", cid)
    fake.faults.fail_next("applied_5xx")
    results = hub.apply([soft, hard])
    assert [r.outcome for r in results] == [Outcome.RETRY, Outcome.RETRY]
    assert fake.count("POST", UPDATE) == 1  # old code: 2, "bounced" written before the retry
    assert [r.outcome for r in hub.apply([soft, hard])] == [Outcome.DONE, Outcome.DONE]
    assert fake.contacts[cid]["properties"]["bounce_sync_status"] == "bounced"
