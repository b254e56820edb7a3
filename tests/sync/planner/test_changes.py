"""Planner table tests for the watcher rules (sync/planner/changes.py): a person changed a
bounced contact in the CRM."""

from __future__ import annotations

from sync.planner import ContactChanged, Forgive, PastBounce, PlanCounts, plan
from sync.policy import Policy
from sync.records import BounceStatus, ClearBounce, Enrollment
from tests.sync.helpers import NOW, contact
from tests.sync.planner.builders import DAY, kinds, state


# -- watcher -----------------------------------------------------------------------------------

REMOVED = (Enrollment(sequence_id="seq-a", step=3, sender="rep@acme.example", tracker_id="t1"),)
LAST = PastBounce(address="ana@example.com", message_key="rep/m1", reason="userunknown",
                  hard=True, at=NOW - DAY)


def changed(email, status=BounceStatus.BOUNCED, bounced="ana@example.com"):
    return ContactChanged(contact=contact("1", email, status=status, bounced=bounced))


def watch_state(**kw):
    return state(removed={"1": REMOVED}, last_bounce={"1": LAST}, **kw)


def test_edited_email_clears_and_reenrolls_at_step_one():
    p = plan([changed("ana.new@example.com")], watch_state(), Policy(), now=NOW)
    assert kinds(p) == ["ClearBounce", "Reenroll"]
    reenroll = p.actions[1]
    assert [(e.sequence_id, e.step, e.sender, e.tracker_id) for e in reenroll.enrollments] == [
        ("seq-a", 1, "rep@acme.example", None)]
    again = plan([changed("ana.new@example.com")], watch_state(), Policy(), now=NOW + DAY)
    assert [a.key for a in again.actions] == [a.key for a in p.actions]


def test_edited_email_is_flagged_by_policy():
    p = plan([changed("ana.new@example.com")], watch_state(), Policy(reenroll="flag"), now=NOW)
    assert kinds(p) == ["Flag"] and p.actions[0].status is BounceStatus.BOUNCED
    assert "ana.new@example.com" in p.actions[0].note


def test_new_address_known_to_hard_bounce_is_refused():
    st = watch_state(known_hard={"bad@example.com": "hostunknown"})
    p = plan([changed("bad@example.com")], st, Policy(), now=NOW)
    assert kinds(p) == ["Flag"]
    flag = p.actions[0]
    assert flag.status is BounceStatus.REFUSED and "Domain does not exist" in flag.note
    assert p.counts == PlanCounts(refused=1)
    # our own Flag shows up as a change: nothing more is done
    assert plan([changed("bad@example.com", status=BounceStatus.REFUSED)], st, Policy(),
                now=NOW).actions == ()


def test_resend_clears_reenrolls_same_address_and_forgives():
    st = watch_state(done=frozenset({("ana@example.com", "1")}))
    p = plan([changed("ana@example.com", status=BounceStatus.RESEND)], st, Policy(), now=NOW)
    assert kinds(p) == ["ClearBounce", "Reenroll"]
    assert [type(f) for f in p.history] == [Forgive]
    assert ("ana@example.com", "1") not in p.next_state.done


def test_unchanged_email_or_no_bounce_does_nothing():
    assert plan([changed("ana@example.com")], watch_state(), Policy(), now=NOW).actions == ()
    assert plan([changed("x@example.com", status=None)], watch_state(), Policy(), now=NOW).actions == ()


def test_edit_without_recorded_enrollments_only_clears():
    p = plan([changed("ana.new@example.com")], state(), Policy(), now=NOW)
    assert [type(a) for a in p.actions] == [ClearBounce]


def test_soft_status_with_new_email_is_cleared_without_reenroll():
    p = plan([changed("ana.new@example.com", status=BounceStatus.SOFT)], watch_state(), Policy(), now=NOW)
    assert [type(a) for a in p.actions] == [ClearBounce]
