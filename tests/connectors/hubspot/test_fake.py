"""The fake HubSpot answers in HubSpot's shapes: its responses are deserialised with
hubspot-api-client's own generated models, client-side validation on, so a missing required
field or a wrong type fails here (api/hubspot.md, last section)."""

from __future__ import annotations

import json
import time

import pytest
import urllib3

from tests.connectors.hubspot.harness import contacts_model, properties_model
from tests.fakes.hubspot import TOKEN, FakeHubSpot

PREFIX = "bounce_sync_"


@pytest.fixture
def fake():
    with FakeHubSpot(search_lag=0.0) as server:
        yield server


def call(fake, method, path, body=None, token=TOKEN, **query):
    http = urllib3.PoolManager(retries=False)
    url = fake.url + path
    if query:
        url += "?" + "&".join(f"{k}={v}" for k, v in query.items())
    r = http.request(method, url, body=json.dumps(body).encode() if body is not None else None,
                     headers={"Authorization": f"Bearer {token}",
                              "Content-Type": "application/json"})
    return r.status, r.data, r.headers


def test_batch_read_200_and_207_match_the_sdk_models(fake):
    a = fake.add_contact("a@example.com", secondary=["alt@example.com"])
    status, data, headers = call(fake, "POST", "/crm/v3/objects/contacts/batch/read", {
        "idProperty": "email", "inputs": [{"id": "a@example.com"}],
        "properties": ["email", "hs_additional_emails"], "propertiesWithHistory": []})
    assert status == 200
    model = contacts_model(data, "BatchResponseSimplePublicObject")
    assert model.results[0].id == a and model.results[0].properties["hs_additional_emails"] == "alt@example.com"
    assert headers["X-HubSpot-RateLimit-Max"] == "190"
    status, data, _ = call(fake, "POST", "/crm/v3/objects/contacts/batch/read", {
        "idProperty": "email", "inputs": [{"id": "a@example.com"}, {"id": "alt@example.com"},
                                          {"id": "no@example.com"}],
        "properties": ["email"], "propertiesWithHistory": []})
    assert status == 207  # the secondary address is not matched by batch read in the fake
    model = contacts_model(data, "BatchResponseSimplePublicObjectWithErrors")
    assert model.num_errors == 1 and model.errors[0].category == "OBJECT_NOT_FOUND"
    assert sorted(model.errors[0].context["ids"]) == ["alt@example.com", "no@example.com"]


def test_batch_update_validation_and_duplicates_fail_the_whole_batch(fake):
    a, b = fake.add_contact("a@example.com"), fake.add_contact("b@example.com")
    before = fake.contact(a)["properties"]["lastmodifieddate"]
    for props in ({"no_such_property": "x"}, {"hs_sequences_is_enrolled": "false"}):
        status, data, _ = call(fake, "POST", "/crm/v3/objects/contacts/batch/update", {
            "inputs": [{"id": a, "properties": {"firstname": "A"}}, {"id": b, "properties": props}]})
        assert status == 400 and json.loads(data)["category"] == "VALIDATION_ERROR"
        assert contacts_model(data, "Error").category == "VALIDATION_ERROR"
    status, data, _ = call(fake, "POST", "/crm/v3/objects/contacts/batch/update", {
        "inputs": [{"id": a, "properties": {"firstname": "A"}}, {"id": a, "properties": {}}]})
    assert status == 400 and "Duplicate IDs" in json.loads(data)["message"]
    assert fake.contact(a)["properties"]["firstname"] is None  # nothing written
    assert fake.contact(a)["properties"]["lastmodifieddate"] == before
    status, data, _ = call(fake, "POST", "/crm/v3/objects/contacts/batch/update", {
        "inputs": [{"id": a, "properties": {"firstname": "A"}}, {"id": "1", "properties": {}}]})
    assert status == 207
    model = contacts_model(data, "BatchResponseSimplePublicObjectWithErrors")
    assert [r.id for r in model.results] == [a] and model.errors[0].context["ids"] == ["1"]
    assert fake.contact(a)["properties"]["lastmodifieddate"] > before
    status, _, _ = call(fake, "POST", "/crm/v3/objects/contacts/batch/update", {
        "inputs": [{"id": "a@example.com", "idProperty": "email", "properties": {}}]})
    assert status == 400


