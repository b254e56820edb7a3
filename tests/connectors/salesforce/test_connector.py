"""SalesforceConnector: the CRM contract (Contact and Lead) over the fake Salesforce, and
Salesforce-specific behaviour driven through simple-salesforce against the same fake."""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone
import math
from urllib.parse import parse_qs, urlsplit

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from sync.errors import AuthError, ConfigError, Permanent, QuotaExhausted, Retryable
from sync.records import ClearBounce, ContactRef, Outcome, Reenroll, Unenroll
from sync.secret import Secret
from tests.connectors.salesforce.harness import SalesforceHarness, connector_for
from tests.contracts.crm import NOW, CrmContract, by_key, mark
from tests.fakes.salesforce import FakeSalesforce

P = "Bounce_Sync_"


@pytest.fixture
def fake():
    with FakeSalesforce() as server:
        yield server


@pytest.fixture
def harness(fake):
    return SalesforceHarness(fake)


@pytest.fixture
def crm(harness):
    harness.connector.setup(dry_run=False)
    return harness.connector


class TestSalesforceContactContract(CrmContract):
    pass


class TestSalesforceLeadContract(CrmContract):
    @pytest.fixture
    def harness(self, fake):
        return SalesforceHarness(fake, object_type="lead")


# --------------------------------------------------------------------------- auth flows


def _rsa_pair() -> tuple[str, bytes]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    private = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption()).decode()
    public = key.public_key().public_bytes(serialization.Encoding.PEM,
                                           serialization.PublicFormat.SubjectPublicKeyInfo)
    return private, public


def test_jwt_bearer_login_with_a_generated_key(fake, tmp_path):
    private, public = _rsa_pair()
    fake.register_jwt("CONSUMERKEY", "integration@example.com", public)
    (tmp_path / "sf.pem").write_text(private)
    crm = connector_for(fake, tmp_path, auth="jwt", consumer_key="CONSUMERKEY",
                        private_key="sf.pem")
    assert crm.check()[0].ok
    assert fake.count("POST", "/services/oauth2/token") == 1

    wrong, _ = _rsa_pair()  # signed with a key the org does not know
    bad = connector_for(fake, tmp_path, auth="jwt", consumer_key="CONSUMERKEY",
                        private_key=Secret(wrong, "env:SF_KEY"))
    [item] = bad.check()
    assert not item.ok and "crm.private_key" in item.detail


def test_password_login_is_the_oauth_username_password_flow(fake):
    assert connector_for(fake).check()[0].ok
    [login] = fake.requests("POST", "/services/oauth2/token")
    form = parse_qs(login.body.decode())
    assert form["grant_type"] == ["password"] and form["client_id"] == ["3MVG9-connected-app-key"]
    assert form["password"][0].endswith("SECURITYTOKENxyz123")  # the token appended
    assert fake.count("POST", "/services/Soap/") == 0
    bad = connector_for(fake, password=Secret("nope", "env:SF_PASSWORD"))
    with pytest.raises(AuthError) as err:
        bad.find_contacts(["a@example.com"])
    assert "crm.password" in str(err.value) and "nope" not in str(err.value)
    assert "invalid_grant: authentication failure" in str(err.value)


def test_client_credentials_login(fake):
    fake.register_client("CK", "CS-secret")
    crm = connector_for(fake, auth="client_credentials", consumer_key="CK",
                        consumer_secret=Secret("CS-secret", "env:SF_SECRET"), domain="acme.my")
    assert crm.check()[0].ok
    with pytest.raises(ConfigError):  # Salesforce refuses client credentials on login/test
        connector_for(fake, auth="client_credentials", consumer_key="CK",
                      consumer_secret=Secret("x", "env:X"))


def test_session_id_login_and_expiry_is_an_auth_error(fake):
    crm = connector_for(fake, auth="session", session_id=Secret(fake.issue_session(), "env:SID"),
                        instance_url=fake.url)
    assert crm.check()[0].ok
    fake.expire_sessions()
    with pytest.raises(AuthError, match="crm.session_id"):
        crm.find_contacts(["a@example.com"])


