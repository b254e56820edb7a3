"""Salesforce API errors after login: the request limit and the daily allocation stop the run,
server errors, timeouts and locked rows are retried, fields not installed or not granted
point at `setup`, and the fake's composite and SOQL refusals are Salesforce's."""

from __future__ import annotations

import pytest

from sync.errors import Permanent, QuotaExhausted
from sync.records import Outcome
from tests.connectors.salesforce.harness import connector_for
from tests.contracts.crm import by_key, mark


P = "Bounce_Sync_"


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


def test_malformed_query_is_permanent(fake, harness, crm):
    fake.faults.clear()
    with pytest.raises(Permanent, match="MALFORMED_QUERY"):
        crm.api.query("probe", "SELECT Id FROM Contact WHERE")


def test_composite_answers_each_subrequest_and_resolves_references(fake, harness, crm):
    ref = harness.add_contact("ref@example.com")
    session = crm.api.client()
    answer = session.restful("composite", method="POST", json={"allOrNone": False, "compositeRequest": [
        {"method": "GET", "referenceId": "found",
         "url": "/services/data/v59.0/query/?q=SELECT+Id+FROM+Contact+WHERE+Email+%3D+%27ref%40example.com%27"},
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
