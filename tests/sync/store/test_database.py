"""The database under the store: migrations, the URL, transactions, named leases and the
SQLite run lock; on SQLite and on the real PostgreSQL server."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from sync.errors import ConfigError, Permanent
from sync.store import MIGRATIONS, open_store
from tests.sync.helpers import NOW
from tests.sync.store.builders import enqueue, mark


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


def test_a_failed_page_transaction_leaves_nothing(store):
    class Boom(Exception):
        pass

    with pytest.raises(Boom):
        with store.transaction():
            enqueue(store, mark("k1"))
            raise Boom
    assert store.seen_messages("rep", ["m1"]) == set()
    assert store.cursor("rep") is None and store.outbox_counts()["waiting"] == 0


def test_named_leases(store):
    assert store.claim("mailbox:rep", owner="A", now=NOW, seconds=60)
    assert not store.claim("mailbox:rep", owner="B", now=NOW, seconds=60)
    assert store.claim("mailbox:rep", owner="A", now=NOW + timedelta(seconds=30), seconds=60)  # renew
    assert store.claim("mailbox:rep", owner="B", now=NOW + timedelta(seconds=91), seconds=60)  # expired
    store.release("mailbox:rep", owner="B")
    assert store.claim("mailbox:rep", owner="A", now=NOW, seconds=60)


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


def test_migration_5_backfills_the_evidence_flags_as_the_planner_decides_them(url, tmp_path, monkeypatch):
    """Rows recorded before the planner wrote its evidence get it once, from the historical
    SQL derivation; it must agree with the planner's rule (sync/planner/rules.py: evidence)."""
    import sync.store.database as database
    from sync.planner import evidence

    rows = [  # (message id, hard, scope, outcome)
        ("m1", 1, "recipient", "marked"), ("m2", 1, "recipient", "unverified"),
        ("m3", 0, "recipient", "soft"), ("m4", 0, "recipient", "delayed"),
        ("m5", 1, "sender", "sender"), ("m6", 0, "recipient", "forgiven"),
        ("m7", 1, "recipient", "unmatched"), ("m8", 0, "sender", "sender"),
    ]
    monkeypatch.setattr(database, "MIGRATIONS", MIGRATIONS[:4])
    old = open_store(url, base_dir=tmp_path)
    try:
        assert old.schema_version() == 4
        with old.transaction():
            for mid, hard, scope, outcome in rows:
                old._q("INSERT INTO bounces (address, crm, mailbox, message_id, reason, hard, scope, "
                       "outcome, at, recorded_at) VALUES ('a@example.com', 'local', 'rep', ?, "
                       "'userunknown', ?, ?, ?, 'x', 'x')", (mid, hard, scope, outcome))
    finally:
        old.close()
    monkeypatch.setattr(database, "MIGRATIONS", MIGRATIONS)
    new = open_store(url, base_dir=tmp_path)
    try:
        assert new.schema_version() == MIGRATIONS[-1][0]
        got = {mid: (bool(k), bool(r), bool(s)) for mid, k, r, s in new._q(
            "SELECT message_id, known_bad, counts_for_rate, counts_soft FROM bounces")}
    finally:
        new.close()
    for mid, hard, scope, outcome in rows:
        e = evidence(hard=bool(hard), scope=scope, outcome=outcome)
        assert got[mid] == (e.known_bad, e.counts_for_rate, e.counts_soft), mid
    assert got["m1"] == (True, True, False) and got["m3"] == (False, False, True)
    assert got["m2"] == got["m4"] == got["m5"] == (False, False, False)
