"""HubSpot writes: a whole-batch 400 bisected to the bad record, one contact twice in an apply,
workflow unenrolment and v4 re-enrolment under HubSpot's one-sequence rule, and requests
per operation against the floor ceil(N/100)."""

from __future__ import annotations

import math

import pytest

from sync.records import (
    BounceStatus, ClearBounce, ContactRef, Enrollment, Flag, Outcome, Reenroll, Unenroll,
)
from tests.connectors.hubspot.harness import PREFIX, connector
from tests.contracts.crm import mark
from tests.fakes.hubspot import FakeHubSpot


# ------------------------------------------------------------------------------ writes


def test_whole_batch_400_is_bisected_and_only_the_bad_record_fails(fake, hub):
    refs = [ContactRef(id=fake.add_contact(f"b{i}@example.com")) for i in range(40)]
    actions = [mark(r, f"b{i}@example.com", key=f"k{i}") for i, r in enumerate(refs)]
    # An admin deleted the "refused" option from our status property in HubSpot's UI: a Flag
    # writing it now fails HubSpot's validation, and with it the whole batch (400).
    options = fake.properties[PREFIX + "status"]["options"]
    options[:] = [o for o in options if o["value"] != "refused"]
    actions[17] = Flag(key="k17", contact=refs[17], status=BounceStatus.REFUSED, note="n")
    results = {r.key: r for r in hub.apply(actions)}
    assert results["k17"].outcome is Outcome.FAILED and "VALIDATION_ERROR" in results["k17"].error
    assert all(results[f"k{i}"].outcome is Outcome.DONE for i in range(40) if i != 17)
    assert all(fake.contact(r.id)["properties"][PREFIX + "status"] == "bounced"
               for i, r in enumerate(refs) if i != 17)
    updates = fake.requests("POST", r"/batch/update$")
    assert [u.status for u in updates].count(400) >= 2
    assert len(updates) <= 2 * math.ceil(math.log2(40)) + 1


def test_duplicate_contact_in_one_apply_goes_in_separate_batches(fake, hub):
    ref = ContactRef(id=fake.add_contact("twice@example.com"))
    results = hub.apply([mark(ref, "twice@example.com", key="a"),
                         mark(ref, "twice@example.com", key="b", hard=False,
                              status=BounceStatus.SOFT, soft_count=1)])
    assert [r.outcome for r in results] == [Outcome.DONE, Outcome.DONE]
    assert fake.contact(ref.id)["properties"][PREFIX + "status"] == "soft_bounced"
    assert all(r.status == 200 for r in fake.requests("POST", r"/batch/update$"))


# ------------------------------------------------------------------------------ sequences


