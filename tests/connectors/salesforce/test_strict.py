"""The fake Salesforce refuses what real Salesforce refuses, in Salesforce's own error shapes,
and the connector never triggers those refusals: one test per refusal, each citing the
Salesforce page the refusal comes from. Also the login fixes of issue 11: no SOAP login
(items 1), the JWT audience with My Domain (2), the user id without `oauth2/userinfo` (8),
and addresses an Email field does not take (10)."""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import parse_qs, urlsplit

import jwt
import pytest
import requests

from connectors.salesforce import api as api_module
from sync.errors import Permanent
from sync.records import BounceStatus, Flag, Outcome
from sync.secret import Secret
from tests.connectors.salesforce.harness import connector_for, rsa_pair
from tests.contracts.crm import by_key, mark
from tests.fakes.salesforce.schema import USER_ID

P = "Bounce_Sync_"
TOKEN = "/services/oauth2/token"


@pytest.fixture
def crm(harness):
    harness.fake.install_fields()
    return harness.connector


def _rest(fake, method, path, body=None):
    """A request straight to the fake (as any client would send it), its status and body."""
    answer = requests.request(method, f"{fake.url}/services/data/v59.0/{path}", json=body, timeout=5,
                              headers={"Authorization": f"Bearer {fake.issue_session()}"})
    return answer.status_code, answer.json()


def _patch(fake, *records):
    return _rest(fake, "PATCH", "composite/sobjects", {"allOrNone": False, "records": list(records)})


@pytest.fixture
def sent(monkeypatch):
    """Every URL the connector asks for, before the test transport maps it to the fake."""
    urls: list[str] = []
    original = api_module._Transport.send

    def spy(self, request, **kwargs):
        urls.append(request.url)
        return original(self, request, **kwargs)
    monkeypatch.setattr(api_module._Transport, "send", spy)
    return urls


# --------------------------------------------------------------------------- item 1: no SOAP login
# https://developer.salesforce.com/docs/platform/api/guide/api-eol-soap.html: login() is not
# available from API 65.0 on, and is retired for every version in Summer '27.


def test_the_fake_refuses_soap_login_from_api_65_as_salesforce_does(fake):
    fake.register_password("integration@example.com", "pw", "tok")
    body = ("<env:Envelope xmlns:env='http://schemas.xmlsoap.org/soap/envelope/'><env:Body><n1:login "
            "xmlns:n1='urn:partner.soap.sforce.com'><n1:username>integration@example.com</n1:username>"
            "<n1:password>pwtok</n1:password></n1:login></env:Body></env:Envelope>")
    old = requests.post(f"{fake.url}/services/Soap/u/64.0", data=body, timeout=5)
    assert old.status_code == 200 and "<sessionId>" in old.text
    for version in ("65.0", "67.0"):
        new = requests.post(f"{fake.url}/services/Soap/u/{version}", data=body, timeout=5)
        assert new.status_code == 500 and "<faultcode>sf:INVALID_OPERATION</faultcode>" in new.text
        assert f"not available in the API version specified ({version})" in new.text


def test_password_mode_logs_in_through_the_token_endpoint_at_api_65(fake):
    crm = connector_for(fake, api_version="65.0")
    assert crm.check()[0].ok
    [login] = fake.requests("POST", TOKEN)
    form = parse_qs(login.body.decode())
    assert {k: v[0] for k, v in form.items() if k != "password"} == {
        "grant_type": "password", "client_id": "3MVG9-connected-app-key",
        "client_secret": "CONSUMER-SECRET-not-real-42", "username": "integration@example.com"}
    assert fake.count("POST", "/services/Soap/") == 0


def test_check_says_the_password_flow_is_often_blocked(fake):
    [login, *_] = connector_for(fake).check()
    assert login.ok and "recommended modes" in login.detail and "block" in login.detail
    fake.password_flow_allowed = False  # as orgs created since Summer '23 by default
    [refused] = connector_for(fake).check()
    assert not refused.ok and "invalid_grant" in refused.detail and "recommended modes" in refused.detail