def test_expired_session_logs_in_again_once(fake, harness, crm):
    ref = harness.add_contact("a@example.com")
    fake.expire_sessions()
    logins = fake.count("POST", "/services/oauth2/token")
    assert [c.ref.id for c in crm.find_contacts(["a@example.com"])] == [ref.id]
    assert fake.count("POST", "/services/oauth2/token") == logins + 1
    # Still expired after the re-login: the REST call's 401, then the login (a login has no
    # session to expire, so the fake answers it normally), then the retried call's 401.
    fake.faults.fail_next("expired_token", count=3)
    with pytest.raises(AuthError, match="crm.username"):
        crm.find_contacts(["a@example.com"])


# --------------------------------------------------------------------------- login errors
# Only a refusal of the credentials is an AuthError (exit 2); an outage is Retryable (exit 1)
# and a rate limit QuotaExhausted (exit 1, nothing more sent this run).

SOAP = "/services/Soap/u/"
TOKEN = "/services/oauth2/token"


@pytest.fixture
def quick_faults(fake):
    fake.faults.retry_after = 0.01
    fake.faults.exempt = re.compile(r"\A\Z")  # let faults reach the token endpoint too
    return fake.faults


def _jwt_connector(fake, tmp_path, *, consumer_key="CONSUMERKEY"):
    private, public = _rsa_pair()
    fake.register_jwt("CONSUMERKEY", "integration@example.com", public)
    (tmp_path / "sf.pem").write_text(private)
    fake.faults.exempt = re.compile(r"\A\Z")  # let faults reach the token endpoint too
    return connector_for(fake, tmp_path, auth="jwt", consumer_key=consumer_key, private_key="sf.pem")


def test_the_fake_answers_login_faults_in_the_login_endpoints_formats(fake, quick_faults, tmp_path):
    fake.faults.fail_next("rate_limit")
    with pytest.raises(QuotaExhausted):
        connector_for(fake).find_contacts(["a@example.com"])
    [token] = fake.requests("POST", TOKEN)
    assert token.status == 400 and token.fault == "rate_limit"
    crm = _jwt_connector(fake, tmp_path)
    fake.faults.fail_next("rate_limit")
    with pytest.raises(QuotaExhausted):
        crm.find_contacts(["a@example.com"])
    assert fake.requests("POST", TOKEN)[-1].status == 400
    # the bodies, as a client reads them (the SOAP login still answers below API 65.0)
    import requests
    fake.faults.fail_next("rate_limit")
    answer = requests.post(f"{fake.url}{SOAP}59.0", data="<x/>", timeout=5)
    assert answer.status_code == 500 and "<sf:exceptionCode>REQUEST_LIMIT_EXCEEDED<" in answer.text
    answer = requests.post(f"{fake.url}{SOAP}59.0", data="<x/>", timeout=5)
    assert "<sf:exceptionCode>INVALID_LOGIN</sf:exceptionCode>" in answer.text
    assert answer.headers["Content-Type"].startswith("text/xml")
    fake.faults.fail_next("server_error")
    answer = requests.post(f"{fake.url}{TOKEN}", data={"grant_type": "password"}, timeout=5)
    assert answer.status_code == 503 and answer.json()["error"] == "temporarily_unavailable"


def test_a_transient_503_at_login_is_retried_then_the_call_goes_through(fake, harness, crm, quick_faults):
    ref = harness.add_contact("a@example.com")
    fresh = connector_for(fake)  # not logged in yet
    logins = fake.count("POST", TOKEN)
    fake.faults.fail_next("server_error")  # the token endpoint answers 503 temporarily_unavailable once
    assert [c.ref.id for c in fresh.find_contacts(["a@example.com"])] == [ref.id]
    assert [r.status for r in fake.requests("POST", TOKEN)][logins:] == [503, 200]


@pytest.mark.parametrize("kind, said", [
    ("server_error", "temporarily_unavailable"),   # the OAuth error with HTTP 503
    ("maintenance", "HTTP 503"),              # Salesforce's maintenance page (HTML)
    ("edge_403", "HTTP 403"),                 # a proxy or edge refusing, no Salesforce code
])
def test_an_outage_at_login_is_retryable_not_an_auth_error(fake, quick_faults, kind, said):
    crm = connector_for(fake)  # max_attempts 3
    fake.faults.fail_next(kind, count=3)
    with pytest.raises(Retryable) as err:
        crm.find_contacts(["a@example.com"])
    assert not isinstance(err.value, (AuthError, QuotaExhausted))
    assert said in str(err.value) and "password" not in str(err.value)
    assert fake.count("POST", TOKEN) == 3  # tried max_attempts times
    assert crm.check()[0].ok  # the next try logs in (no fault left)


