"""Planner table tests for issue 9's effects on contacts (sync/planner/changes.py,
replies.py): every address of a contact counts, later evidence wins, known-bad addresses
are refused on every contact, and undo/resend keep the saved step. Each table sits beside a
positive control (the rule still acts where it should)."""

from __future__ import annotations

from dataclasses import replace

from classifier.records import Classification, Delivery, Reason, Scope
from sync.planner import ContactChanged, Forgive, HoldsKnownBad, PastBounce, PlanCounts, plan
from sync.policy import Policy
from sync.records import BounceOutcome, BounceStatus, Contact, ContactRef, Enrollment
from tests.sync.helpers import NOW, bounce, delivery
from tests.sync.planner.builders import (
    AT, DAY, REMOVED, bounced_ana, genuine_reply, kinds, reply_state, seen, state,
)

SECOND = "ana.home@example.com"
HARD = PastBounce(address=SECOND, message_key="rep/m1", reason="userunknown", hard=True,
                  at=NOW - DAY)


def ana(email="ana@example.com", *, also=(SECOND,), status=None, bounced=None,
        sequences=("seq-a",)) -> Contact:
    return Contact(ref=ContactRef(id="1"), email=email, emails=tuple(also), bounce_status=status,
                   bounced_address=bounced,
                   enrollments=tuple(Enrollment(sequence_id=s, step=3) for s in sequences))


# -- every address of a contact counts ---------------------------------------------------------


def test_a_bounce_on_a_secondary_address_marks_the_contact_with_that_address():
    p = plan([seen(bounce(delivery(SECOND)), ana())], state(), Policy(), now=NOW)
    assert kinds(p) == ["MarkBounced", "Unenroll"]
    assert p.actions[0].address == SECOND


def test_the_watcher_keeps_a_secondary_bounce_while_the_contact_holds_the_address():
    st = state(removed={"1": REMOVED}, last_bounce={"1": HARD})
    marked = ana(status=BounceStatus.BOUNCED, bounced=SECOND)
    # Old code compared the primary address with the bounced one: cleared and re-enrolled.
    assert plan([ContactChanged(contact=marked)], st, Policy(), now=NOW).actions == ()
    # Positive control: the secondary address removed, the bounce is answered.
    fixed = replace(marked, emails=())
    assert fixed.emails == ("ana@example.com",)
    assert kinds(plan([ContactChanged(contact=fixed)], st, Policy(), now=NOW)) == [
        "ClearBounce", "Reenroll"]


def test_a_contact_left_holding_a_known_bad_secondary_is_refused_not_reenrolled():
    st = state(removed={"1": REMOVED}, last_bounce={"1": HARD},
               known_hard={"old@example.com": "hostunknown"})
    moved = Contact(ref=ContactRef(id="1"), email="ana@example.com", emails=("old@example.com",),
                    bounce_status=BounceStatus.BOUNCED, bounced_address=SECOND)
    p = plan([ContactChanged(contact=moved)], st, Policy(), now=NOW)
    assert kinds(p) == ["Flag"] and p.actions[0].status is BounceStatus.REFUSED
    assert "old@example.com" in p.actions[0].note and p.counts == PlanCounts(refused=1)


# -- later evidence wins -------------------------------------------------------------------------

REPLY = Classification(is_bounce=False)
AUTO = Classification(is_bounce=False, deliveries=(Delivery(
    address="ana@example.com", reason=Reason.VACATION, hard_bounce=False, permanent=False,
    scope=Scope.RECIPIENT),))


def answer(*contacts, sender="ana@example.com", **kw):
    """Ana's human reply with its evidence: it answers mail this mailbox sent to her alone
    (trust.reply_verdict; the attacks are in test_replies.py)."""
    return seen(REPLY, *contacts, from_address=sender, **genuine_reply(sender), **kw)


def test_a_human_reply_after_the_hard_bounce_clears_it_and_names_the_reply():
    p = plan([answer(bounced_ana(), mid="r9", sender="Ana@Example.com")],
             reply_state(), Policy(), now=NOW)
    assert kinds(p) == ["ClearBounce"]  # a reply ends sequences: not re-enrolled
    note = p.actions[0].note
    assert "rep/r9" in note and f"{NOW:%Y-%m-%d}" in note and "not re-enrolled" in note
    forgive = [h for h in p.history if isinstance(h, Forgive)]
    assert [(f.address, f.contact.id) for f in forgive] == [("ana@example.com", "1")]
    assert "ana@example.com" not in p.next_state.known_hard
    assert ("ana@example.com", "1") not in p.next_state.done


