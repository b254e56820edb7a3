"""End to end, once per CRM: a CRM user fixes a bounced contact's address; the next run
clears the bounce and re-enrolls it at step one (HubSpot: the unenroll workflow and a v4
enrollment; Salesforce: cadence trackers; local: enrollments), later runs do nothing, and
an address known to hard-bounce is refused with the reason."""

from __future__ import annotations

import pytest

from tests.e2e.harness import assert_quiet

pytestmark = pytest.mark.timeout(120)

SEQ = {"Q4 Outbound": 3}


def test_fixed_email_is_cleared_and_reenrolled_at_step_one_then_runs_are_quiet(e2e):
    ana = e2e.add_contact("ana.old@prospects.example", SEQ)
    bystander = e2e.add_contact("bo@prospects.example", SEQ)
    e2e.mail.bounce(ana.email, "hard")
    first = e2e.run()
    assert first["unenrolled"] == 1, first.summary
    e2e.assert_contact(ana, status="bounced", sequences={})

    # A CRM user fixes the address (within the second of our write, as often as not:
    # Salesforce's modified stamps have one-second resolution).
    ana = e2e.edit_email(ana, "ana.new@prospects.example")
    second = e2e.run()

    assert second.status == 0, second.summary
    assert (second["cleared"], second["reenrolled"]) == (1, 1), second.summary
    assert (second["contacts_marked"], second["unenrolled"], second["messages_scanned"]) == (0, 0, 0)
    e2e.assert_contact(ana, status=None, reason=None, address=None, sequences={"Q4 Outbound": 1})
    e2e.assert_contact(bystander, untouched=True)
    _assert_through_the_crms_own_mechanism(e2e, ana)

    # Idle: no new mail, no new edits. Nothing is written; the mailbox costs one Gmail
    # history call and the CRM the watcher's query and the known-bad check's one lookup
    # (ana's old address hard-bounced: a contact created with it would be refused).
    before = e2e.counts()
    third = e2e.run()
    after = e2e.counts()
    spent = after - before
    assert third.status == 0, third.summary
    assert_quiet(third)
    assert third["messages_scanned"] == 0
    assert spent.crm_writes == 0, spent
    assert spent.gmail_history == len(e2e.addresses) and spent.gmail_gets == 0, spent
    assert spent.crm_calls <= e2e.crm.idle_calls + e2e.crm.known_bad_calls(1), spent
    assert after.crm_snapshot == before.crm_snapshot  # local CRM: not a row changed


def test_email_edited_to_a_known_bad_address_is_refused_with_the_reason(e2e):
    ana = e2e.add_contact("ana@prospects.example", SEQ)
    e2e.mail.bounce(ana.email, "hard")
    e2e.mail.bounce("ghost@prospects.example", "hard")  # no contact; its address is known bad
    e2e.run()

    ana = e2e.edit_email(ana, "ghost@prospects.example")
    result = e2e.run()

    assert (result["refused"], result["reenrolled"], result["cleared"]) == (1, 0, 0), result.summary
    state = e2e.assert_contact(ana, status="refused", sequences={},
                               note_contains="ghost@prospects.example")
    assert "does not exist" in state.note  # the reason in plain words


def _assert_through_the_crms_own_mechanism(e2e, ref) -> None:
    """HubSpot has no unenroll API: the unenroll went through the workflow bounce-sync set
    up (its trigger property), the re-enrollment through the v4 enrollment endpoint.
    Salesforce: the old cadence tracker was completed as manually removed and a new one
    assigned at step one."""
    fake = getattr(e2e.crm, "fake", None)
    if e2e.crm.name == "hubspot":
        [flow] = fake.flows.values()
        assert flow["isEnabled"]
        mine = [e for e in fake.enrollments.values() if e["contactId"] == ref.id]
        assert sorted((e["state"], e["step"]) for e in mine) == [("ACTIVE", 1), ("UNENROLLED", 3)]
        [enroll] = fake.requests("POST", r"/automation/v4/sequences/enrollments$")
        assert enroll.json()["contactId"] == ref.id and enroll.status == 200
    elif e2e.crm.name == "salesforce":
        trackers = fake.trackers(ref.id, active=False)
        assert sorted((t["State"], t["_step"], t.get("CompletionReason")) for t in trackers) == [
            ("Complete", 3, "ManuallyRemoved"), ("Running", 1, None)]
        assert fake.count("POST", r"/removeTargetFromSalesCadence$") == 1
        assert fake.count("POST", r"/assignTargetToSalesCadence$") == 1
