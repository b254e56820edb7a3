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

    # Idle: no new mail, no new edits. Nothing is written; the mailbox costs one Gmail
    # history call and the CRM only the watcher's query.
    before = e2e.counts()
    third = e2e.run()
    after = e2e.counts()
    spent = after - before
    assert third.status == 0, third.summary
    assert_quiet(third)
    assert third["messages_scanned"] == 0
    assert spent.crm_writes == 0, spent
    assert spent.gmail_history == 1 and spent.gmail_gets == 0, spent
    assert spent.crm_calls <= e2e.crm.idle_calls, spent
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
