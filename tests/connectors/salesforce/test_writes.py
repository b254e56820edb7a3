"""Salesforce writes: the standard bounce fields, unenrolment by tracker with the cadences
saved, re-enrolment with a result per input, requests per operation against the floor, and
partial answers (a lost answer, a failed cadence step) that keep what was done."""

from __future__ import annotations

import json
import math

import pytest

from sync.records import ClearBounce, Outcome, Reenroll, Unenroll
from tests.connectors.salesforce.harness import connector_for
from tests.contracts.crm import NOW, by_key, mark

P = "Bounce_Sync_"


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