def test_workflow_unenroll_then_v4_reenroll_under_hubspots_one_sequence_rule():
    with FakeHubSpot(search_per_second=50) as fake:  # default: one sequence at a time
        # user 4242 sends from ae@seller.example: the settings say so, HubSpot's
        # enrollment read does not (its enrolledByEmail is the user's login)
        hub = connector(fake.url, search_rate_per_second=40,
                        reenroll_senders={"4242": "ae@seller.example"})
        hub.setup(dry_run=False)
        assert len(fake.flows) == 1
        cid = fake.add_contact("rep@example.com", sequences=["Outbound"], step=4,
                               sender="ae@seller.example", user_id="4242")
        ref = ContactRef(id=cid)
        [contact] = hub.find_contacts(["rep@example.com"])
        [e] = contact.enrollments
        assert (e.sender, e.user_id) == ("ae@seller.example", "4242")
        [result] = hub.apply([Unenroll(key="u", contact=ref, enrollments=contact.enrollments)])
        assert result.outcome is Outcome.DONE and [x.sequence_id for x in result.removed] == [
            fake.sequence("Outbound")]
        props = fake.contact(cid)["properties"]
        assert props[PREFIX + "unenroll_requested_at"] and fake.active_enrollments(cid) == []
        assert props["hs_sequences_is_enrolled"] == "false"
        assert fake.sequence("Outbound") in props[PREFIX + "saved_enrollments"]
        # a crash before the worker recorded the result: the retry still reports it
        [again] = hub.apply([Unenroll(key="u", contact=ref)])
        assert [x.sequence_id for x in again.removed] == [fake.sequence("Outbound")]

        [re] = hub.apply([Reenroll(key="r", contact=ref, enrollments=result.removed)])
        assert re.outcome is Outcome.DONE, re
        [active] = fake.active_enrollments(cid)
        assert (active["step"], active["senderEmail"], active["userId"]) == (1, "ae@seller.example", "4242")
        post = fake.requests("POST", r"/sequences/enrollments$")[-1]
        assert post.arg("userId") == "4242"
        props = fake.contact(cid)["properties"]
        assert props[PREFIX + "unenroll_requested_at"] is None
        # applied again (the outbox lost the result): HubSpot refuses the second enrollment,
        # one enrollment read tells it is already back in that sequence: done, not doubled
        [again] = hub.apply([Reenroll(key="r", contact=ref, enrollments=result.removed)])
        assert again.outcome is Outcome.DONE, again
        assert len(fake.active_enrollments(cid)) == 1
        assert [r.status for r in fake.requests("POST", r"/sequences/enrollments$")] == [200, 400]

        # HubSpot's rule: a contact already in another sequence cannot be enrolled
        other = Enrollment(sequence_id=fake.sequence("Nurture"), sender="ae@seller.example",
                           user_id="4242")
        [refused] = hub.apply([Reenroll(key="r2", contact=ref, enrollments=(other,))])
        assert refused.outcome is Outcome.FAILED and "already enrolled" in refused.error


def test_unenroll_none_leaves_sequences_alone(fake):
    hub = connector(fake.url, unenroll="none")
    hub.setup(dry_run=False)
    assert fake.flows == {}
    ref = ContactRef(id=fake.add_contact("keep@example.com", sequences=["Outbound"]))
    [result] = hub.apply([Unenroll(key="u", contact=ref)])
    assert result.outcome is Outcome.SKIPPED and len(fake.active_enrollments(ref.id)) == 1


def test_setup_reports_manual_steps_when_workflows_are_refused(fake):
    fake.flows_allowed = False
    hub = connector(fake.url)
    items = {i.name: i for i in hub.setup(dry_run=False)}
    assert not items["workflow"].ok and "Unenroll from sequence" in items["workflow"].detail
    assert all(i.ok for n, i in items.items() if n != "workflow")


# ------------------------------------------------------------------------------ counts


@pytest.mark.parametrize("n", [250, 1000])
def test_requests_per_operation_vs_floor(fake, hub, n, capsys):
    refs = [ContactRef(id=fake.add_contact(f"n{i}@example.com")) for i in range(n)]
    emails = [f"n{i}@example.com" for i in range(n)]
    floor = math.ceil(n / 100)
    fake.log.clear()
    found = hub.find_contacts(emails)
    lookups = fake.count()
    fake.log.clear()
    results = hub.apply([mark(r, e, key=e) for r, e in zip(refs, emails)])
    updates = fake.count()
    assert len(found) == n and all(r.outcome is Outcome.DONE for r in results)
    with capsys.disabled():
        print(f"\nHubSpot N={n}: lookups {lookups} requests, updates {updates} requests, "
              f"floor ceil(N/100) = {floor}")
    assert lookups == floor and updates == floor


