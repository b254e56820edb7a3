"""Issue 10, "Runs unattended", at the worker: a mailbox that fails fails alone; a mailbox
left unread too long needs a person; a failing run releases its leases (a PostgreSQL
connection dropped mid-run); a lease held by a dead worker is never a silent exit 0; an
alert stays to page until a run exited 3 with it; state-store errors are one exact line.

The real classifier, the real local CRM, the real state store (SQLite and PostgreSQL);
the mailboxes are list-backed test doubles, and a failing one stands for a vendor's."""

from __future__ import annotations

import socket
import sqlite3
import subprocess
import sys
from datetime import timedelta

import psycopg
import pytest

from sync.errors import AuthError, ConfigError, Retryable, StateError
from sync.policy import Policy
from sync.records import MailBatch
from sync.store import open_store
from sync.worker import Mailbox, run_once
from tests.sync.conftest import PG_URL, backend_url
from tests.sync.helpers import Clock, ListSource, contacts, dsn

BLOCKED = dict(status="5.7.1", diag="550 5.7.1 Service unavailable; client host [192.0.2.1] "
                                    "blocked using zen.spamhaus.org")


class Failing:
    """A mailbox whose provider fails every read with `error`, until told otherwise."""

    name = "failing"
    address = "ops@acme.example"

    def __init__(self, error: Exception) -> None:
        self.error: Exception | None = error

    def fetch(self, cursor, *, limit):
        if self.error is not None:
            raise self.error
        return MailBatch(messages=(), cursor=cursor, more=False)

    def check(self):
        return []


def run(mailboxes, crm, store, clock, policy=Policy(), **kw):
    return run_once(mailboxes=mailboxes, crm=crm, store=store, policy=policy, clock=clock,
                    worker_id=kw.pop("worker_id", "w1"), **kw)


# --------------------------------------------------------------------------- isolation


@pytest.mark.parametrize("error, status, words", [
    (AuthError("Gmail token refresh refused (invalid_grant)", setting="mailboxes[].credentials"), 2,
     ["mailboxes[0].credentials", "fix:"]),
    (ConfigError("path", "/srv/mail2 does not exist", "create it or correct path"), 2,
     ["mailboxes[0].path: /srv/mail2 does not exist. Fix: create it"]),
    (Retryable("Gmail: HTTP 503"), 1, ["mailboxes[0]", "the next run reads it again"]),
    # A bug in the source (an error it failed to translate): 4, not "work left".
    (KeyError("historyId"), 4, ["mailboxes[0]): internal error in its source: KeyError",
                                "--debug"]),
])
def test_a_failing_mailbox_fails_alone_named_with_its_key_and_fix(crm, store, clock, error,
                                                                     status, words):
    good = ListSource([dsn("ana@example.com")])
    report = run([Mailbox(name="ops", source=Failing(error), key="mailboxes[0]"),
                  Mailbox(name="sales", source=good, key="mailboxes[1]")], crm, store, clock)
    assert contacts(crm)["ana@example.com"]["status"] == "bounced"  # the other was read
    assert report.contacts_marked == 1 and report.exit_status() == status
    said = " ".join([p.message for p in report.problems] + report.notes)
    for word in words:
        assert word in said, said
    health = store.status(clock())["mailboxes"]
    assert health["ops"]["last_error"] and health["ops"]["error_since"] == clock().isoformat()
    assert health["sales"]["last_error"] is None and health["sales"]["last_ok_at"] == clock().isoformat()


def test_a_mailbox_unread_longer_than_mailbox_stale_hours_makes_runs_exit_2(crm, store, clock):
    source = Failing(Retryable("Gmail: HTTP 503"))
    source.error = None
    box = [Mailbox(name="ops", source=source, key="mailboxes[0]")]
    policy = Policy(mailbox_stale_hours=6)
    assert run(box, crm, store, clock, policy).exit_status() == 0  # a good read
    good_at = clock()
    source.error = Retryable("Gmail: HTTP 503")
    clock.advance(hours=5)
    assert run(box, crm, store, clock, policy).exit_status() == 1  # an outage: work left
    clock.advance(hours=2)
    report = run(box, crm, store, clock, policy)
    assert report.exit_status() == 2  # over 6 hours: it pages
    [problem] = report.problems
    assert "not read successfully for 7.0 hours" in problem.message
    assert "mailboxes[0]" in problem.message and "HTTP 503" in problem.message
    assert problem.since == good_at
    status = store.status(clock())["mailboxes"]["ops"]
    assert status["error_since"] == (good_at + timedelta(hours=5)).isoformat()
    source.error = None
    assert run(box, crm, store, clock, policy).exit_status() == 0  # read again: all clear
    assert store.status(clock())["mailboxes"]["ops"]["error_since"] is None


