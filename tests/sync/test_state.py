"""State store tests, the same functions on SQLite and on the real PostgreSQL server."""

from __future__ import annotations

import json
import threading
from datetime import timedelta
from pathlib import Path

import pytest

from sync.errors import ConfigError, Permanent
from sync.planner import BounceFact, Forgive, Plan, SignOfLife
from sync.records import (
    ApplyResult, BounceStatus, ContactRef, Enrollment, MarkBounced, Outcome, Unenroll,
)
from sync.report import Alert, RunReport
from sync.store import MIGRATIONS, LedgerEntry, open_store
from tests.sync.helpers import NOW

REF = ContactRef(id="c1")


def mark(key: str, contact: ContactRef = REF) -> MarkBounced:
    return MarkBounced(key=key, contact=contact, status=BounceStatus.BOUNCED, address="a@example.com",
                       hard=True, reason="userunknown", reason_label="Mailbox does not exist",
                       diagnostic="550 5.1.1", bounced_at=NOW)


def entry(mid: str, status: str = "classified") -> LedgerEntry:
    return LedgerEntry(mailbox="rep", message_id=mid, status=status,
                       classification={"is_bounce": True}, received_at=NOW)


def enqueue(store, *actions, mid="m1") -> int:
    return store.record_page(crm="local", entries=[entry(mid)], plan=Plan(actions=actions), now=NOW,
                             mailbox="rep", cursor="c-1", save_cursor=True)


def test_migrations_from_empty_and_rerun(store, url, tmp_path):
    assert store.schema_version() == MIGRATIONS[-1][0]
    assert store.migrate() == []
    again = open_store(url, base_dir=tmp_path)
    try:
        assert again.schema_version() == MIGRATIONS[-1][0] and again.migrate() == []
    finally:
        again.close()


def test_bad_urls_are_config_errors(tmp_path):
    with pytest.raises(ConfigError, match="state.url"):
        open_store("mysql://x/y", base_dir=tmp_path)
    with pytest.raises(ConfigError, match="names no database file"):
        open_store("sqlite://", base_dir=tmp_path)


def test_page_commit_dedupes_ledger_and_outbox_and_saves_cursor(store):
    assert store.cursor("rep") is None
    assert enqueue(store, mark("k1"), mark("k2")) == 2
    assert enqueue(store, mark("k1"), mark("k2")) == 0  # a replayed page adds nothing
    assert store.seen_messages("rep", ["m1", "m2"]) == {"m1"}
    assert store.cursor("rep") == "c-1"
    assert store.outbox_counts()["waiting"] == 2


def test_a_failed_page_transaction_leaves_nothing(store):
    class Boom(Exception):
        pass

    with pytest.raises(Boom):
        with store.transaction():
            enqueue(store, mark("k1"))
            raise Boom
    assert store.seen_messages("rep", ["m1"]) == set()
    assert store.cursor("rep") is None and store.outbox_counts()["waiting"] == 0


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


def fact(mid, *, hard=False, at=NOW, outcome="soft", contact=REF, address="a@example.com"):
    return BounceFact(address=address, contact=contact, mailbox="rep", message_id=mid,
                      reason="mailboxfull" if not hard else "userunknown", hard=hard,
                      scope="recipient", diagnostic="", at=at, outcome=outcome)


def test_bounce_history_gives_soft_counts_known_hard_and_done(store):
    day = timedelta(days=1)
    facts = (fact("m1", at=NOW - 3 * day), SignOfLife(address="a@example.com", at=NOW - 2 * day, why="r"),
             fact("m2", at=NOW - day), fact("m3", at=NOW),
             fact("m4", hard=True, outcome="marked", address="b@example.com"),
             fact("m5", hard=True, outcome="unverified", address="c@example.com"))
    store.record_page(crm="local", entries=[], plan=Plan(facts=facts), now=NOW)
    st = store.planner_state(crm="local", addresses=["a@example.com", "b@example.com", "c@example.com"],
                             contact_ids=["c1"], since=NOW - 30 * day, now=NOW, mailboxes=["rep"])
    assert st.soft_bounces == {"a@example.com": (NOW - day, NOW)}  # m1 came before the sign of life
    assert st.known_hard == {"b@example.com": "userunknown"}  # unverified bounces teach nothing
    assert st.done == {("b@example.com", "c1")}
    assert st.last_bounce["c1"].address == "b@example.com"
    assert st.hard_in_window == {"rep": 1}
    store.record_page(crm="local", entries=[], plan=Plan(facts=(
        Forgive(address="b@example.com", contact=REF, at=NOW),)), now=NOW)
    st = store.planner_state(crm="local", addresses=["b@example.com"], contact_ids=[], since=NOW, now=NOW)
    assert st.done == frozenset()


def test_named_leases(store):
    assert store.claim("mailbox:rep", owner="A", now=NOW, seconds=60)
    assert not store.claim("mailbox:rep", owner="B", now=NOW, seconds=60)
    assert store.claim("mailbox:rep", owner="A", now=NOW + timedelta(seconds=30), seconds=60)  # renew
    assert store.claim("mailbox:rep", owner="B", now=NOW + timedelta(seconds=91), seconds=60)  # expired
    store.release("mailbox:rep", owner="B")
    assert store.claim("mailbox:rep", owner="A", now=NOW, seconds=60)


def test_pause_resume_reports_and_status_are_json_safe(store):
    store.set_paused("rep", "blocked by Spamhaus")
    assert store.mailbox_paused("rep") == "blocked by Spamhaus"
    store.set_paused("rep", None)
    assert store.mailbox_paused("rep") is None
    alert = Alert(mailbox="rep", kind="sender", reason="blocked", message="blocked", at=NOW)
    store.record_page(crm="local", entries=[entry("m1"), entry("m2", "unclassifiable")],
                      plan=Plan(facts=(fact("m1", hard=True, outcome="marked"),), alerts=(alert,)),
                      now=NOW, mailbox="rep", cursor="7", save_cursor=True)
    report = RunReport(started_at=NOW, finished_at=NOW, messages_scanned=2)
    store.save_report(report)
    status = store.status(NOW + timedelta(hours=1))
    json.dumps(status)
    assert status["mailboxes"]["rep"]["cursor_age_seconds"] == 3600
    assert [a["reason"] for a in status["mailboxes"]["rep"]["alerts_7d"]] == ["blocked"]
    assert status["unclassifiable"] == 1
    assert status["bounces_by_reason_7d"] == {"userunknown": 1}
    assert status["last_run"]["messages_scanned"] == 2


def test_sqlite_run_lock_excludes_a_second_run_and_is_reentrant(tmp_path: Path):
    one = open_store("sqlite:///s.db", base_dir=tmp_path)
    two = open_store("sqlite:///s.db", base_dir=tmp_path)
    try:
        with one.run_lock():
            with one.run_lock():  # the CLI and the worker both take it
                pass
            with pytest.raises(Permanent, match="another run holds the lock"):
                with two.run_lock():
                    pass
        with two.run_lock():  # released
            pass
    finally:
        one.close()
        two.close()


def test_sqlite_run_lock_frees_rows_a_killed_run_left_leased(tmp_path: Path):
    store = open_store("sqlite:///s.db", base_dir=tmp_path)
    try:
        enqueue(store, mark("k1"))
        store.lease_actions(crm="local", owner="dead", now=NOW, limit=10, lease_seconds=3600)
        with store.run_lock():
            assert store.outbox_counts()["waiting"] == 1
    finally:
        store.close()
