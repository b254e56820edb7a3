"""Planner table tests: pure, `now` pinned, no store, no CRM."""

from __future__ import annotations

from datetime import timedelta

import pytest

from classifier.records import Classification, Reason, Scope
from sync.planner import (
    BounceFact, ContactChanged, Forgive, MessageSeen, PastBounce, PlannerState, SignOfLife, plan,
)
from sync.policy import Policy
from sync.records import BounceStatus, ClearBounce, Enrollment, MarkBounced
from tests.sync.helpers import NOW, bounce, contact, delivery

ANA = contact("1", "ana@example.com", sequences=["seq-a", "seq-b"])
DAY = timedelta(days=1)


def seen(c: Classification, *contacts, mid="m1", mailbox="rep", at=NOW, sent_by=True,
         from_address=None) -> MessageSeen:
    return MessageSeen(mailbox=mailbox, message_id=mid, classification=c, at=at,
                       contacts=tuple(contacts), sent_by_mailbox=sent_by, from_address=from_address)


def kinds(p) -> list[str]:
    return [type(a).__name__ for a in p.actions]


def state(**kw) -> PlannerState:
    return PlannerState(crm="local", **kw)


# -- hard / soft / sender ---------------------------------------------------------------------


def test_hard_recipient_bounce_marks_and_unenrolls():
    p = plan([seen(bounce(delivery("ana@example.com")), ANA)], state(), Policy(), now=NOW)
    assert kinds(p) == ["MarkBounced", "Unenroll"]
    mark, unenroll = p.actions
    assert (mark.status, mark.hard, mark.reason, mark.address) == (
        BounceStatus.BOUNCED, True, "userunknown", "ana@example.com")
    assert mark.reason_label == "Mailbox does not exist"
    assert [e.sequence_id for e in unenroll.enrollments] == ["seq-a", "seq-b"]
    assert p.counts == {"bounces_hard": 1}
    [fact] = p.facts
    assert isinstance(fact, BounceFact) and fact.outcome == "marked" and fact.contact == ANA.ref


def test_soft_bounce_below_threshold_marks_soft_without_unenroll():
    p = plan([seen(bounce(delivery("ana@example.com", Reason.MAILBOXFULL, hard=False)), ANA)],
             state(), Policy(), now=NOW)
    assert kinds(p) == ["MarkBounced"]
    assert (p.actions[0].status, p.actions[0].soft_count) == (BounceStatus.SOFT, 1)


@pytest.mark.parametrize("earlier_days, escalates", [
    ((1, 2), True),            # 3 within 30 days
    ((29, 10), True),          # the oldest just inside the window
    ((30, 10), False),         # the oldest exactly 30 days back is outside (window is open)
    ((45, 40), False),         # old ones do not count
    ((1,), False),             # only 2
])
def test_soft_bounces_escalate_at_exactly_n_within_m_days(earlier_days, escalates):
    history = tuple(NOW - d * DAY for d in earlier_days)
    st = state(soft_bounces={"ana@example.com": history})
    p = plan([seen(bounce(delivery("ana@example.com", Reason.MAILBOXFULL, hard=False)), ANA)],
             st, Policy(soft_bounce_threshold=3, soft_bounce_window_days=30), now=NOW)
    if escalates:
        assert kinds(p) == ["MarkBounced", "Unenroll"]
        assert p.actions[0].status is BounceStatus.BOUNCED and p.actions[0].hard is False
        assert p.facts[-1].outcome == "escalated"
    else:
        assert kinds(p) == ["MarkBounced"] and p.actions[0].status is BounceStatus.SOFT


def test_soft_bounces_on_one_page_count_together():
    soft = lambda mid, days: seen(bounce(delivery("ana@example.com", Reason.MAILBOXFULL, hard=False)),
                                  ANA, mid=mid, at=NOW - days * DAY)
    p = plan([soft("m1", 3), soft("m2", 2), soft("m3", 1)], state(), Policy(), now=NOW)
    statuses = [a.status for a in p.actions if isinstance(a, MarkBounced)]
    assert statuses == [BounceStatus.SOFT, BounceStatus.SOFT, BounceStatus.BOUNCED]
    assert kinds(p)[-1] == "Unenroll"