# --------------------------------------------------------------------------- pages


def test_an_alert_recorded_by_a_run_that_never_exited_3_pages_on_the_next_run(crm, store, clock):
    source = ListSource([dsn("ana@example.com", **BLOCKED)])
    box = [Mailbox(name="sales", source=source)]
    # The CLI's call: pages are confirmed only after the run said "exit 3". Killed before.
    first = run(box, crm, store, clock, confirm_pages=False)
    assert first.exit_status() == 3
    clock.advance(minutes=5)
    again = run(box, crm, store, clock)
    assert again.exit_status() == 3, again.notes  # still to page: not lost
    assert any("not paged yet" in n for n in again.notes)
    clock.advance(minutes=5)
    assert run(box, crm, store, clock).exit_status() == 0  # paged once it was said
    assert len(store.open_alerts()) == 1  # and still open until acknowledged


# --------------------------------------------------------------------------- leases (PostgreSQL)


def _drop_my_connection(store) -> None:
    pid = store.db.conn.info.backend_pid
    with psycopg.connect(PG_URL, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))


@pytest.mark.postgres
def test_a_dropped_postgresql_connection_releases_the_mailbox_lease(crm, clock, tmp_path):
    with backend_url("postgresql") as url:
        store = open_store(url, base_dir=tmp_path)

        class Dropping(ListSource):
            def fetch(self, cursor, *, limit):
                _drop_my_connection(store)  # the server goes away mid-run
                return super().fetch(cursor, limit=limit)

        source = Dropping([dsn("ana@example.com")])
        with pytest.raises(StateError) as failed:
            run([Mailbox(name="sales", source=source)], crm, store, clock, worker_id="w1")
        assert failed.value.transient and "password" not in str(failed.value)
        assert str(failed.value).startswith("state store postgresql://postgres@127.0.0.1:5432/test:")
        store.close()
        again = open_store(url, base_dir=tmp_path)
        try:
            assert again.lease_holders(clock()) == {}  # released on the way out
            report = run([Mailbox(name="sales", source=ListSource([dsn("ana@example.com")]))],
                         crm, again, clock, worker_id="w2")
            assert report.contacts_marked == 1, report.notes  # read at once, not in 300 s
        finally:
            again.close()


@pytest.mark.postgres
def test_a_lease_held_by_a_dead_worker_is_named_and_never_a_silent_exit_0(crm, clock, tmp_path):
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    owner = f"{socket.gethostname()}:{gone.pid}"
    with backend_url("postgresql") as url:
        store = open_store(url, base_dir=tmp_path)
        try:
            assert store.claim("mailbox:sales", owner=owner, now=clock(), seconds=300)
            report = run([Mailbox(name="sales", source=ListSource([dsn("ana@example.com")]),
                                  key="mailboxes[0]")], crm, store, clock)
            assert report.exit_status() == 1 and report.stale_leases == 1
            [problem] = report.problems
            assert owner in problem.message and "no longer running" in problem.message
            assert "mailboxes[0]" in problem.message
            assert report.to_dict()["stale_leases"] == 1  # the metrics gauge
            leases = store.status(clock())["leases"]
            assert [(h["name"], h["owner"]) for h in leases] == [("mailbox:sales", owner)]
            # A live worker (renewing) is ordinary sharing: a note, exit 0.
            store.release("mailbox:sales", owner=owner)
            assert store.claim("mailbox:sales", owner="elsewhere:1", now=clock(), seconds=300)
            shared = run([Mailbox(name="sales", source=ListSource())], crm, store, clock)
            assert shared.exit_status() == 0 and not shared.problems
        finally:
            store.close()


# --------------------------------------------------------------------------- state errors


def test_a_full_disk_is_one_line_with_the_path_and_the_fix(tmp_path):
    store = open_store("sqlite:///state.db", base_dir=tmp_path)
    try:
        pages = store.db.conn.execute("PRAGMA page_count").fetchone()[0]
        store.db.conn.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(StateError) as full:
            store.save_cursor("sales", "x" * 200_000, now=Clock()())
        text = str(full.value)
        assert text.startswith(f"state store {tmp_path / 'state.db'}: the disk is full")
        assert "Fix: free space" in text and not full.value.transient
        assert "\n" not in text
    finally:
        store.close()


def test_a_bug_in_our_sql_is_not_dressed_up_as_a_store_problem(tmp_path):
    store = open_store("sqlite:///state.db", base_dir=tmp_path)
    try:
        with pytest.raises(sqlite3.OperationalError):
            store.db.execute("SELEC 1")
    finally:
        store.close()