def test_a_timeout_at_login_is_retryable(fake, quick_faults):
    fake.faults.timeout_seconds = 0.5
    crm = connector_for(fake, request_timeout=0.2)
    fake.faults.fail_next("timeout", count=3)
    with pytest.raises(Retryable, match="login: timed out") as err:
        crm.find_contacts(["a@example.com"])
    assert not isinstance(err.value, AuthError)


def test_invalid_login_is_an_auth_error_naming_the_settings(fake):
    crm = connector_for(fake, security_token=Secret("WRONG", "env:SF_TOKEN"))
    with pytest.raises(AuthError) as err:
        crm.find_contacts(["a@example.com"])
    assert err.value.setting == ("crm.consumer_key / crm.consumer_secret / crm.username / "
                                 "crm.password / crm.security_token")
    assert "invalid_grant: authentication failure" in str(err.value)
    assert "recommended modes" in str(err.value)  # many orgs block this flow
    assert "WRONG" not in str(err.value)
    assert fake.count("POST", TOKEN) == 1  # a refusal is not retried


def test_request_limit_exceeded_at_login_is_quota_exhausted_and_stops_the_run(fake, quick_faults):
    crm = connector_for(fake)
    fake.faults.fail_next("rate_limit")
    with pytest.raises(QuotaExhausted, match="rate_limit_exceeded") as err:
        crm.find_contacts(["a@example.com"])
    assert err.value.retry_after is None  # Salesforce sends no Retry-After
    with pytest.raises(QuotaExhausted):
        crm.find_contacts(["b@example.com"])
    assert fake.count("POST", TOKEN) == 1, "nothing more sent this run"


def test_oauth_token_endpoint_errors(fake, quick_faults, tmp_path):
    crm = _jwt_connector(fake, tmp_path)
    fake.faults.fail_next("server_error")  # temporarily_unavailable, 503: retried
    assert crm.check()[0].ok
    assert [r.status for r in fake.requests("POST", TOKEN)] == [503, 200]

    unknown_app = _jwt_connector(fake, tmp_path, consumer_key="NOT-REGISTERED")
    with pytest.raises(AuthError, match="invalid_client_id") as err:
        unknown_app.find_contacts(["a@example.com"])
    assert "crm.consumer_key" in str(err.value)

    limited = _jwt_connector(fake, tmp_path)
    fake.faults.fail_next("rate_limit")
    with pytest.raises(QuotaExhausted, match="rate_limit_exceeded"):
        limited.find_contacts(["a@example.com"])


@pytest.mark.parametrize("bad", [
    {"auth": "oauth"}, {"objects": ["Account"]}, {"secondary_email_fields": ["Alt) OR (Id"]},
    {"cadence_removal_disposition": "Gone"}, {"query_chunk": 0},
    {"password": "written-in-the-file"}, {"login_url": "https://evil.example.com"},
])
def test_bad_settings_name_the_key(fake, bad):
    with pytest.raises(ConfigError) as err:
        connector_for(fake, **bad)
    key = next(iter(bad))
    assert err.value.key == f"crm.{key}"
    assert "written-in-the-file" not in str(err.value)


def test_insecure_http_is_refused_for_a_real_host(fake):
    with pytest.raises(ConfigError, match="insecure_http_for_tests"):
        connector_for(fake, insecure_http_for_tests="http://example.com:80")


# --------------------------------------------------------------------------- errors, retries


def test_request_limit_exceeded_stops_the_run_and_nothing_more_is_sent(fake, harness, crm):
    refs = [harness.add_contact(f"q{i}@example.com") for i in range(3)]
    fake.faults.fail_next("daily_quota")
    before = len(fake.log)
    with pytest.raises(QuotaExhausted):
        crm.apply([mark(r, f"q{i}@example.com", key=f"k{i}") for i, r in enumerate(refs)])
    assert len(fake.log) == before + 1
    with pytest.raises(QuotaExhausted):
        crm.find_contacts(["q0@example.com"])
    assert len(fake.log) == before + 1, "nothing more sent this run"