def test_search_shape_paging_lag_and_cap(fake):
    fake.search_lag = 60.0
    fake.search_cap = 30
    ids = [fake.add_contact(f"s{i}@example.com") for i in range(40)]
    time.sleep(0.005)  # a later millisecond than every seeded contact
    fake.edit_email(ids[0], "renamed@example.com")  # not visible to search until settle()
    body = {"filterGroups": [{"filters": [{"propertyName": "email", "operator": "CONTAINS_TOKEN",
                                           "value": "*@example.com"}]}],
            "sorts": [{"propertyName": "lastmodifieddate", "direction": "ASCENDING"}],
            "properties": ["email"], "limit": 20}
    status, data, headers = call(fake, "POST", "/crm/v3/objects/contacts/search", body)
    assert status == 200 and "X-HubSpot-RateLimit-Max" not in headers
    page = contacts_model(data, "CollectionResponseWithTotalSimplePublicObjectForwardPaging")
    assert page.total == 40 and page.paging.next.after == "20"
    assert "s0@example.com" in [r.properties["email"] for r in page.results]
    status, data, _ = call(fake, "POST", "/crm/v3/objects/contacts/search", {**body, "after": "20"})
    assert status == 400  # 20 + 20 would page past the cap of 30
    fake.settle()
    status, data, _ = call(fake, "POST", "/crm/v3/objects/contacts/search", {**body, "limit": 1,
        "sorts": [{"propertyName": "lastmodifieddate", "direction": "DESCENDING"}]})
    assert json.loads(data)["results"][0]["properties"]["email"] == "renamed@example.com"
    status, _, _ = call(fake, "POST", "/crm/v3/objects/contacts/search", {**body, "limit": 201})
    assert status == 400


def test_properties_and_groups_match_the_sdk_models_and_409_on_duplicates(fake):
    status, data, _ = call(fake, "POST", "/crm/v3/properties/contacts/groups",
                           {"name": "g", "label": "G"})
    assert status == 201 and properties_model(data, "PropertyGroup").name == "g"
    status, data, _ = call(fake, "POST", "/crm/v3/properties/contacts/groups",
                           {"name": "g", "label": "G"})
    assert status == 409 and json.loads(data)["category"] == "OBJECT_ALREADY_EXISTS"
    prop = {"name": "p", "label": "P", "type": "enumeration", "fieldType": "select",
            "groupName": "g", "options": [{"label": "A", "value": "a", "hidden": False}]}
    status, data, _ = call(fake, "POST", "/crm/v3/properties/contacts", prop)
    assert status == 201 and properties_model(data, "ModelProperty").options[0].value == "a"
    assert call(fake, "POST", "/crm/v3/properties/contacts", prop)[0] == 409
    status, data, _ = call(fake, "GET", "/crm/v3/properties/contacts")
    listing = properties_model(data, "CollectionResponsePropertyNoPaging")
    assert {"p", "email", "hs_sequences_is_enrolled"} <= {p.name for p in listing.results}
    ro = next(p for p in listing.results if p.name == "hs_sequences_is_enrolled")
    assert ro.modification_metadata.read_only_value is True
    status, data, _ = call(fake, "GET", "/crm/v3/properties/contacts/groups/g")
    assert properties_model(data, "PropertyGroup").label == "G"