# --------------------------------------------------------------------------- item 2: JWT audience
# https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_jwt_flow.htm: `aud` is
# https://login.salesforce.com (https://test.salesforce.com for a sandbox), whatever host the
# token request goes to; simple-salesforce issue #672 / PR #711.


def test_the_fake_refuses_a_my_domain_audience_as_salesforce_does(fake):
    private, public = rsa_pair()
    fake.register_jwt("CK", "integration@example.com", public)

    def token(aud):
        assertion = jwt.encode({"iss": "CK", "sub": "integration@example.com", "aud": aud,
                                "exp": 4_000_000_000}, private, algorithm="RS256")
        return requests.post(f"{fake.url}{TOKEN}", timeout=5, data={
            "grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer", "assertion": assertion})
    refused = token("https://acme.my.salesforce.com")
    assert refused.status_code == 400
    assert refused.json() == {"error": "invalid_grant", "error_description": "audience is invalid"}
    assert token("https://login.salesforce.com").status_code == 200
    fake.sandbox = True
    assert token("https://login.salesforce.com").json()["error_description"] == "audience is invalid"
    assert token("https://test.salesforce.com").status_code == 200


@pytest.mark.parametrize("domain, sandbox, aud", [
    ("acme.my", False, "https://login.salesforce.com"),
    ("acme--uat.sandbox.my", True, "https://test.salesforce.com"),
    ("test", True, "https://test.salesforce.com"),
])
def test_jwt_sends_the_audience_salesforce_requires_to_the_my_domain_host(fake, sent, domain, sandbox, aud):
    private, public = rsa_pair()
    fake.register_jwt("CK", "integration@example.com", public)
    fake.sandbox = sandbox
    fake.instance_url = "https://acme.my.salesforce.com"  # what the token answer names
    crm = connector_for(fake, auth="jwt", consumer_key="CK", domain=domain,
                        private_key=Secret(private, "env:SF_KEY"))
    assert crm.check()[0].ok
    [login] = fake.requests("POST", TOKEN)
    claims = jwt.decode(parse_qs(login.body.decode())["assertion"][0], options={"verify_signature": False})
    assert claims["aud"] == aud
    assert sent[0] == f"https://{domain}.salesforce.com/services/oauth2/token"
    # every REST call goes to the instance the token answer named
    assert sent[1:] and all(u.startswith("https://acme.my.salesforce.com/services/data/") for u in sent[1:])


# --------------------------------------------------------------------------- item 8: the user id
# The token answer's `id` is the identity URL .../id/<orgId>/<userId>
# (https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_jwt_flow.htm, the
# response example); `oauth2/userinfo` is OpenID Connect's and wants the openid/id scope.


def test_the_fake_refuses_userinfo_to_an_api_only_token(fake):
    answer = requests.get(f"{fake.url}/services/oauth2/userinfo", timeout=5,
                          headers={"Authorization": f"Bearer {fake.issue_session('api')}"})
    assert answer.status_code == 403


@pytest.mark.parametrize("auth", ["jwt", "client_credentials", "password"])
def test_setup_assigns_the_user_from_the_token_id_url_without_userinfo(fake, harness, auth):
    private, public = rsa_pair()
    fake.register_jwt("CK", "integration@example.com", public)
    fake.register_client("CK2", "secret-2")
    modes = {"jwt": dict(auth="jwt", consumer_key="CK", private_key=Secret(private, "env:K")),
             "client_credentials": dict(auth="client_credentials", consumer_key="CK2", domain="acme.my",
                                        consumer_secret=Secret("secret-2", "env:S")),
             "password": {}}
    crm = connector_for(fake, **modes[auth])
    assert all(item.ok for item in crm.setup(dry_run=False))
    assert fake.count("GET", "/oauth2/userinfo") == 0
    [assignment] = fake.tables["PermissionSetAssignment"].values()
    assert assignment["AssigneeId"] == USER_ID
    assert all(item.ok for item in crm.check())


