"""The one contract every CRM connector passes (STYLE rule 10).

A connector's test module subclasses `CrmContract` and provides a `harness` fixture: a
`CrmHarness` wrapping a ready connector and its backing store (the vendor's fake server, a
cassette, or the local SQLite file). The harness seeds and inspects the backing store
directly, never through the connector, so the assertions check what a CRM user would see.

    class TestHubSpotContract(CrmContract):
        @pytest.fixture
        def harness(self, fake_hubspot): return HubSpotHarness(fake_hubspot)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from typing import Any, Protocol

import pytest

from connectors.base import CrmConnector
from sync.ports import enrolls_at_step
from sync.records import (
    BounceStatus, ClearBounce, ContactRef, Flag, MarkBounced, Outcome, Reenroll,
    Unenroll,
)

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=timezone.utc)


@dataclass(frozen=True)
class Fields:
    """Our bounce fields as the backing store holds them, in neutral form."""

    status: str | None  # BounceStatus value or None
    reason: str | None
    bounced_address: str | None
    hard: bool | None
    diagnostic: str | None
    bounced_at: datetime | None
    soft_count: int | None
    note: str | None = None  # the bounce note (an escalation explained)
    removed_from: str | None = None  # the readable list of sequences removed from


class CrmHarness(Protocol):
    connector: CrmConnector

    def add_contact(self, email: str | None, *, secondary: Sequence[str] = (),
                    sequences: Sequence[str] = (), step: int = 2,
                    object_type: str = "contact") -> ContactRef:
        """Create a contact in the backing store, active in `sequences` (created if needed)
        at `step`, with a sender/owner the connector must remember."""

    def fields(self, ref: ContactRef) -> Fields: ...

    def active_sequences(self, ref: ContactRef) -> dict[str, int]:
        """sequence id -> current step, for the contact's active enrollments."""

    def sequence_id(self, name: str) -> str: ...

    def edit_email(self, ref: ContactRef, new_email: str) -> None:
        """As a CRM user would: the modified timestamp moves on."""

    def settle(self) -> None:
        """Let indexing lag pass (fakes with a search index), so changes become visible."""


def mark(ref: ContactRef, address: str, *, key: str = "k1", hard: bool = True,
         status: BounceStatus = BounceStatus.BOUNCED, soft_count: int = 0) -> MarkBounced:
    return MarkBounced(key=key, contact=ref, status=status, address=address, hard=hard,
                       reason="userunknown", reason_label="Mailbox does not exist",
                       diagnostic="550 5.1.1 <x> User unknown", bounced_at=NOW,
                       soft_count=soft_count)


def all_changes(crm: CrmConnector) -> dict[str, Any]:
    """Every bounced contact the watcher reads from the start, by id (pages drained)."""
    seen: dict[str, Any] = {}
    cursor, more = None, True
    until = datetime.now(timezone.utc) + timedelta(minutes=5)
    while more:
        batch = crm.bounced_changes(cursor, until=until)
        seen.update({c.ref.id: c for c in batch.contacts})
        cursor, more = batch.cursor, batch.more
    return seen


def by_key(results: Sequence[Any]) -> dict[str, Any]:
    return {r.key: r for r in results}