def test_rate_limit_auth_and_scope_bodies(fake):
    fake.faults.fail_next("rate_limit")
    status, data, headers = call(fake, "GET", "/crm/v3/properties/contacts")
    body = json.loads(data)
    assert status == 429 and body["policyName"] == "TEN_SECONDLY_ROLLING"
    assert body["errorType"] == "RATE_LIMIT" and "correlationId" in body
    fake.faults.fail_next("daily_quota")
    status, data, _ = call(fake, "GET", "/crm/v3/properties/contacts")
    assert status == 429 and json.loads(data)["policyName"] == "DAILY"
    status, data, _ = call(fake, "GET", "/crm/v3/properties/contacts", token="pat-na1-wrong")
    assert status == 401 and json.loads(data)["category"] == "INVALID_AUTHENTICATION"
    fake.granted_scopes = {"crm.objects.contacts.read"}
    status, data, _ = call(fake, "POST", "/crm/v3/objects/contacts/batch/update", {"inputs": []})
    body = json.loads(data)
    assert status == 403 and body["category"] == "MISSING_SCOPES"
    assert body["errors"][0]["context"]["requiredGranularScopes"] == ["crm.objects.contacts.write"]
    fake.granted_scopes = None
    for i in range(5):
        call(fake, "POST", "/crm/v3/objects/contacts/search", {"limit": 1})
    status, data, _ = call(fake, "POST", "/crm/v3/objects/contacts/search", {"limit": 1})
    assert status == 429 and json.loads(data)["policyName"] == "SECONDLY"


def test_ten_secondly_limit_answers_429_when_exceeded():
    with FakeHubSpot(ten_secondly_limit=3, window_seconds=5) as fake:
        statuses = [call(fake, "GET", "/crm/v3/properties/contacts")[0] for _ in range(4)]
        assert statuses == [200, 200, 200, 429]


def test_sequences_and_flow_unenroll(fake):
    cid = fake.add_contact("x@example.com", sequences=["Outbound"], sender="s@seller.example",
                           user_id="9")
    status, data, _ = call(fake, "GET", f"/automation/v4/sequences/enrollments/contact/{cid}")
    body = json.loads(data)
    assert status == 200 and body["sequenceId"] == fake.sequence("Outbound")
    assert {"id", "sequenceId", "sequenceName", "enrolledBy", "enrolledByEmail", "enrolledAt",
            "updatedAt", "toEmail"} <= set(body)
    # a flow watching a datetime trigger property with the Unenroll-from-sequence action
    call(fake, "POST", "/crm/v3/properties/contacts/groups", {"name": "g", "label": "G"})
    call(fake, "POST", "/crm/v3/properties/contacts", {"name": "trig", "label": "T",
         "type": "datetime", "fieldType": "date", "groupName": "g"})
    flow = {"type": "CONTACT_FLOW", "objectTypeId": "0-1", "flowType": "WORKFLOW",
            "isEnabled": True, "startActionId": "1",
            "actions": [{"actionId": "1", "actionTypeId": "0-4702372", "fields": {}}],
            "enrollmentCriteria": {"listFilterBranch": {"filters": [
                {"property": "trig", "operation": {"operator": "IS_KNOWN"}}]}}}
    assert call(fake, "POST", "/automation/v4/flows", flow)[0] == 201
    call(fake, "POST", "/crm/v3/objects/contacts/batch/update",
         {"inputs": [{"id": cid, "properties": {"trig": "1763640000000"}}]})
    assert fake.active_enrollments(cid) == []
    assert fake.contact(cid)["properties"]["trig"] == "2025-11-20T12:00:00.000Z"
    status, _, _ = call(fake, "GET", f"/automation/v4/sequences/enrollments/contact/{cid}")
    assert status == 404
    enroll = {"contactId": cid, "sequenceId": fake.sequence("Outbound"),
              "senderEmail": "s@seller.example"}
    assert call(fake, "POST", "/automation/v4/sequences/enrollments", enroll)[0] == 400  # no userId
    status, data, _ = call(fake, "POST", "/automation/v4/sequences/enrollments", enroll, userId="9")
    assert status == 200 and set(json.loads(data)) == {"id", "enrolledAt", "updatedAt", "toEmail"}
    assert fake.contact(cid)["properties"]["hs_sequences_is_enrolled"] == "true"


def test_holds_100k_contacts_with_indexed_lookups():
    fake = FakeHubSpot()  # not started: seeding and lookups only
    for i in range(100_000):
        fake.add_contact(f"bulk{i}@example.com")
    assert len(fake.contacts) == 100_000 and fake._by_email["bulk99999@example.com"]