def test_daily_allocation_spent_is_quota_exhausted(fake, harness, crm):
    fake.api_max = fake.api_used  # the next REST call is over the allocation
    with pytest.raises(QuotaExhausted, match="TotalRequests"):
        crm.find_contacts(["a@example.com"])
    assert "api-usage=" in crm.api_usage


def test_server_errors_and_timeouts_are_retried(fake, harness, crm):
    ref = harness.add_contact("r@example.com")
    crm._writer.rules.infos("Contact")  # the run's describe, read before the faults
    fake.faults.retry_after = 0.01
    fake.faults.fail_next("server_error", count=2)
    assert [r.outcome for r in crm.apply([mark(ref, "r@example.com")])] == [Outcome.DONE]
    assert fake.count("PATCH", "composite/sobjects") == 3
    fake.faults.timeout_seconds = 0.5
    quick = connector_for(fake, request_timeout=0.2)  # the client gives up before the fake answers
    quick.check()
    fake.faults.fail_next("timeout")
    before = fake.count("POST", "/composite$")
    assert [c.ref.id for c in quick.find_contacts(["r@example.com"])] == [ref.id]
    assert fake.count("POST", "/composite$") == before + 2  # the lookup timed out, then again


def test_locked_row_is_retried_alone_and_a_deleted_one_skipped(fake, harness, crm):
    refs = [harness.add_contact(f"l{i}@example.com") for i in range(4)]
    fake.lock_rows([refs[1].id], times=1)
    fake.delete(refs[2].id)
    results = by_key(crm.apply([mark(r, f"l{i}@example.com", key=f"k{i}") for i, r in enumerate(refs)]))
    assert results["k1"].outcome is Outcome.DONE
    assert results["k2"].outcome is Outcome.SKIPPED and "ENTITY_IS_DELETED" in results["k2"].error
    patches = fake.requests("PATCH", "composite/sobjects")
    assert [len(r.json()["records"]) for r in patches[-2:]] == [4, 1], "only the locked row again"

    fake.lock_rows([refs[0].id], times=10)  # stays locked: left for the next run
    [r] = crm.apply([mark(refs[0], "l0@example.com", key="again")])
    assert r.outcome is Outcome.RETRY and "UNABLE_TO_LOCK_ROW" in r.error


def test_fields_not_installed_is_permanent_pointing_at_setup(harness):
    harness.add_contact("a@example.com")
    with pytest.raises(Permanent, match="bounce-sync setup"):
        harness.connector.find_contacts(["a@example.com"])
    checks = {c.name: c for c in harness.connector.check()}
    assert not checks["Contact fields"].ok and "setup" in checks["Contact fields"].detail


def test_fields_created_but_not_granted_are_invisible(fake, harness):
    crm = harness.connector
    crm.setup(dry_run=False)
    fake.tables["PermissionSetAssignment"].clear()  # an admin removed the assignment
    with pytest.raises(Permanent, match="setup"):
        crm.find_contacts(["a@example.com"])
    assert any(not c.ok for c in crm.check())
    crm.setup(dry_run=False)
    assert all(c.ok for c in crm.check())


# --------------------------------------------------------------------------- writes


def test_standard_bounce_fields_written_and_cleared(fake, harness, crm):
    ref = harness.add_contact("std@example.com")
    crm.apply([mark(ref, "std@example.com")])
    rec = fake.record(ref.id)
    assert rec["EmailBouncedReason"].startswith("Mailbox does not exist: 550 5.1.1")
    assert rec["EmailBouncedDate"] == NOW and rec["IsEmailBounced"] is True
    crm.apply([ClearBounce(key="c", contact=ref, note="email changed")])
    rec = fake.record(ref.id)
    assert rec["EmailBouncedReason"] is None and rec["EmailBouncedDate"] is None
    assert rec["IsEmailBounced"] is False and rec[f"{P}Note__c"] == "email changed"


