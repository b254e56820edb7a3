"""Three `bounce-sync run` processes share one PostgreSQL state and 20 mailboxes; one is
killed mid-run. Its leases expire (lease_seconds = 3 here), the next round finishes its
share, and no CRM effect happens twice (counted on the fake HubSpot). The full-size run is
`benchmarks/many_workers.py --full`."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import many_workers  # noqa: E402

pytestmark = pytest.mark.postgres


def _pg_or_skip() -> None:
    psycopg = pytest.importorskip("psycopg")
    try:
        psycopg.connect(many_workers.PG_URL, connect_timeout=3).close()
    except psycopg.OperationalError as exc:
        pytest.skip(f"no PostgreSQL at {many_workers.PG_URL}: {exc}")


def test_three_workers_one_killed_nothing_twice(tmp_path):
    _pg_or_skip()
    r = many_workers.run(workers=3, mailboxes=20, bounces=2, lease=3, folder=tmp_path)
    assert r.killed, "the victim finished before it could be killed; nothing was proven"
    first = [s for s in r.rounds[0] if not s.get("killed")]
    # they shared: the victim held a lease when killed, and a survivor skipped a mailbox
    # another worker was reading
    names, rows = r.held
    assert names or rows, r.held
    assert any("another worker" in note for s in first for note in s["notes"]), first
    every = [s for rnd in r.rounds for s in rnd if not s.get("killed")]
    # the victim's committed pages are in the ledger but in no summary; nothing scanned twice
    assert sum(s["messages_scanned"] for s in every) <= r.bounces
    assert r.ledger_rows == r.bounces
    assert r.contacts_bounced == r.bounces
    assert r.enrollments_ended == r.bounces
    assert len(r.unenroll_writes) == r.bounces and r.duplicate_effects == 0
    assert len(r.status_writes) == r.bounces
    # a repeated bounce-status write could only come from the victim's unfinished apply batch
    assert r.repeated_marks <= 200
    assert r.outbox == {"done": 2 * r.bounces}
    # downloads: each bounce once, plus at most the victim's one uncommitted page
    assert r.bounces <= r.gets <= r.bounces + 200
