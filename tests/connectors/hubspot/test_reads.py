"""HubSpot reads: batch reads (207s, results out of order), enrollments read only where
there are any, and the watcher's search (pages, lag overlap, the quiet window, the 10,000
cap, pacing)."""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone

from sync.records import ContactRef
from tests.connectors.hubspot.harness import PREFIX, connector
from tests.contracts.crm import mark
from tests.fakes.hubspot import FakeHubSpot

FAR = datetime.now(timezone.utc) + timedelta(days=1)


# ------------------------------------------------------------------------------ lookups


def test_batch_read_207_and_out_of_order_results_match_by_email(fake, hub):
    ids = {f"p{i}@example.com": fake.add_contact(f"p{i}@example.com") for i in range(60)}
    wanted = list(ids) + [f"ghost{i}@example.com" for i in range(40)]
    found = hub.find_contacts(wanted)
    assert {c.ref.id: c.email for c in found} == {v: k for k, v in ids.items()}
    reads = fake.requests("POST", r"/batch/read$")
    assert [r.status for r in reads] == [207]
    # the secondary-address fallback asked about the 40 unmatched, one `query` each
    assert fake.count("POST", r"/search$") == 40


def test_enrollments_read_only_for_enrolled_contacts(fake, hub):
    fake.add_contact("in@example.com", sequences=["Outbound"])
    for i in range(20):
        fake.add_contact(f"out{i}@example.com")
    found = hub.find_contacts(["in@example.com"] + [f"out{i}@example.com" for i in range(20)])
    assert len(found) == 21
    assert fake.count("GET", r"/enrollments/contact/") == 1


# ------------------------------------------------------------------------------ watcher


def _drain(hub, cursor=None, until=FAR, limit=1000):
    seen, calls = {}, 0
    while True:
        batch = hub.bounced_changes(cursor, until=until, limit=limit)
        calls += 1
        seen.update({c.ref.id: c for c in batch.contacts})
        cursor = batch.cursor
        if not batch.more:
            return seen, cursor, calls


def test_search_pages_and_lag_overlap(fake, hub):
    from tests.fakes.hubspot import iso_ms, parse_time_ms

    def edit_late(cid, email, before_ms):
        """A user's edit that search indexes late: dated before our last read."""
        fake.edit_email(cid, email)
        fake.contacts[cid]["properties"]["lastmodifieddate"] = iso_ms(before_ms)
        fake.settle()

    refs = [ContactRef(id=fake.add_contact(f"w{i}@example.com")) for i in range(450)]
    hub.apply([mark(r, f"w{i}@example.com", key=f"k{i}") for i, r in enumerate(refs)])
    # nothing visible before the index catches up (fake lag 5 s)
    seen, cursor, _ = _drain(hub)
    assert seen == {} and cursor
    fake.settle()
    fake.log.clear()
    seen, cursor, calls = _drain(hub, cursor, limit=1000)
    assert len(seen) == 450 and calls == 1
    # the newest page (the count moved from 0 to 450), then 200 + 200 + 50 oldest first
    assert fake.count("POST", r"/search$") == 4
    # idle: one search, nothing handed over again, cursor kept (the old code re-read all 450)
    fake.log.clear()
    idle = hub.bounced_changes(cursor, until=FAR)
    assert idle.contacts == () and idle.cursor == cursor and fake.count() == 1
    read_at = parse_time_ms(cursor.partition("#")[0])

    # a contact that bounced long ago, edited now, but indexed late (dated before the read)
    old = fake.add_contact("old@example.com", **{PREFIX + "status": "bounced"})
    fake.contacts[old]["properties"]["lastmodifieddate"] = iso_ms(read_at - 86_400_000)
    fake.settle()
    edit_late(old, "old-fixed@example.com", read_at - 60_000)
    seen, cursor2, _ = _drain(hub, cursor)
    assert old in seen and seen[old].email == "old-fixed@example.com"
    # without the overlap it would be missed
    no_lag = connector(fake.url, search_lag_seconds=0, search_rate_per_second=40)
    seen, _, _ = _drain(no_lag, cursor)
    assert old not in seen

    # The check's blind spot: a contact already in the window, edited again, indexed late
    # and deeper than the newest page. It stays in the window and comes with the next change.
    read_at = parse_time_ms(cursor2.partition("#")[0])
    edit_late(refs[3].id, "late@example.com", read_at - 60_000)
    seen, cursor3, _ = _drain(hub, cursor2)
    assert seen == {} and cursor3 == cursor2
    fake.edit_email(refs[7].id, "now@example.com")
    fake.settle()
    seen, _, _ = _drain(hub, cursor3)
    assert seen[refs[3].id].email == "late@example.com" and seen[refs[7].id].email == "now@example.com"