def test_a_session_login_finds_the_user_by_username_or_says_to_set_it(fake):
    crm = connector_for(fake, auth="session", session_id=Secret(fake.issue_session(), "env:SID"),
                        instance_url=fake.url, username=None)
    items = {i.name: i for i in crm.setup(dry_run=False)}
    assert not items["assignment"].ok and "crm.username" in items["assignment"].detail
    fake.tables["PermissionSetAssignment"].clear()
    crm = connector_for(fake, auth="session", session_id=Secret(fake.issue_session(), "env:SID"),
                        instance_url=fake.url, username="integration@example.com")
    items = crm.setup(dry_run=False)
    assert all(i.ok for i in items), [i for i in items if not i.ok]
    assert fake.count("GET", "/oauth2/userinfo") == 0


# --------------------------------------------------------------------------- describe


def test_the_fake_serves_describe_from_its_schema(fake):
    fake.install_fields()
    status, described = _rest(fake, "GET", "sobjects/Contact/describe")
    assert status == 200
    fields = {f["name"]: f for f in described["fields"]}
    assert (fields[f"{P}Address__c"]["type"], fields[f"{P}Address__c"]["length"]) == ("email", 80)
    assert (fields[f"{P}Reason__c"]["type"], fields[f"{P}Reason__c"]["length"]) == ("string", 80)
    assert fields[f"{P}Diagnostic__c"]["type"] == "textarea"
    assert fields[f"{P}Status__c"]["restrictedPicklist"] is True
    assert {v["value"] for v in fields[f"{P}Status__c"]["picklistValues"]} >= {"bounced", "refused"}
    assert fields["IsEmailBounced"]["updateable"] is False
    assert (fields[f"{P}Hard__c"]["type"], fields[f"{P}Soft_Count__c"]["type"]) == ("boolean", "double")


# --------------------------------------------------------------------------- STRING_TOO_LONG
# Text fields hold at most their length ("Custom Field Types", Salesforce Help); a longer
# value is the record's STRING_TOO_LONG (Collections per-record errors:
# https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_composite_sobjects_collections_update.htm).


def test_the_fake_refuses_a_value_over_the_fields_length(fake, harness, crm):
    ref = harness.add_contact("a@example.com")
    status, [item] = _patch(fake, {"attributes": {"type": "Contact"}, "id": ref.id, f"{P}Reason__c": "x" * 81})
    assert status == 200 and not item["success"]
    assert item["errors"][0]["statusCode"] == "STRING_TOO_LONG" and item["errors"][0]["fields"] == [f"{P}Reason__c"]
    # lengths count UTF-16 units, as Java does: 80 emoji are 160
    status, [item] = _patch(fake, {"attributes": {"type": "Contact"}, "id": ref.id, f"{P}Reason__c": "😀" * 41})
    assert item["errors"][0]["statusCode"] == "STRING_TOO_LONG"


def test_a_long_diagnostic_is_cut_to_the_orgs_field_length_on_a_character_boundary(fake, harness, crm):
    # an admin shortened the field after setup: describe says 255, not the 32,768 setup made
    for sobject in ("Contact", "Lead"):
        fake.custom_fields[sobject][f"{P}Diagnostic__c"].update(type="Text", length=255)
    ref = harness.add_contact("long@example.com")
    diagnostic = "5.1.1 " + "x" * 248 + "😀" + "y" * 45  # 300 characters, an emoji across 255
    action = replace(mark(ref, "long@example.com"), diagnostic=diagnostic, reason_label="Mailbox gone 😀" * 30)
    [result] = crm.apply([action])
    assert result.outcome is Outcome.DONE, result.error
    rec = fake.record(ref.id)
    # 254 characters and the ellipsis that marks the cut: the emoji (2 units) does not fit
    assert rec[f"{P}Diagnostic__c"] == diagnostic[:254] + "…"
    assert len(rec["EmailBouncedReason"].encode("utf-16-le")) // 2 <= 255
    assert rec["EmailBouncedReason"].startswith("Mailbox gone")