def test_long_diagnostic_fits_the_standard_reason(fake, harness, crm):
    ref = harness.add_contact("long@example.com")
    action = mark(ref, "long@example.com")
    action = type(action)(**{**{s: getattr(action, s) for s in action.__slots__}, "diagnostic": "x" * 5000})
    assert crm.apply([action])[0].outcome is Outcome.DONE
    assert len(fake.record(ref.id)["EmailBouncedReason"]) == 255


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


def test_unenroll_saves_cadences_then_removes_by_tracker(fake, harness, crm):
    ref = harness.add_contact("cad@example.com", sequences=["Outbound", "Nurture"], step=3)
    [r] = crm.apply([Unenroll(key="u", contact=ref)])
    assert r.outcome is Outcome.DONE and len(r.removed) == 2
    saved = json.loads(fake.record(ref.id)[f"{P}Cadences__c"])
    assert {s["cadence_id"] for s in saved} == {harness.sequence_id("Outbound"), harness.sequence_id("Nurture")}
    assert all(s["user_id"] and s["tracker_id"] for s in saved)
    [call] = fake.requests("POST", "removeTargetFromSalesCadence")
    assert all(i["completionReasonCode"] == "ManuallyRemoved" and i["completionDisposition"] == "Bad Data"
               and i["actionCadenceTrackerId"] for i in call.json()["inputs"])
    completed = [t for t in fake.tables["ActionCadenceTracker"].values() if t["TargetId"] == ref.id]
    assert {t["CompletionReason"] for t in completed} == {"ManuallyRemoved"}


def test_reenroll_per_input_results(fake, harness, crm):
    ok = harness.add_contact("ok@example.com")
    bad = harness.add_contact("bad@example.com")
    cadence = harness.sequence_id("Outbound")
    fake.add_cadence("Retired", state="Inactive")
    from sync.records import Enrollment
    results = by_key(crm.apply([
        Reenroll(key="ok", contact=ok, enrollments=(Enrollment(sequence_id=cadence),)),
        Reenroll(key="bad", contact=bad, enrollments=(Enrollment(sequence_id=harness.sequence_id("Retired")),)),
    ]))
    assert results["ok"].outcome is Outcome.DONE and harness.active_sequences(ok) == {cadence: 1}
    assert results["bad"].outcome is Outcome.FAILED and "active" in results["bad"].error
    # every input failing comes back as HTTP 400 carrying the result list
    only_bad = crm.apply([Reenroll(key="b2", contact=bad,
                                   enrollments=(Enrollment(sequence_id=harness.sequence_id("Retired")),))])
    assert only_bad[0].outcome is Outcome.FAILED
    assert fake.requests("POST", "assignTargetToSalesCadence")[-1].status == 400


# --------------------------------------------------------------------------- figures


@pytest.mark.parametrize("n", [250, 1000])
def test_requests_per_operation_against_the_floor(fake, harness, crm, n, capsys):
    refs = [harness.add_contact(f"b{i}@example.com", sequences=["Outbound"]) for i in range(n)]
    emails = [f"b{i}@example.com" for i in range(n)]
    floor = math.ceil(n / 200)
    figures = {}

    def measure(name, fn):
        before = len(fake.log)
        fn()
        figures[name] = len(fake.log) - before

    found = {}
    measure("find_contacts", lambda: found.update((c.ref.id, c) for c in crm.find_contacts(emails)))
    measure("mark bounced", lambda: crm.apply([mark(r, e, key=f"m{i}") for i, (r, e) in enumerate(zip(refs, emails))]))
    # as the planner emits them: carrying the trackers the lookup saw
    measure("unenroll", lambda: crm.apply([Unenroll(key=f"u{i}", contact=r, enrollments=found[r.id].enrollments)
                                           for i, r in enumerate(refs)]))
    measure("clear", lambda: crm.apply([ClearBounce(key=f"c{i}", contact=r) for i, r in enumerate(refs)]))
    with capsys.disabled():
        print(f"\nSalesforce N={n} floor ceil(N/200)={floor}: " +
              ", ".join(f"{k}={v}" for k, v in figures.items()))
    # the first write of a run also reads describe once (one call for Contact and Lead)
    assert figures["mark bounced"] == floor + 1 and figures["clear"] == floor
    # lookups: one composite per 500 addresses (Contact, Lead and their trackers), at or
    # under the floor; unenrolls: the saved-cadences write and the removal action, each
    # ceil(N/200), with no tracker query again
    assert figures["find_contacts"] <= floor and figures["find_contacts"] == math.ceil(n / 500)
    assert figures["unenroll"] == 2 * floor
    assert fake.count("POST", "removeTargetFromSalesCadence") == floor
    assert all(not any(harness.active_sequences(r)) for r in refs)


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


