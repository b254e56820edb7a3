"""The strict HubSpot fake: each refusal real HubSpot makes, in HubSpot's error shape (checked
with the SDK's own `Error` model), and a whole connector run that triggers none of them.
Also issue 11's HubSpot items that hinge on those refusals: every page of workflows (5), the
re-enroll sender (6), the secondary-address search (7), and no
response-only field in the flow create (10)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timezone

import pytest
import urllib3

from sync.records import ContactRef, Outcome, Reenroll, Unenroll
from tests.connectors.hubspot.harness import PREFIX, assert_summary, connector, contacts_model, scenario
from tests.contracts.crm import mark
from tests.fakes.hubspot import TOKEN, FakeHubSpot

BATCH_UPDATE = "/crm/v3/objects/contacts/batch/update"
BATCH_READ = "/crm/v3/objects/contacts/batch/read"
SEARCH = "/crm/v3/objects/contacts/search"
ENROLL = "/automation/v4/sequences/enrollments"


def _call(fake, method, path, body=None, **query):
    url = fake.url + path + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")
    r = urllib3.PoolManager(retries=False).request(
        method, url, body=json.dumps(body).encode() if body is not None else None,
        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"})
    return r.status, r.data


@pytest.fixture(scope="module")
def run():
    """One fake, one whole connector run (every operation, a >100-address lookup, a huge
    diagnostic), and the refusals that run caused: none, whatever the case below."""
    with FakeHubSpot(search_lag=0.0, search_per_second=1000) as fake:
        fake.add_contact("ana@example.com", sequences=["Outbound"], step=3,
                         sender="ae@seller.example", user_id="7001")
        fake.add_contact("bo@example.org", secondary=["bo.alt@example.org"])
        conn = connector(fake.url, search_rate_per_second=500, reenroll_sender="ae@seller.example")
        assert_summary(scenario(conn))
        many = [f"m{i}@example.com" for i in range(130)]
        refs = [ContactRef(id=fake.add_contact(e)) for e in many]
        assert len(conn.find_contacts(many + ["ghost@example.com"])) == 130
        results = conn.apply([replace(mark(r, e, key=f"k{i}"), diagnostic="x" * 70_000)
                              for i, (r, e) in enumerate(zip(refs, many))])
        assert {r.outcome for r in results} == {Outcome.DONE}
        conn.bounced_changes(None, until=datetime(2099, 1, 1, tzinfo=timezone.utc))
        conn.check()
        yield fake, list(fake.refusals)


def _enroll_case(fake, sender, alias=None):
    cid = fake.add_contact(f"e{len(fake.contacts)}@example.com")
    body = {"contactId": cid, "sequenceId": fake.sequence("Outbound"), "senderEmail": sender}
    if alias:
        body["senderAliasAddress"] = alias
    return "POST", ENROLL, body, {"userId": "7001"}


# code -> a request real HubSpot refuses for that reason; each cites HubSpot's page in the
# fake (tests/fakes/hubspot/strict.py, routes.py, account_routes.py).
CASES = {
    "PROPERTY_DOESNT_EXIST": lambda f: ("POST", BATCH_UPDATE, {"inputs": [
        {"id": next(iter(f.contacts)), "properties": {"no_such_property": "x"}}]}, {}),
    "READ_ONLY_VALUE": lambda f: ("POST", BATCH_UPDATE, {"inputs": [
        {"id": next(iter(f.contacts)), "properties": {"hs_sequences_is_enrolled": "false"}}]}, {}),
    "INVALID_OPTION": lambda f: ("POST", BATCH_UPDATE, {"inputs": [
        {"id": next(iter(f.contacts)), "properties": {PREFIX + "status": "Bounced"}}]}, {}),
    "VALUE_TOO_LONG": lambda f: ("POST", BATCH_UPDATE, {"inputs": [
        {"id": next(iter(f.contacts)), "properties": {PREFIX + "note": "x" * 65_537}}]}, {}),
    "TOO_MANY_INPUTS": lambda f: ("POST", BATCH_READ, {
        "inputs": [{"id": str(i)} for i in range(101)], "properties": [],
        "propertiesWithHistory": []}, {}),
    "UNKNOWN_FIELD": lambda f: ("POST", BATCH_READ, {
        "inputs": [{"id": "1"}], "properties": [], "propertiesWithHistory": [], "limit": 5}, {}),
    "INVALID_BODY": lambda f: ("POST", SEARCH, {"filterGroups": [{"filters": [
        {"propertyName": "email", "operator": "CONTAINS", "value": "x"}]}]}, {}),
    "TOO_MANY_FILTERS": lambda f: ("POST", SEARCH, {"filterGroups": [
        {"filters": [{"propertyName": "email", "operator": "HAS_PROPERTY"}]}] * 6}, {}),
    "LIMIT_TOO_HIGH": lambda f: ("POST", SEARCH, {"limit": 201}, {}),
    "QUERY_TOO_LONG": lambda f: ("POST", SEARCH, {"query": "x" * 3001}, {}),
    "RESPONSE_ONLY_FIELD": lambda f: ("POST", "/automation/v4/flows", {
        "type": "CONTACT_FLOW", "objectTypeId": "0-1", "flowType": "WORKFLOW", "actions": [],
        "enrollmentCriteria": {}, "startActionId": "1", "nextAvailableActionId": "2"}, {}),
    "SENDER_NOT_CONNECTED": lambda f: _enroll_case(f, f.users["7001"]["email"]),
    "ALIAS_NOT_CONNECTED": lambda f: _enroll_case(f, "ae@seller.example", "nobody@seller.example"),
}


@pytest.mark.parametrize("code", sorted(CASES))
def test_fake_refuses_what_hubspot_refuses_and_the_connector_never_triggers_it(run, code):
    fake, during_run = run
    method, path, body, query = CASES[code](fake)
    status, data = _call(fake, method, path, body, **query)
    assert status == 400, data
    error = contacts_model(data, "Error")  # HubSpot's error shape, by the SDK's own model
    assert error.category == "VALIDATION_ERROR" and error.correlation_id and error.message
    assert code in {e.code for e in error.errors}, data
    assert fake.refusals[-1] == (path, code)
    assert not [r for r in during_run if r[1] == code], during_run


def test_the_whole_run_was_refused_nothing(run):
    assert run[1] == []


# ------------------------------------------------------------------ issue 11, item 5


def test_workflow_found_past_the_first_page_and_never_duplicated():
    """GET /automation/v4/flows pages (100 by default): with 150 other workflows ours is on
    page two; check must see it and setup must not create another."""
    with FakeHubSpot(search_per_second=50) as fake:
        for i in range(150):
            fake.add_flow(f"someone else's workflow {i}")
        hub = connector(fake.url, search_rate_per_second=40)
        hub.setup(dry_run=False)
        assert len(fake.flows) == 151
        assert {i.name: i.ok for i in hub.check()}["workflow"]
        hub.setup(dry_run=False)
        items = {i.name: i for i in hub.setup(dry_run=False)}
        assert items["workflow"].ok and "is on" in items["workflow"].detail
        assert len(fake.flows) == 151
        pages = fake.requests("GET", r"/automation/v4/flows$")
        assert any(r.arg("after") for r in pages)


# ------------------------------------------------------------------ issue 11, item 6


def test_reenroll_sends_the_connected_inbox_and_alias_never_the_enrolling_users_login():
    """Item 6: HubSpot's enrollment read gives `enrolledByEmail`, the login of the user who
    enrolled; enrolling needs an inbox connected to that user as senderEmail and an alias
    in senderAliasAddress. The fake refuses anything else, as HubSpot does."""
    with FakeHubSpot(search_per_second=50) as fake:
        fake.connect_inbox("4242", "team@seller.example", aliases=["ana@seller.example"])
        fake.add_contact("lead@example.com", sequences=["Outbound"],
                         sender="team@seller.example", user_id="4242")
        login = fake.users["4242"]["email"]
        sender = {"inbox": "team@seller.example", "alias": "ana@seller.example"}
        hub = connector(fake.url, search_rate_per_second=40, reenroll_sender=None,
                        reenroll_senders={"4242": sender})
        hub.setup(dry_run=False)
        [contact] = hub.find_contacts(["lead@example.com"])
        [e] = contact.enrollments
        assert e.sender == "team@seller.example" != login
        [out] = hub.apply([Unenroll(key="u", contact=contact.ref, enrollments=contact.enrollments)])
        [back] = hub.apply([Reenroll(key="r", contact=contact.ref, enrollments=out.removed)])
        assert back.outcome is Outcome.DONE, back
        post = fake.requests("POST", r"/sequences/enrollments$")[-1]
        assert (post.status, post.json()["senderEmail"], post.json()["senderAliasAddress"]) == (
            200, "team@seller.example", "ana@seller.example")
        assert fake.refusals == []

        # no inbox configured for the user: refused by us, naming the setting, not sent
        bare = connector(fake.url, search_rate_per_second=40, reenroll_sender=None)
        [out] = bare.apply([Unenroll(key="u2", contact=contact.ref)])
        [again] = bare.apply([Reenroll(key="r2", contact=contact.ref, enrollments=out.removed)])
        assert again.outcome is Outcome.FAILED and "crm.reenroll_sender" in again.error
        assert all(r.json()["senderEmail"] != login
                   for r in fake.requests("POST", r"/sequences/enrollments$"))
        assert not any(code == "SENDER_NOT_CONNECTED" for _, code in fake.refusals)


# ------------------------------------------------------------------ issue 11, item 10


def test_flow_create_sends_no_response_only_field():
    with FakeHubSpot() as fake:
        items = {i.name: i for i in connector(fake.url).setup(dry_run=False)}
        assert items["workflow"].ok, items["workflow"]
        [post] = fake.requests("POST", r"/automation/v4/flows$")
        assert post.status == 201 and "nextAvailableActionId" not in post.json()
        assert fake.refusals == []


# ------------------------------------------------------------------ issue 11, item 7


def test_primary_by_batch_read_secondary_by_documented_query():
    """Both lookup paths: a primary address by batch read (no search), a secondary one by
    search `query` (documented to reach hs_additional_emails), never a CONTAINS_TOKEN or EQ
    filter on the `;`-joined list; a contact whose list only contains the address inside a
    longer one is not taken for it."""
    with FakeHubSpot(search_lag=0.0, search_per_second=50) as fake:
        primary = fake.add_contact("pri@example.com")
        second = fake.add_contact("main@example.com",
                                  secondary=["old@example.org", "bo.alt@example.org"])
        fake.add_contact("near@example.com", secondary=["xbo.alt@example.org"])
        hub = connector(fake.url, search_rate_per_second=40)
        [found] = hub.find_contacts(["pri@example.com"])
        assert found.ref.id == primary and fake.count("POST", r"/search$") == 0
        [found] = hub.find_contacts(["BO.ALT@example.org"])
        assert found.ref.id == second and "bo.alt@example.org" in found.emails
        [search] = fake.requests("POST", r"/search$")
        body = search.json()
        assert body["query"] == "bo.alt@example.org" and not body.get("filterGroups")
        assert len(contacts_model(search_response(fake, body), "CollectionResponseWithTotal"
                                  "SimplePublicObjectForwardPaging").results) == 2  # both hit
        assert fake.refusals == []


def search_response(fake, body):
    return _call(fake, "POST", SEARCH, body)[1]


def test_custom_secondary_property_is_matched_with_eq():
    with FakeHubSpot(search_lag=0.0, search_per_second=50) as fake:
        fake.properties["alt_email"] = dict(fake.properties["email"], name="alt_email")
        cid = fake.add_contact("a@example.com", alt_email="alt@example.com")
        hub = connector(fake.url, search_rate_per_second=40, secondary_email_property="alt_email")
        [found] = hub.find_contacts(["alt@example.com"])
        assert found.ref.id == cid
        [search] = fake.requests("POST", r"/search$")
        [group] = search.json()["filterGroups"]
        assert group["filters"] == [{"propertyName": "alt_email", "operator": "EQ",
                                     "value": "alt@example.com"}]
