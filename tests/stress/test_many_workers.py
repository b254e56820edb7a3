"""Three `bounce-sync run` processes share one PostgreSQL state and 16 mailboxes; the fake
HubSpot refuses every other batch update with 429 `Retry-After: 7`, so each apply batch
(one CRM call that waits out the limit) takes longer than the 5 s lease; one
worker is SIGKILLed while it reads a mailbox. The leases hold while the others work
(renewed in the background), the killed worker's lease expires, the next round finishes its
share, and no CRM effect happens twice (counted on the fake HubSpot); each contact's
actions are applied in order. The full-size run is `benchmarks/many_workers.py --full`."""

from __future__ import annotations

import contextlib
import io

import pytest

from tests.stress.harness import many_workers

pytestmark = pytest.mark.postgres

LEASE = 5  # the shortest lease Policy accepts


def _pg_or_skip() -> None:
    psycopg = pytest.importorskip("psycopg")
    try:
        psycopg.connect(many_workers.PG_URL, connect_timeout=3).close()
    except psycopg.OperationalError as exc:
        pytest.skip(f"no PostgreSQL at {many_workers.PG_URL}: {exc}")


@pytest.mark.real_clock  # lease renewals are timed thread waits
def test_workers_with_a_lease_shorter_than_a_rate_limited_batch_do_nothing_twice(tmp_path):
    _pg_or_skip()
    r = many_workers.run(workers=3, mailboxes=16, bounces=2, lease=LEASE, folder=tmp_path,
                         throttle=LEASE + 2)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        many_workers.report(r)
    text = out.getvalue()  # what each round did: said when an assertion fails (a rare flake seen once)
    assert r.killed, "the victim finished before it could be killed; nothing was proven"
    # the scenario happened: a rate-limited batch outlasted the lease, and renewals held it
    assert r.longest_batch > LEASE and r.batches_over_lease >= 1, r.longest_batch
    assert r.renewals >= 1
    first = [s for s in r.rounds[0] if not s.get("killed")]
    # they shared: the victim held a mailbox when killed, a survivor skipped one being read
    assert r.kills and r.kills[0].leases, r.kills
    assert any("another worker" in note for s in first for note in s["notes"]), first
    every = [s for rnd in r.rounds for s in rnd if not s.get("killed")]
    # the victim's committed pages are in the ledger but in no summary; nothing scanned twice
    assert sum(s["messages_scanned"] for s in every) <= r.bounces
    assert r.ledger_rows == r.bounces, text
    assert r.contacts_bounced == r.bounces, text
    assert r.enrollments_ended == r.bounces, text
    # no doubled effect: one unenroll request and one bounce-status write per contact
    assert len(r.unenroll_writes) == r.bounces and r.duplicate_effects == 0
    assert len(r.status_writes) == r.bounces and r.repeated_marks == 0
    assert r.outbox == {"done": 2 * r.bounces}, text
    # downloads: each bounce once, except the killed reader's uncommitted pages: its lookups
    # pool pages across mailboxes, at most one page (2 bounces) of each mailbox it held
    assert len(r.downloads) == r.bounces, text
    assert r.repeated_downloads <= 2 * len(r.kills[0].leases)
    assert r.taken_over == 0  # no live worker lost a lease
    assert not r.unpaged, r.unpaged  # every alert paged (none at this size: 2 bounces a mailbox)


def test_a_worker_paused_past_its_lease_sends_nothing_after_waking(tmp_path):
    """SIGSTOP mid-apply, another worker finishes its rows, users fix 5 contacts, SIGCONT:
    no bounce-status write after waking, the fixed contacts are not bounced again (old code:
    the woken worker sent its remaining batches, re-bouncing them)."""
    _pg_or_skip()
    from tests.stress.harness.pause import pause_past_lease

    r = pause_past_lease(tmp_path, contacts=300, lease=LEASE)
    text = "\n".join(r.lines())
    assert r.paused_holding > 0 and len(r.fixed) == 5, text
    assert r.after_wake_marks == 0 and r.refixed == 0 and r.ok, text