class CrmContract:
    """Subclass and provide a `harness` fixture."""

    @pytest.fixture
    def crm(self, harness: CrmHarness) -> CrmConnector:
        harness.connector.setup(dry_run=False)
        return harness.connector

    # -- setup / check -------------------------------------------------------------------

    def test_setup_dry_run_changes_nothing_then_installs_idempotently(self, harness):
        before = harness.connector.check()
        planned = harness.connector.setup(dry_run=True)
        assert planned, "a dry run says what it would do"
        assert [c.ok for c in harness.connector.check()] == [c.ok for c in before]
        first = harness.connector.setup(dry_run=False)
        assert all(item.ok for item in first), first
        again = harness.connector.setup(dry_run=False)
        assert all(item.ok for item in again), again
        assert all(item.ok for item in harness.connector.check())

    # -- lookups ---------------------------------------------------------------------------

    def test_find_contacts_by_primary_and_secondary_in_batches(self, harness, crm):
        a = harness.add_contact("ana@example.com", sequences=["Outbound"])
        b = harness.add_contact("bo@example.org", secondary=["Bo.Alt@Example.org"])
        harness.add_contact("other@example.net")
        wanted = ["ANA@example.com", "bo.alt@example.org", "nobody@example.com"]
        wanted += [f"missing{i}@example.com" for i in range(250)]  # several batches
        found = {c.ref.id: c for c in crm.find_contacts(wanted)}
        assert set(found) == {a.id, b.id}
        assert found[a.id].email == "ana@example.com"
        assert "bo.alt@example.org" in found[b.id].emails
        assert [e.sequence_id for e in found[a.id].enrollments] == [harness.sequence_id("Outbound")]
        assert found[a.id].bounce_status is None

    def test_find_contacts_of_nothing_asks_nothing(self, crm):
        assert list(crm.find_contacts([])) == []

    # -- writes ----------------------------------------------------------------------------

    def test_mark_bounced_writes_every_field_and_is_idempotent(self, harness, crm):
        ref = harness.add_contact("gone@example.com")
        action = mark(ref, "gone@example.com")
        assert [r.outcome for r in crm.apply([action])] == [Outcome.DONE]
        assert [r.outcome for r in crm.apply([action])] in ([Outcome.DONE], [Outcome.SKIPPED])
        f = harness.fields(ref)
        assert (f.status, f.reason, f.bounced_address, f.hard) == (
            "bounced", "userunknown", "gone@example.com", True)
        assert "5.1.1" in (f.diagnostic or "")
        assert f.bounced_at is not None and abs(f.bounced_at - NOW) < timedelta(seconds=1)
        found = crm.find_contacts(["gone@example.com"])
        assert found[0].bounce_status is BounceStatus.BOUNCED
        assert found[0].bounced_address == "gone@example.com"

    def test_soft_bounce_records_count(self, harness, crm):
        ref = harness.add_contact("full@example.com")
        crm.apply([mark(ref, "full@example.com", hard=False, status=BounceStatus.SOFT,
                        soft_count=2)])
        f = harness.fields(ref)
        assert (f.status, f.hard, f.soft_count) == ("soft_bounced", False, 2)

    def test_one_bad_record_fails_alone(self, harness, crm):
        good = [harness.add_contact(f"c{i}@example.com") for i in range(3)]
        ghost = ContactRef(id="999999999", object_type=good[0].object_type)
        actions = [mark(r, f"c{i}@example.com", key=f"k{i}") for i, r in enumerate(good)]
        actions.insert(1, mark(ghost, "ghost@example.com", key="ghost"))
        results = by_key(crm.apply(actions))
        assert set(results) == {a.key for a in actions}
        assert results["ghost"].outcome in (Outcome.FAILED, Outcome.SKIPPED)
        assert all(results[f"k{i}"].outcome is Outcome.DONE for i in range(3))
        assert all(harness.fields(r).status == "bounced" for r in good)

    def test_unenroll_returns_what_it_removed_then_reenroll_uses_the_step_where_it_can(self, harness, crm):
        ref = harness.add_contact("seq@example.com", sequences=["Outbound", "Nurture"], step=3)
        contact = crm.find_contacts(["seq@example.com"])[0]
        [result] = crm.apply([Unenroll(key="u1", contact=ref, enrollments=contact.enrollments)])
        assert result.outcome is Outcome.DONE, result
        removed = {e.sequence_id for e in result.removed}
        assert removed == {harness.sequence_id("Outbound"), harness.sequence_id("Nurture")}
        assert all(e.sender or e.user_id for e in result.removed), "sender/owner remembered"
        assert harness.active_sequences(ref) == {}
        again = crm.apply([Unenroll(key="u1", contact=ref, enrollments=contact.enrollments)])
        assert again[0].outcome in (Outcome.DONE, Outcome.SKIPPED)
        assert harness.active_sequences(ref) == {}

        # The saved step (undo, resend) is asked for (the Reenroll contract: "use each
        # Enrollment's `step` when given, step 1 when the CRM cannot"). What the connector
        # declares (sync.ports.EnrollsAtStep) is what it does: HubSpot's v4 enrollment and
        # Salesforce's assignTargetToSalesCadence start at the first step.
        wanted = tuple(replace(e, step=3) for e in result.removed)
        step = 3 if enrolls_at_step(crm) else 1
        [re] = crm.apply([Reenroll(key="r1", contact=ref, enrollments=wanted)])
        assert re.outcome is Outcome.DONE, re
        assert harness.active_sequences(ref) == {
            harness.sequence_id("Outbound"): step, harness.sequence_id("Nurture"): step}
        crm.apply([Reenroll(key="r1", contact=ref, enrollments=wanted)])
        assert harness.active_sequences(ref) == {
            harness.sequence_id("Outbound"): step, harness.sequence_id("Nurture"): step}

    def test_reenroll_at_step_one_when_asked(self, harness, crm):
        """An email-change re-enroll asks for step one (a new address starts the sequence)."""
        ref = harness.add_contact("one@example.com", sequences=["Outbound"], step=3)
        contact = crm.find_contacts(["one@example.com"])[0]
        [result] = crm.apply([Unenroll(key="u2", contact=ref, enrollments=contact.enrollments)])
        wanted = tuple(replace(e, step=1) for e in result.removed)
        [re] = crm.apply([Reenroll(key="r2", contact=ref, enrollments=wanted)])
        assert re.outcome is Outcome.DONE, re
        assert harness.active_sequences(ref) == {harness.sequence_id("Outbound"): 1}

    def test_people_read_an_escalation_note_and_where_the_contact_was_removed_from(
            self, harness, crm):
        ref = harness.add_contact("full@example.com", sequences=["Outbound", "Nurture"], step=3)
        contact = crm.find_contacts(["full@example.com"])[0]
        escalated = replace(mark(ref, "full@example.com", key="m1", hard=False, soft_count=3),
                            reason="mailboxfull", reason_label="Mailbox full", soft_window_days=30)
        results = crm.apply([escalated, Unenroll(key="u1", contact=ref,
                                                 enrollments=contact.enrollments)])
        assert [r.outcome for r in results] == [Outcome.DONE, Outcome.DONE], results
        f = harness.fields(ref)
        assert f.note == "3 soft bounces in 30 days: mailbox full; marked bounced, no more email"
        assert f.removed_from is not None and f.removed_from.startswith("Removed from: ")
        # The step reached is named where the CRM's enrollment read says it (local CRM).
        parts = sorted(f.removed_from.removeprefix("Removed from: ").split(", "))
        assert parts in (["Nurture", "Outbound"], ["Nurture (step 3)", "Outbound (step 3)"]), parts
        # Put back: the readable list goes, as the saved data does.
        crm.apply([ClearBounce(key="c1", contact=ref, note="resend requested"),
                   Reenroll(key="r1", contact=ref, enrollments=results[1].removed)])
        assert harness.fields(ref).removed_from is None
        # A hard bounce explains itself through its reason: no note.
        hard = harness.add_contact("gone@example.com")
        crm.apply([mark(hard, "gone@example.com", key="m2")])
        assert harness.fields(hard).note is None

    def test_unenroll_with_no_sequences_is_harmless(self, harness, crm):
        ref = harness.add_contact("none@example.com")
        [result] = crm.apply([Unenroll(key="u0", contact=ref)])
        assert result.outcome in (Outcome.DONE, Outcome.SKIPPED)
        assert result.removed == ()

    def test_clear_bounce_and_flag(self, harness, crm):
        ref = harness.add_contact("fixme@example.com")
        crm.apply([mark(ref, "fixme@example.com")])
        [r] = crm.apply([ClearBounce(key="c1", contact=ref, note="email changed")])
        assert r.outcome is Outcome.DONE
        f = harness.fields(ref)
        assert (f.status, f.reason, f.bounced_address, f.bounced_at) == (None, None, None, None)
        [r] = crm.apply([Flag(key="f1", contact=ref, status=BounceStatus.REFUSED,
                              note="new address bad@example.com hard-bounced before")])
        assert r.outcome is Outcome.DONE
        assert harness.fields(ref).status == "refused"

    # -- watcher ---------------------------------------------------------------------------

    def test_bounced_changes_shows_edited_email(self, harness, crm):
        ref = harness.add_contact("old@example.com", sequences=["Outbound"])
        untouched = harness.add_contact("plain@example.com")
        crm.apply([mark(ref, "old@example.com")])
        harness.edit_email(ref, "new@example.com")
        harness.edit_email(untouched, "plain2@example.com")
        harness.settle()
        seen = all_changes(crm)
        assert ref.id in seen and untouched.id not in seen
        assert seen[ref.id].email == "new@example.com"
        assert seen[ref.id].bounced_address == "old@example.com"
        assert seen[ref.id].bounce_status is BounceStatus.BOUNCED

    def test_bounced_changes_carry_every_address_and_the_secondary_bounce(self, harness, crm):
        """Every address of a contact counts (issue 9): a bounce on a secondary address is
        written as the bounced address, and the watcher's contacts hold all their addresses,
        so the planner sees the bounced address is still the contact's."""
        ref = harness.add_contact("prim@example.com", secondary=["Alt.Box@Example.com"])
        [r] = crm.apply([mark(ref, "alt.box@example.com")])
        assert r.outcome is Outcome.DONE and harness.fields(ref).bounced_address == "alt.box@example.com"
        harness.settle()
        seen = all_changes(crm)
        assert seen[ref.id].emails == ("prim@example.com", "alt.box@example.com")
        assert seen[ref.id].bounced_address == "alt.box@example.com"
