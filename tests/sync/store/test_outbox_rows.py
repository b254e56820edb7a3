"""Outbox rows: leasing between workers, results, retries, releases, and what an Unenroll
removed; on SQLite and on the real PostgreSQL server."""

from __future__ import annotations

import threading
from datetime import timedelta

from sync.records import ApplyResult, ContactRef, Enrollment, Outcome, Unenroll
from sync.store import open_store
from tests.sync.helpers import NOW
from tests.sync.store.builders import REF, enqueue, mark


def test_two_workers_never_lease_the_same_row_and_expired_leases_are_taken_over(store, url, tmp_path):
    enqueue(store, *[mark(f"k{i}", ContactRef(id=f"c{i}")) for i in range(6)])
    other = open_store(url, base_dir=tmp_path)
    try:
        a = store.lease_actions(crm="local", owner="A", now=NOW, limit=4, lease_seconds=60)
        b = other.lease_actions(crm="local", owner="B", now=NOW, limit=4, lease_seconds=60)
        keys_a, keys_b = {x.key for _, x in a}, {x.key for _, x in b}
        assert len(keys_a) == 4 and len(keys_b) == 2 and not keys_a & keys_b
        assert [x.key for _, x in a] == ["k0", "k1", "k2", "k3"]  # oldest first
        assert other.lease_actions(crm="local", owner="B", now=NOW, limit=4, lease_seconds=60) == []
        # A dies; after its lease expires B takes its rows over
        later = NOW + timedelta(seconds=61)
        taken = other.lease_actions(crm="local", owner="B", now=later, limit=10, lease_seconds=60)
        assert {x.key for _, x in taken} == keys_a | keys_b  # B's own expired too
        # A wakes up and reports: ignored, the rows are B's now
        done = store.complete_actions([(x, ApplyResult(key=x.key, outcome=Outcome.DONE)) for _, x in a],
                                      owner="A", now=later, max_attempts=5)
        assert done == []
        done = other.complete_actions([(x, ApplyResult(key=x.key, outcome=Outcome.DONE)) for _, x in taken],
                                      owner="B", now=later, max_attempts=5)
        assert [state for *_, state in done] == ["done"] * 6
    finally:
        other.close()


def test_concurrent_leasing_splits_rows(store, url, tmp_path):
    enqueue(store, *[mark(f"k{i:03}", ContactRef(id=f"c{i}")) for i in range(200)])
    got: dict[int, list[str]] = {i: [] for i in range(4)}
    errors: list[BaseException] = []

    def work(i: int) -> None:  # one store (connection) per worker thread
        mine = open_store(url, base_dir=tmp_path)
        try:
            while rows := mine.lease_actions(crm="local", owner=f"w{i}", now=NOW, limit=7,
                                             lease_seconds=60):
                got[i].extend(a.key for _, a in rows)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            mine.close()

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    every = [k for keys in got.values() for k in keys]
    assert len(every) == 200 and len(set(every)) == 200


def test_results_retry_then_fail_and_retry_failed_requeues(store):
    enqueue(store, mark("k1"), mark("k2"))
    for attempt in range(3):
        leased = store.lease_actions(crm="local", owner="A", now=NOW, limit=10, lease_seconds=60)
        results = [(a, ApplyResult(key=a.key, outcome=Outcome.RETRY if a.key == "k1" else Outcome.FAILED,
                                   error="429")) for _, a in leased]
        states = store.complete_actions(results, owner="A", now=NOW, max_attempts=3)
        if attempt == 0:
            assert {a.key: s for a, _, s in states} == {"k1": "waiting", "k2": "failed"}
    assert store.outbox_counts()["failed"] == 2  # k1 ran out of attempts
    assert store.retry_failed(crm="local") == 2
    assert store.outbox_counts()["waiting"] == 2


def test_released_rows_wait_again(store):
    enqueue(store, mark("k1"))
    [(_, a)] = store.lease_actions(crm="local", owner="A", now=NOW, limit=10, lease_seconds=600)
    store.release_actions([a.key], owner="A", error="quota")
    assert store.outbox_counts()["waiting"] == 1
    assert store.outbox_rows(state="waiting")[0]["last_error"] == "quota"


def test_unenroll_results_feed_reenrollment_state(store):
    removed = (Enrollment(sequence_id="s1", step=3, sender="rep@acme.example", tracker_id="t9"),)
    enqueue(store, Unenroll(key="u1", contact=REF))
    [(_, a)] = store.lease_actions(crm="local", owner="A", now=NOW, limit=10, lease_seconds=60)
    store.complete_actions([(a, ApplyResult(key="u1", outcome=Outcome.DONE, removed=removed))],
                           owner="A", now=NOW, max_attempts=5)
    st = store.planner_state(crm="local", addresses=[], contact_ids=["c1"], since=NOW, now=NOW)
    assert st.removed == {"c1": removed}