def test_malformed_query_is_permanent(fake, harness, crm):
    fake.faults.clear()
    with pytest.raises(Permanent, match="MALFORMED_QUERY"):
        crm.api.query("probe", "SELECT Id FROM Contact WHERE")


def test_unenroll_retried_after_a_lost_answer_counts_the_removal(fake, harness, crm):
    ref = harness.add_contact("lost@example.com", sequences=["Outbound"])
    [tracker] = fake.trackers(ref.id)
    # the tracker ends between our lookup and our call (as when a first try went through
    # but its answer was lost): the action fails for it, yet it is no longer active
    original = fake._remove_input

    def first_removes_then_fails(item):
        original(item)
        return [{"statusCode": "INVALID_INPUT", "message": "The target isn't in an active cadence.",
                 "fields": []}]
    fake._remove_input = first_removes_then_fails
    [r] = crm.apply([Unenroll(key="u", contact=ref)])
    assert r.outcome is Outcome.DONE and [e.tracker_id for e in r.removed] == [tracker["Id"]]


def test_a_failed_cadence_step_keeps_the_answered_field_writes(fake, harness, crm, quick_faults):
    """The field write went through and was answered; the re-enrolment's tracker read then
    hits the API limit. Raised, the outbox would send the whole batch, the answered write
    included, again (tests/stress/test_faults.py saw it as repeats no lost answer explains):
    the clear is DONE, only the re-enrolment comes back RETRY."""
    from sync.records import Enrollment
    ref = harness.add_contact("back@example.com")
    cadence = harness.sequence_id("Outbound")
    crm._writer.rules.infos("Contact")  # the run's describe, read before the fault
    original, left = fake.dispatch, [1]

    def limit_the_tracker_read(request):
        if left[0] and "ActionCadenceTracker" in (request.arg("q") or ""):
            left[0] -= 1
            fake.faults.fail_next("rate_limit")
        return original(request)
    fake.dispatch = limit_the_tracker_read
    results = by_key(crm.apply([
        ClearBounce(key="clear", contact=ref, note="email changed"),
        Reenroll(key="back", contact=ref, enrollments=(Enrollment(sequence_id=cadence),))]))
    assert results["clear"].outcome is Outcome.DONE
    assert results["back"].outcome is Outcome.RETRY and "limit" in results["back"].error
    assert fake.count("PATCH", "composite/sobjects") == 1
    # the next run retries the re-enrolment alone: the field write is not sent again
    again = connector_for(fake)
    assert [r.outcome for r in again.apply([Reenroll(
        key="back", contact=ref, enrollments=(Enrollment(sequence_id=cadence),))])] == [Outcome.DONE]
    assert fake.count("PATCH", "composite/sobjects") == 1
    assert harness.active_sequences(ref) == {cadence: 1}


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


