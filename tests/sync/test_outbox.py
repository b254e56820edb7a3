"""The outbox keeps each contact's actions in order, whichever worker leases them: a later
row waits for its contact's earlier ones, a batch never goes back a connector phase, and a
failed or held-back row holds the rows after it. The real state store (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import timedelta

from sync.records import ApplyResult, Outcome
from tests.sync.actions import clear, done, enqueue, keys, lease, mark, reenroll, unenroll
from tests.sync.helpers import NOW


def test_a_contacts_later_row_waits_for_its_earlier_one_whoever_leases(store):
    enqueue(store, mark("m1"), unenroll("u1"), mark("x1", cid="c2"), clear("c1-clear"),
            reenroll("r1"))
    a = lease(store, owner="A", limit=1, token="ta")  # A takes c1's first row only
    assert keys(a) == ["m1"]
    b = lease(store, owner="B", token="tb")  # B may not take c1's later rows meanwhile
    assert keys(b) == ["x1"]
    done(store, a, "A", token="ta")
    # now c1's rest, in order and in one batch: write, unenroll, then (going back a phase)
    # the clear must wait for the next batch, and the re-enroll after it
    c = lease(store, owner="B", token="tc")
    assert keys(c) == ["u1"]
    assert lease(store, owner="A", token="td") == []
    done(store, c, "B", token="tc")
    assert keys(lease(store, owner="A", token="te")) == ["c1-clear", "r1"]


def test_a_reenroll_never_overtakes_an_unenroll_and_failed_or_held_back_rows_block(store):
    enqueue(store, reenroll("r1"), unenroll("u1"), mark("x1", cid="c2"), unenroll("x2", cid="c2"))
    first = lease(store, token="t1")
    assert keys(first) == ["r1", "x1", "x2"]  # u1 goes back a phase: next batch
    results = [(a, ApplyResult(key=a.key, outcome=Outcome.FAILED if a.key == "r1" else Outcome.DONE))
               for _, a in first]
    store.complete_actions(results, owner="A", now=NOW, max_attempts=5, token="t1")
    assert lease(store, token="t2") == []  # the failed re-enroll holds u1 back
    assert store.retry_failed(crm="local") == 1
    assert keys(lease(store, token="t3", exclude={"r1"})) == []  # held back in this drain: same
    again = lease(store, token="t4")
    assert keys(again) == ["r1"]
    done(store, again, "A", token="t4")
    assert keys(lease(store, token="t5")) == ["u1"]


def test_an_expired_earlier_row_is_taken_over_with_the_rows_after_it(store):
    enqueue(store, mark("m1"), unenroll("u1"))
    assert keys(lease(store, owner="A", limit=1, token="ta")) == ["m1"]
    assert lease(store, owner="B", token="tb") == []
    assert keys(lease(store, owner="B", now=NOW + timedelta(seconds=61), token="tc")) == ["m1", "u1"]