# --------------------------------------------------------------------------- INVALID_EMAIL_ADDRESS
# Email fields: "up to 80 characters, which is validated to ensure proper format" ("Custom
# Field Types", Salesforce Help); a bad value sinks the record's update.


def test_the_fake_refuses_a_malformed_address_in_an_email_field(fake, harness, crm):
    ref = harness.add_contact("a@example.com")
    status, [item] = _patch(fake, {"attributes": {"type": "Contact"}, "id": ref.id,
                                   f"{P}Address__c": "not an address", f"{P}Note__c": "x"})
    assert not item["success"] and item["errors"][0]["statusCode"] == "INVALID_EMAIL_ADDRESS"
    assert fake.record(ref.id).get(f"{P}Note__c") is None  # the whole record's update sank
    long = "a" * 70 + "@example.com"
    status, [item] = _patch(fake, {"attributes": {"type": "Contact"}, "id": ref.id, f"{P}Address__c": long})
    assert item["errors"][0]["statusCode"] == "STRING_TOO_LONG"


@pytest.mark.parametrize("address", [
    "someone.with.a.very.long.local.part.for.testing.purposes@a-long-subdomain.example.com",  # 84
    "user@localhost",            # no dot in the domain
    "pré@example.com",           # not ASCII
    "\"quoted\"@example.com",    # quoted local part
])
def test_an_address_an_email_field_does_not_take_never_sinks_the_update(fake, harness, crm, address):
    ref = harness.add_contact("a@example.com")
    [result] = crm.apply([mark(ref, address)])
    assert result.outcome is Outcome.DONE, result.error
    rec = fake.record(ref.id)
    assert rec[f"{P}Status__c"] == "bounced" and rec[f"{P}Address__c"] is None
    assert address in rec[f"{P}Note__c"]  # the text is kept, in the Text field
    assert fake.requests("PATCH", "composite/sobjects")[-1].status == 200


def test_a_good_address_goes_into_the_email_field(fake, harness, crm):
    ref = harness.add_contact("ok@example.com")
    assert crm.apply([mark(ref, "ok@example.com")])[0].outcome is Outcome.DONE
    assert fake.record(ref.id)[f"{P}Address__c"] == "ok@example.com"


# --------------------------------------------------------------------------- restricted picklists
# A restricted picklist refuses values it lacks ("Restrict Picklists to the Values You Define",
# Salesforce Help): INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST for the record.


def test_the_fake_refuses_a_value_a_restricted_picklist_lacks(fake, harness, crm):
    ref = harness.add_contact("a@example.com")
    status, [item] = _patch(fake, {"attributes": {"type": "Contact"}, "id": ref.id, f"{P}Status__c": "nope"})
    assert item["errors"][0]["statusCode"] == "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST"
    assert item["errors"][0]["fields"] == [f"{P}Status__c"]


def test_a_value_the_orgs_picklist_lacks_is_not_sent(fake, harness, crm):
    fake.custom_fields["Contact"][f"{P}Status__c"]["values"].remove("refused")  # an admin did
    refused, fine = harness.add_contact("r@example.com"), harness.add_contact("f@example.com")
    results = by_key(crm.apply([Flag(key="r", contact=refused, status=BounceStatus.REFUSED, note="known bad"),
                                mark(fine, "f@example.com", key="f")]))
    assert results["r"].outcome is Outcome.FAILED and "'refused'" in results["r"].error
    assert results["f"].outcome is Outcome.DONE
    [patch] = fake.requests("PATCH", "composite/sobjects")
    assert [r["id"] for r in patch.json()["records"]] == [fine.id]
    assert fake.record(refused.id).get(f"{P}Status__c") is None


# --------------------------------------------------------------------------- read-only fields
# A field the user cannot edit (IsEmailBounced is read-only on Contact; field-level security
# may make any field so) fails the record with INVALID_FIELD_FOR_INSERT_UPDATE.


def test_the_fake_refuses_a_read_only_field(fake, harness, crm):
    ref = harness.add_contact("a@example.com")
    status, [item] = _patch(fake, {"attributes": {"type": "Contact"}, "id": ref.id, "IsEmailBounced": True})
    assert item["errors"][0]["statusCode"] == "INVALID_FIELD_FOR_INSERT_UPDATE"
    assert item["errors"][0]["fields"] == ["IsEmailBounced"]