def test_composite_answers_each_subrequest_and_resolves_references(fake, harness, crm):
    ref = harness.add_contact("ref@example.com")
    session = crm.api.client()
    answer = session.restful("composite", method="POST", json={"allOrNone": False, "compositeRequest": [
        {"method": "GET", "referenceId": "found",
         "url": f"/services/data/v59.0/query/?q=SELECT+Id+FROM+Contact+WHERE+Email+%3D+%27ref%40example.com%27"},
        {"method": "PATCH", "referenceId": "write", "url": "/services/data/v59.0/composite/sobjects",
         "body": {"allOrNone": False, "records": [
             {"attributes": {"type": "Contact"}, "id": "@{found.records[0].Id}", f"{P}Note__c": "hi"}]}},
        {"method": "GET", "referenceId": "bad", "url": "/services/data/v59.0/query/?q=SELECT+Nope"},
        {"method": "GET", "referenceId": "after_bad", "url": "/services/data/v59.0/query/?q=@{bad.records[0].Id}"},
    ]})
    items = {i["referenceId"]: i for i in answer["compositeResponse"]}
    assert items["found"]["httpStatusCode"] == 200 and items["found"]["body"]["records"][0]["Id"] == ref.id
    assert items["write"]["body"] == [{"id": ref.id, "success": True, "errors": []}]
    assert fake.record(ref.id)[f"{P}Note__c"] == "hi"
    assert items["bad"]["httpStatusCode"] == 400 and items["bad"]["body"][0]["errorCode"] == "MALFORMED_QUERY"
    assert items["after_bad"]["httpStatusCode"] == 400
    assert items["after_bad"]["body"][0]["errorCode"] == "PROCESSING_HALTED"
    six = [{"method": "GET", "referenceId": f"q{i}", "url": "/services/data/v59.0/query/?q=SELECT+Id+FROM+Lead"}
           for i in range(6)]
    with pytest.raises(Permanent, match="LIMIT_EXCEEDED"):
        crm.api.call("six", lambda sf: sf.restful("composite", method="POST",
                                                  json={"allOrNone": False, "compositeRequest": six}))


def test_semi_join_under_or_is_refused_as_salesforce_does(fake, harness, crm):
    with pytest.raises(Permanent, match="not allowed with the 'OR' operator"):
        crm.api.query("probe", "SELECT Id FROM ActionCadenceTracker WHERE IsTrackerActive = true OR "
                      "TargetId IN (SELECT Id FROM Contact WHERE Email = 'a@example.com')")


# --------------------------------------------------------------------------- exit statuses


@pytest.mark.parametrize("fault, status, said", [
    ("maintenance", 1, "Salesforce login: HTTP 503"),  # an outage: the next run continues
    ("rate_limit", 1, "rate_limit_exceeded: rate limit exceeded"),  # stop for this run
    (None, 2, "invalid_grant: authentication failure"),  # a setting to fix
])
def test_bounce_sync_run_exit_status_for_login_errors(fake, tmp_path, fault, status, said):
    """The real executable against the fake: a Maildir mailbox with nothing new, and the
    Salesforce login (the watcher's first call) answered with `fault`."""
    import os
    import subprocess

    from tests.connectors.salesforce.harness import (
        CONSUMER_KEY, CONSUMER_SECRET, PASSWORD, USERNAME,
    )
    from tests.connectors.salesforce.harness import TOKEN as SECURITY_TOKEN
    from tests.sync.test_cli import BIN

    fake.register_password(USERNAME, PASSWORD, SECURITY_TOKEN)
    fake.register_client(CONSUMER_KEY, CONSUMER_SECRET)
    fake.faults.retry_after = 0.01
    fake.faults.exempt = re.compile(r"\A\Z")  # faults reach the token endpoint
    for sub in ("cur", "new", "tmp"):
        (tmp_path / "mail" / sub).mkdir(parents=True)
    (tmp_path / "bounce-sync.toml").write_text(f"""
[[mailboxes]]
name = "sales"
source = "maildir"
address = "rep@acme.example"
path = "mail"

[crm]
connector = "salesforce"
auth = "password"
consumer_key = "{CONSUMER_KEY}"
consumer_secret = "env:SF_CONSUMER_SECRET"
username = "{USERNAME}"
password = "env:SF_PASSWORD"
security_token = "env:SF_TOKEN"
insecure_http_for_tests = "{fake.url}"
max_attempts = 2
backoff_seconds = 0.01
request_timeout = 5
""", encoding="utf-8")
    if fault:
        fake.faults.fail_next(fault, count=2)
    env = {**os.environ, "SF_PASSWORD": PASSWORD if fault else "wrong", "SF_TOKEN": SECURITY_TOKEN,
           "SF_CONSUMER_SECRET": CONSUMER_SECRET,
           "BOUNCE_SYNC_CONFIG": str(tmp_path / "bounce-sync.toml")}
    result = subprocess.run([str(BIN), "run", "--log-format", "human"], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == status, result.stderr
    assert fake.count("POST", TOKEN) >= 1 and said in result.stderr
    if status == 2:
        assert "crm.password" in result.stderr
    else:
        assert "check username" not in result.stderr and PASSWORD not in result.stderr