def test_policy_reenroll_after_reply_puts_it_back_at_the_saved_step():
    p = plan([answer(bounced_ana())], reply_state(), Policy(reenroll_after_reply=True), now=NOW)
    assert kinds(p) == ["ClearBounce", "Reenroll"]
    assert [e.step for e in p.actions[1].enrollments] == [3]


def test_a_reply_older_than_the_bounce_changes_nothing():
    p = plan([answer(bounced_ana(), at=AT - DAY)], reply_state(), Policy(), now=NOW)
    assert p.actions == () and not [h for h in p.history if isinstance(h, Forgive)]


def test_an_auto_reply_after_the_hard_bounce_flags_it_for_a_person():
    p = plan([seen(AUTO, bounced_ana(), mid="a1")], reply_state(), Policy(), now=NOW)
    assert kinds(p) == ["Flag"]
    flag = p.actions[0]
    assert flag.status is BounceStatus.BOUNCED and "auto-reply" in flag.note and "rep/a1" in flag.note
    assert "ana@example.com" in p.next_state.known_hard  # an auto-reply proves little


def test_a_reply_from_an_unmatched_known_bad_address_forgives_the_address():
    st = state(known_hard={"ghost@example.com": "userunknown"},
               known_hard_at={"ghost@example.com": AT})
    p = plan([answer(sender="ghost@example.com")], st, Policy(), now=NOW)
    assert [(f.address, f.contact) for f in p.history if isinstance(f, Forgive)] == [
        ("ghost@example.com", None)]
    assert "ghost@example.com" not in p.next_state.known_hard
    # Without evidence (a From header alone), the address stays known-bad.
    forged = plan([seen(REPLY, from_address="ghost@example.com")], st, Policy(), now=NOW)
    assert not [f for f in forged.history if isinstance(f, Forgive)]
    assert "ghost@example.com" in forged.next_state.known_hard


# -- known-bad protection for every contact --------------------------------------------------------


def known_state(**kw):
    return state(known_hard={"ghost@example.com": "userunknown"},
                 known_hard_at={"ghost@example.com": AT},
                 known_hard_from={"ghost@example.com": "rep/g1"}, **kw)


def test_a_clean_contact_holding_a_known_bad_address_is_refused_and_unenrolled():
    newcomer = ana(email="bo@example.com", also=("ghost@example.com",))
    p = plan([HoldsKnownBad(contact=newcomer)], known_state(), Policy(), now=NOW)
    assert kinds(p) == ["Flag", "Unenroll"]
    flag = p.actions[0]
    assert flag.status is BounceStatus.REFUSED and p.counts == PlanCounts(refused=1)
    assert "ghost@example.com" in flag.note and "rep/g1" in flag.note and f"{AT:%Y-%m-%d}" in flag.note
    [record] = p.history
    assert (record.outcome, record.contact.id, record.known_bad) == (BounceOutcome.REFUSED, "1", False)
    # Replayed: the same keys; once refused (or bounced), left alone.
    again = plan([HoldsKnownBad(contact=newcomer)], known_state(), Policy(), now=NOW + DAY)
    assert [a.key for a in again.actions] == [a.key for a in p.actions]
    for status in (BounceStatus.REFUSED, BounceStatus.BOUNCED, BounceStatus.RESEND):
        held = replace(newcomer, bounce_status=status)
        assert plan([HoldsKnownBad(contact=held)], known_state(), Policy(), now=NOW).actions == ()


def test_a_contact_holding_no_known_bad_address_is_left_alone():
    p = plan([HoldsKnownBad(contact=ana())], known_state(), Policy(), now=NOW)
    assert p.actions == ()


def test_resend_forgets_the_known_bad_address_and_keeps_the_saved_step():
    st = state(removed={"1": REMOVED}, last_bounce={"1": replace(HARD, address="ana@example.com")},
               known_hard={"ana@example.com": "userunknown"})
    p = plan([ContactChanged(contact=ana(also=(), status=BounceStatus.RESEND))], st, Policy(),
             now=NOW)
    assert kinds(p) == ["ClearBounce", "Reenroll"]
    assert [e.step for e in p.actions[1].enrollments] == [3]  # the saved step
    assert "ana@example.com" not in p.next_state.known_hard
    # An email change still starts the sequence at step one (a new prospect).
    edited = plan([ContactChanged(contact=ana(email="ana.new@example.com", also=(),
                                              status=BounceStatus.BOUNCED,
                                              bounced="ana@example.com"))], st, Policy(), now=NOW)
    assert [e.step for e in edited.actions[1].enrollments] == [1]
