"""The page transaction (StateStore.record_page): ledger, outbox and cursor together;
on SQLite and on the real PostgreSQL server."""

from __future__ import annotations

from tests.sync.store.builders import enqueue, mark


def test_page_commit_dedupes_ledger_and_outbox_and_saves_cursor(store):
    assert store.cursor("rep") is None
    assert enqueue(store, mark("k1"), mark("k2")) == 2
    assert enqueue(store, mark("k1"), mark("k2")) == 0  # a replayed page adds nothing
    assert store.seen_messages("rep", ["m1", "m2"]) == {"m1"}
    assert store.cursor("rep") == "c-1"
    assert store.outbox_counts()["waiting"] == 2