def test_bounce_costs_the_floor_and_one_enrollment_read_per_enrolled_contact(fake, hub):
    """Lookup, then MarkBounced + Unenroll for each of N enrolled contacts: ceil(N/100) batch
    reads, one enrollment read per contact (there is no batch API), and ceil(N/100) batch
    updates carrying both the mark and the unenroll trigger, nothing read again."""
    n = 250
    emails = [f"e{i}@example.com" for i in range(n)]
    for e in emails:
        fake.add_contact(e, sequences=["Outbound"])
    floor = math.ceil(n / 100)
    fake.log.clear()
    found = hub.find_contacts(emails)
    assert len(found) == n and all(len(c.enrollments) == 1 for c in found)
    assert fake.count("POST", r"/batch/read$") == floor
    assert fake.count("GET", r"/enrollments/contact/") == n
    assert fake.count() == floor + n
    fake.log.clear()
    actions = [a for c in found for a in (
        mark(c.ref, c.email, key=f"m{c.ref.id}"),
        Unenroll(key=f"u{c.ref.id}", contact=c.ref, enrollments=c.enrollments))]
    results = hub.apply(actions)
    assert [r.key for r in results] == [a.key for a in actions]
    assert all(r.outcome is Outcome.DONE for r in results)
    assert all(r.removed == a.enrollments for r, a in zip(results, actions) if isinstance(a, Unenroll))
    assert fake.count() == fake.count("POST", r"/batch/update$") == floor
    assert all(r.status == 200 for r in fake.log)
    for c in found:
        assert fake.active_enrollments(c.ref.id) == []
        assert fake.contact(c.ref.id)["properties"][PREFIX + "status"] == "bounced"

    # Fixed addresses: ClearBounce + Reenroll per contact = the same ceil(N/100) updates
    # (bounce fields cleared with the unenroll trigger) and one enrollment POST each.
    fake.log.clear()
    removed = {r.key[1:]: r.removed for r in results if r.key.startswith("u")}
    actions = [a for c in found for a in (
        ClearBounce(key=f"c{c.ref.id}", contact=c.ref, note="email changed"),
        Reenroll(key=f"r{c.ref.id}", contact=c.ref, enrollments=removed[c.ref.id]))]
    results = hub.apply(actions)
    assert all(r.outcome is Outcome.DONE for r in results), results[:2]
    assert fake.count("POST", r"/batch/update$") == floor
    assert fake.count("POST", r"/sequences/enrollments$") == n
    assert fake.count() == floor + n
    for c in found:
        props = fake.contact(c.ref.id)["properties"]
        assert props[PREFIX + "status"] is None and props[PREFIX + "unenroll_requested_at"] is None
        [active] = fake.active_enrollments(c.ref.id)
        assert active["step"] == 1


def test_a_bad_value_in_a_merged_input_fails_only_its_own_action(fake, hub):
    cid = fake.add_contact("merge@example.com", sequences=["Outbound"])
    [contact] = hub.find_contacts(["merge@example.com"])
    # an admin removed the "bounced" option: the mark is refused, the unenroll trigger is fine
    options = fake.properties[PREFIX + "status"]["options"]
    options[:] = [o for o in options if o["value"] != "bounced"]
    results = hub.apply([mark(contact.ref, "merge@example.com", key="m"),
                         Unenroll(key="u", contact=contact.ref, enrollments=contact.enrollments)])
    assert [r.outcome for r in results] == [Outcome.FAILED, Outcome.DONE]
    assert "VALIDATION_ERROR" in results[0].error
    assert fake.active_enrollments(cid) == []


def test_unenroll_without_enrollments_reads_the_contact_once(fake, hub):
    """An Unenroll that carries no enrollments (the lookup saw none) reads the contact and,
    when it is enrolled after all, its enrollment: one read of each."""
    cid = fake.add_contact("late@example.com", sequences=["Outbound"])
    fake.log.clear()
    [r] = hub.apply([Unenroll(key="u", contact=ContactRef(id=cid))])
    assert r.outcome is Outcome.DONE and [e.sequence_id for e in r.removed] == [fake.sequence("Outbound")]
    assert fake.count("POST", r"/batch/read$") == 1
    assert fake.count("GET", r"/enrollments/contact/") == 1
    assert fake.count("POST", r"/batch/update$") == 1