def test_a_standard_field_the_user_cannot_edit_is_left_out(fake, harness, crm):
    fake.read_only |= {"Contact.EmailBouncedReason", "Contact.EmailBouncedDate"}
    ref = harness.add_contact("a@example.com")
    [result] = crm.apply([mark(ref, "a@example.com")])
    assert result.outcome is Outcome.DONE, result.error
    rec = fake.record(ref.id)
    assert rec[f"{P}Status__c"] == "bounced" and rec.get("EmailBouncedReason") is None
    [patch] = fake.requests("PATCH", "composite/sobjects")
    assert "EmailBouncedReason" not in patch.json()["records"][0]


def test_one_of_our_fields_read_only_stops_before_sending(fake, harness, crm):
    fake.read_only.add(f"Contact.{P}Status__c")
    ref = harness.add_contact("a@example.com")
    with pytest.raises(Permanent, match="not writable.*bounce-sync setup"):
        crm.apply([mark(ref, "a@example.com")])
    assert fake.count("PATCH", "composite/sobjects") == 0


# --------------------------------------------------------------------------- INVALID_FIELD
# An unknown (or invisible) field refuses the whole request: a top-level error list
# `[{"message", "errorCode": "INVALID_FIELD", "fields"}]`
# (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm).


def test_the_fake_refuses_an_unknown_field_for_the_whole_request(fake, harness, crm):
    ref = harness.add_contact("a@example.com")
    status, body = _patch(fake, {"attributes": {"type": "Contact"}, "id": ref.id, "Nope__c": "x"})
    assert status == 400 and body[0]["errorCode"] == "INVALID_FIELD" and body[0]["fields"] == ["Nope__c"]


def test_missing_fields_stop_before_sending_and_point_at_setup(fake, harness):
    ref = harness.add_contact("a@example.com")  # fields never installed
    with pytest.raises(Permanent, match="bounce-sync setup"):
        harness.connector.apply([mark(ref, "a@example.com")])
    assert fake.count("PATCH", "composite/sobjects") == 0


# --------------------------------------------------------------------------- 200 records a call
# "The list can contain up to 200 objects" (Update Records Using sObject Collections,
# https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_composite_sobjects_collections_update.htm).


def test_the_fake_refuses_more_than_200_records_a_call(fake, harness, crm):
    refs = [harness.add_contact(f"c{i}@example.com") for i in range(201)]
    status, body = _patch(fake, *({"attributes": {"type": "Contact"}, "id": r.id, f"{P}Note__c": "x"}
                                  for r in refs))
    assert status == 400 and body[0]["errorCode"] == "EXCEEDED_ID_LIMIT"


def test_250_updates_go_in_two_collection_calls(fake, harness, crm):
    refs = [harness.add_contact(f"c{i}@example.com") for i in range(250)]
    results = crm.apply([mark(r, f"c{i}@example.com", key=f"k{i}") for i, r in enumerate(refs)])
    assert all(r.outcome is Outcome.DONE for r in results)
    patches = fake.requests("PATCH", "composite/sobjects")
    assert [len(p.json()["records"]) for p in patches] == [200, 50]
    assert all(p.status == 200 for p in patches)


def test_describe_is_read_once_per_run_in_one_call(fake, harness, crm):
    """The describe of a run is one call for both objects, and never repeated."""
    refs = [harness.add_contact(f"d{i}@example.com") for i in range(3)]
    crm.apply([mark(refs[0], "d0@example.com")])
    crm.apply([mark(refs[1], "d1@example.com")])
    describes = [r for r in fake.log if "/describe" in r.path
                 or (r.path.endswith("/composite") and "describe" in r.body.decode())]
    assert len(describes) == 1
    assert {urlsplit(s["url"]).path.split("/")[-3] for s in describes[0].json()["compositeRequest"]} == {
        "Contact", "Lead"}
