"""Salesforce reads: the lookup (one composite of record and tracker queries, chunked under
the SOQL limit, trackers by id where the org refuses the semi-join, converted leads left
out) and the watcher (keyset pages, one call when idle)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
import math
from urllib.parse import parse_qs, urlsplit

from sync.records import ContactRef
from tests.connectors.salesforce.harness import connector_for


P = "Bounce_Sync_"


def test_converted_leads_are_not_found(fake, harness, crm):
    fake.add_contact("conv@example.com", "Lead", converted=True)
    live = fake.add_contact("conv@example.com", "Lead")
    assert [c.ref for c in crm.find_contacts(["conv@example.com"])] == [ContactRef(id=live, object_type="lead")]


def _subqueries(request) -> list[str]:
    """The SOQL of each query subrequest in a logged composite request."""
    return [parse_qs(urlsplit(sub["url"]).query)["q"][0] for sub in request.json()["compositeRequest"]]


def test_lookup_is_one_composite_of_record_and_tracker_queries(fake, harness, crm):
    ana = harness.add_contact("ana@example.com", sequences=["Outbound", "Nurture"])
    lee = harness.add_contact("lee@example.com", object_type="lead", sequences=["Outbound"])
    alt = harness.add_contact("primary@example.com", secondary=["alt@example.com"], sequences=["Outbound"])
    before = len(fake.log)
    found = {c.ref.id: c for c in crm.find_contacts(["ANA@example.com", "lee@example.com",
                                                     "alt@example.com", "nobody@example.com"])}
    [call] = fake.log[before:]
    assert (call.method, call.path.rsplit("/", 1)[-1]) == ("POST", "composite")
    queries = _subqueries(call)
    assert [q.split(" FROM ")[1].split()[0] for q in queries] == [
        "Contact", "ActionCadenceTracker", "Lead", "ActionCadenceTracker"]
    assert "TargetId IN (SELECT Id FROM Contact WHERE" in queries[1]
    assert set(found) == {ana.id, lee.id, alt.id}
    assert {e.sequence_id for e in found[ana.id].enrollments} == {
        harness.sequence_id("Outbound"), harness.sequence_id("Nurture")}
    assert all(e.tracker_id and e.user_id and e.step is None for e in found[ana.id].enrollments)
    assert len(found[lee.id].enrollments) == len(found[alt.id].enrollments) == 1


def test_an_org_refusing_the_semi_join_gets_trackers_by_id(fake, harness, crm):
    ana = harness.add_contact("ana@example.com", sequences=["Outbound"])
    fake.semi_join_on_target_id = False
    before = len(fake.log)
    [first] = crm.find_contacts(["ana@example.com"])
    assert len(first.enrollments) == 1
    assert len(fake.log) - before == 2  # the lookup (trackers refused), then trackers by id
    before = len(fake.log)
    [again] = crm.find_contacts(["ana@example.com"])
    assert again.enrollments == first.enrollments and again.ref == ana
    # remembered: records in one composite, trackers by id in a second call
    assert len(fake.log) - before == 2
    assert all("SELECT Id FROM" not in q for r in fake.log[before:] if r.method == "POST"
               for q in _subqueries(r))


def test_lookup_chunks_keep_each_statement_under_the_soql_limit(fake, harness, crm):
    emails = [f"someone.with.a.long.name{i}@subdomain.example-company.{'x' * 60}.com"
              for i in range(1500)]
    before = len(fake.log)
    crm.find_contacts(emails)
    calls = fake.log[before:]
    assert all(r.method == "POST" and r.path.endswith("/composite") for r in calls)
    # ~240 characters per address (Email and Alt_Email__c): the statement budget, not
    # the 500-address default, decides the chunk size here
    assert len(calls) > math.ceil(1500 / 500)
    for r in calls:
        for q in _subqueries(r):
            assert len(q) < 100_000


def test_watcher_pages_by_keyset_without_loops_when_rows_share_a_second(fake, harness):
    fake.install_fields()
    crm = harness.connector
    ids = {fake.add_contact(f"w{i}@example.com", **{f"{P}Status__c": "bounced",
                                                     f"{P}Address__c": f"w{i}@example.com"})
           for i in range(2500)}  # seeded within a second or two: many share a SystemModstamp
    until = datetime.now(timezone.utc) + timedelta(minutes=1)
    seen, cursor, more, calls = [], None, True, 0
    while more:
        batch = crm.bounced_changes(cursor, until=until)
        seen += [c.ref.id for c in batch.contacts]
        cursor, more, calls = batch.cursor, batch.more, calls + 1
        assert calls < 5
    assert set(seen) == ids and len(seen) == len(ids)
    # the next run starts `watch_lag_seconds` back: overlap is expected, the worker dedupes
    again = crm.bounced_changes(cursor, until=until)
    assert set(c.ref.id for c in again.contacts) <= ids


def test_an_idle_watch_is_one_call_whatever_the_objects(fake, harness):
    fake.install_fields()
    until = datetime.now(timezone.utc) + timedelta(minutes=1)
    both = harness.connector
    cursor = both.bounced_changes(None, until=until).cursor
    before = len(fake.log)
    assert both.bounced_changes(cursor, until=until).contacts == ()
    [call] = fake.log[before:]
    assert call.method == "POST" and call.path.endswith("/composite")
    assert [q.split(" FROM ")[1].split()[0] for q in _subqueries(call)] == ["Contact", "Lead"]

    contacts_only = connector_for(fake, objects=["Contact"])
    cursor = contacts_only.bounced_changes(None, until=until).cursor
    before = len(fake.log)
    contacts_only.bounced_changes(cursor, until=until)
    [call] = [r for r in fake.log[before:] if not r.path.startswith("/services/oauth2")]
    assert call.method == "GET" and "FROM Contact" in call.arg("q")