def test_sign_of_life_resets_soft_count():
    st = state(soft_bounces={"ana@example.com": (NOW - 2 * DAY, NOW - DAY)})
    reply = seen(Classification(is_bounce=False), mid="r1", from_address="Ana@Example.com",
                 at=NOW - DAY / 2)
    vacation = seen(Classification(is_bounce=False, deliveries=(
        delivery("bo@example.com", Reason.VACATION, hard=False),)), mid="v1")
    soft = seen(bounce(delivery("ana@example.com", Reason.MAILBOXFULL, hard=False)), ANA, mid="m9")
    p = plan([reply, vacation, soft], st, Policy(), now=NOW)
    assert kinds(p) == ["MarkBounced"]
    assert (p.actions[0].status, p.actions[0].soft_count) == (BounceStatus.SOFT, 1)
    lives = [f.address for f in p.facts if isinstance(f, SignOfLife)]
    assert lives == ["ana@example.com", "bo@example.com"]


def test_sender_scope_alerts_and_never_touches_the_contact():
    d = delivery("ana@example.com", Reason.BLOCKED, scope=Scope.SENDER,
                 diagnostic="550 5.7.1 Service unavailable; client host blocked using Spamhaus")
    p = plan([seen(bounce(d), ANA), seen(bounce(d), ANA, mid="m2")], state(), Policy(), now=NOW)
    assert p.actions == ()
    assert len(p.alerts) == 1  # one alert per mailbox and reason, not per message
    alert = p.alerts[0]
    assert (alert.mailbox, alert.kind, alert.reason, alert.paused) == ("rep", "sender", "blocked", False)
    assert "Spamhaus" in alert.message
    assert p.pause == frozenset()
    assert p.counts == {"bounces_sender": 2}


def test_sender_scope_pauses_the_mailbox_by_policy():
    d = delivery("ana@example.com", Reason.SPEEDING, hard=False, scope=Scope.SENDER)
    p = plan([seen(bounce(d), ANA)], state(), Policy(pause_mailbox_on_sender_alert=True), now=NOW)
    assert p.pause == {"rep"} and p.alerts[0].paused


def test_bounce_rate_alert_over_threshold():
    st = state(hard_in_window={"rep": 9}, sent_in_window={"rep": 100})
    p = plan([seen(bounce(delivery("x@example.com")))], st, Policy(), now=NOW)
    assert [a.kind for a in p.alerts] == ["bounce_rate"]
    assert "10 hard bounces for 100" in p.alerts[0].message
    under = plan([seen(bounce(delivery("x@example.com")))],
                 state(hard_in_window={"rep": 3}, sent_in_window={"rep": 100}), Policy(), now=NOW)
    assert under.alerts == ()  # 4% and under the minimum count


def test_bounce_rate_without_sent_count_needs_the_count_alert():
    st = state(hard_in_window={"rep": 50})
    assert plan([seen(bounce(delivery("x@example.com")))], st, Policy(), now=NOW).alerts == ()
    p = plan([seen(bounce(delivery("x@example.com")))], st, Policy(bounce_count_alert=20), now=NOW)
    assert [a.kind for a in p.alerts] == ["bounce_rate"]


# -- dedupe / unmatched / unverified / not a bounce / delays -----------------------------------


def test_address_already_hard_bounced_for_contact_is_not_processed_twice():
    st = state(done=frozenset({("ana@example.com", "1")}), known_hard={"ana@example.com": "userunknown"})
    p = plan([seen(bounce(delivery("ana@example.com")), ANA, mailbox="other", mid="x")],
             st, Policy(), now=NOW)
    assert p.actions == () and p.facts[0].outcome == "already"
    # ... and a contact the CRM already shows bounced for this address is left alone too
    shown = contact("1", "ana@example.com", status=BounceStatus.BOUNCED, bounced="ana@example.com")
    assert plan([seen(bounce(delivery("ana@example.com")), shown)], state(), Policy(), now=NOW).actions == ()


