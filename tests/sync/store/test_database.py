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