def test_quiet_window_is_one_search_that_slides_forward(fake):
    hub = connector(fake.url, search_rate_per_second=40, search_lag_seconds=0.2)
    hub.setup(dry_run=False)
    refs = [ContactRef(id=fake.add_contact(f"q{i}@example.com")) for i in range(3)]
    hub.apply([mark(r, f"q{i}@example.com", key=f"k{i}") for i, r in enumerate(refs)])
    fake.settle()
    seen, cursor, _ = _drain(hub)
    assert len(seen) == 3
    time.sleep(0.3)  # past the lag: from now on those three are settled
    fake.log.clear()
    batch = hub.bounced_changes(cursor, until=FAR)  # a small window: its one page is the answer
    assert {c.ref.id for c in batch.contacts} == {r.id for r in refs} and fake.count() == 1
    fake.log.clear()
    later = hub.bounced_changes(batch.cursor, until=FAR)
    assert later.contacts == () and fake.count() == 1
    assert later.cursor.partition("#")[0] > batch.cursor.partition("#")[0]


def test_small_pages_continue_without_losing_or_looping(fake, hub):
    refs = [ContactRef(id=fake.add_contact(f"c{i}@example.com")) for i in range(500)]
    hub.apply([mark(r, f"c{i}@example.com", key=f"k{i}") for i, r in enumerate(refs)])
    fake.settle()
    seen, _, calls = _drain(hub, limit=200)
    assert len(seen) == 500 and calls >= 3


def test_search_cap_restarts_from_last_modified_date():
    with FakeHubSpot(search_per_second=1000, search_cap=10_000) as fake:
        hub = connector(fake.url, search_rate_per_second=500)
        hub.setup(dry_run=False)
        for i in range(10_350):
            fake.add_contact(f"cap{i}@example.com", **{PREFIX + "status": "bounced"})
            if i % 97 == 0:
                time.sleep(0.001)  # spread modified dates a little, as real traffic would
        seen, _, _ = _drain(hub, limit=20_000)
        assert len(seen) == 10_350
        searches = fake.requests("POST", r"/search$")
        assert all(r.status == 200 for r in searches)  # restarted before paging past the cap
        assert max(int(r.json().get("after") or 0) for r in searches) < 10_000


def test_search_cap_reached_early_is_survived():
    with FakeHubSpot(search_per_second=1000, search_cap=500) as fake:  # a stricter cap
        hub = connector(fake.url, search_rate_per_second=500)
        hub.setup(dry_run=False)
        for i in range(900):
            fake.add_contact(f"e{i}@example.com", **{PREFIX + "status": "bounced"})
            if i % 50 == 0:
                time.sleep(0.002)
        seen, _, _ = _drain(hub, limit=5000)
        assert len(seen) == 900


def test_search_is_paced_under_the_limit(fake):
    hub = connector(fake.url, search_rate_per_second=4)
    started = time.monotonic()
    hub.find_contacts([f"nobody{i}@example.com" for i in range(15)])  # 3 searches
    assert time.monotonic() - started >= 0.5  # 3 starts at 4/s span >= 0.5 s
    assert all(r.status != 429 for r in fake.log)