def test_two_bounces_for_one_address_on_one_page_act_once():
    p = plan([seen(bounce(delivery("ana@example.com")), ANA, mid="m1", mailbox="a"),
              seen(bounce(delivery("ana@example.com")), ANA, mid="m2", mailbox="b")],
             state(), Policy(), now=NOW)
    assert kinds(p) == ["MarkBounced", "Unenroll"]


def test_every_contact_with_the_address_is_marked():
    bo = contact("2", "bo@example.com")
    bo = type(bo)(ref=bo.ref, email="bo@example.com", emails=("ana@example.com",))
    p = plan([seen(bounce(delivery("ana@example.com")), ANA, bo)], state(), Policy(), now=NOW)
    assert sorted(a.contact.id for a in p.actions if isinstance(a, MarkBounced)) == ["1", "2"]


def test_unmatched_address_is_recorded_without_action():
    p = plan([seen(bounce(delivery("nobody@example.com")))], state(), Policy(), now=NOW)
    assert p.actions == ()
    assert [(f.address, f.outcome) for f in p.facts] == [("nobody@example.com", "unmatched")]
    assert p.counts == {"bounces_hard": 1, "unmatched": 1}


@pytest.mark.parametrize("sent_by, policy, acts", [
    (False, Policy(), False),
    (False, Policy(unverified="apply"), True),
    (None, Policy(), True),
    (None, Policy(unknown_origin="record"), False),
    (True, Policy(unverified="record", unknown_origin="record"), True),
])
def test_unverified_and_unknown_origin_follow_policy(sent_by, policy, acts):
    p = plan([seen(bounce(delivery("ana@example.com")), ANA, sent_by=sent_by)], state(), policy, now=NOW)
    assert bool(p.actions) is acts
    if not acts:
        assert p.facts[0].outcome == "unverified" and p.counts["unverified"] == 1


def test_not_a_bounce_and_unclassifiable_do_nothing():
    p = plan([seen(Classification(is_bounce=False), ANA),
              seen(Classification(is_bounce=False, error="not a message"), ANA, mid="m2")],
             state(), Policy(), now=NOW)
    assert p.actions == () and p.counts == {"not_bounces": 1, "unclassifiable": 1}


def test_delay_notices_follow_policy():
    d = delivery("ana@example.com", Reason.EXPIRED, hard=False, action="delayed")
    ignored = plan([seen(bounce(d), ANA)], state(), Policy(), now=NOW)
    assert ignored.actions == () and ignored.facts[0].outcome == "delayed"
    counted = plan([seen(bounce(d), ANA)], state(), Policy(delays_count_as_soft=True), now=NOW)
    assert kinds(counted) == ["MarkBounced"] and counted.actions[0].status is BounceStatus.SOFT


# -- keys --------------------------------------------------------------------------------------


def test_action_keys_are_deterministic_and_distinct():
    obs = [seen(bounce(delivery("ana@example.com")), ANA)]
    one = plan(obs, state(), Policy(), now=NOW)
    two = plan(obs, state(), Policy(), now=NOW + DAY)  # a replay later: same keys
    assert [a.key for a in one.actions] == [a.key for a in two.actions]
    assert len({a.key for a in one.actions}) == 2
    other = plan([seen(bounce(delivery("ana@example.com")), ANA, mid="m2")], state(), Policy(), now=NOW)
    assert not {a.key for a in other.actions} & {a.key for a in one.actions}


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
    assert p.counts == {"refused": 1}
    # our own Flag shows up as a change: nothing more is done
    assert plan([changed("bad@example.com", status=BounceStatus.REFUSED)], st, Policy(),
                now=NOW).actions == ()


def test_resend_clears_reenrolls_same_address_and_forgives():
    st = watch_state(done=frozenset({("ana@example.com", "1")}))
    p = plan([changed("ana@example.com", status=BounceStatus.RESEND)], st, Policy(), now=NOW)
    assert kinds(p) == ["ClearBounce", "Reenroll"]
    assert [type(f) for f in p.facts] == [Forgive]
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


def test_policy_rejects_bad_values():
    with pytest.raises(ValueError, match="unverified"):
        Policy(unverified="maybe")
    with pytest.raises(ValueError, match="soft_bounce_threshold"):
        Policy(soft_bounce_threshold=0)

