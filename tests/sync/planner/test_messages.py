"""Planner table tests for the mail rules (sync/planner/messages.py): pure, `now` pinned,
no store, no CRM."""

from __future__ import annotations

from dataclasses import replace

import pytest

from classifier.records import Classification, Reason
from sync.planner import BounceRecord, PlanCounts, SignOfLife, plan
from sync.policy import Policy
from sync.records import BounceStatus, MarkBounced
from tests.sync.helpers import NOW, bounce, contact, delivery
from tests.sync.planner.builders import ANA, DAY, kinds, seen, state


# -- hard / soft / sender ---------------------------------------------------------------------


def test_hard_recipient_bounce_marks_and_unenrolls():
    p = plan([seen(bounce(delivery("ana@example.com")), ANA)], state(), Policy(), now=NOW)
    assert kinds(p) == ["MarkBounced", "Unenroll"]
    mark, unenroll = p.actions
    assert (mark.status, mark.hard, mark.reason, mark.address) == (
        BounceStatus.BOUNCED, True, "userunknown", "ana@example.com")
    assert mark.reason_label == "Mailbox does not exist"
    assert [e.sequence_id for e in unenroll.enrollments] == ["seq-a", "seq-b"]
    assert p.counts == PlanCounts(bounces_hard=1)
    [fact] = p.history
    assert isinstance(fact, BounceRecord) and fact.outcome == "marked" and fact.contact == ANA.ref


def test_a_bounce_record_keeps_the_send_time_of_the_original_it_answers():
    """The report's rate counts a bounce in the period its original was sent: the record
    carries the send time the sent mail showed, and none where the mail was not found."""
    c = bounce(delivery("ana@example.com"))
    found = seen(c, ANA)
    sent = replace(found.sent, sent_at=NOW - 3 * DAY)
    p = plan([replace(found, sent=sent)], state(), Policy(), now=NOW)
    [fact] = p.history
    assert (fact.sent_at, fact.original_id) == (NOW - 3 * DAY, sent.message_id)
    [fact] = plan([seen(c, ANA, sent_by=None)], state(), Policy(unknown_origin="apply"),
                  now=NOW).history
    assert (fact.outcome, fact.sent_at, fact.original_id) == ("marked", None, "")


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
        assert p.history[-1].outcome == "escalated"
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
    lives = [f.address for f in p.history if isinstance(f, SignOfLife)]
    assert lives == ["ana@example.com", "bo@example.com"]


# -- dedupe / unmatched / unverified / not a bounce / delays -----------------------------------


def test_address_already_hard_bounced_for_contact_is_not_processed_twice():
    st = state(done=frozenset({("ana@example.com", "1")}), known_hard={"ana@example.com": "userunknown"})
    p = plan([seen(bounce(delivery("ana@example.com")), ANA, mailbox="other", mid="x")],
             st, Policy(), now=NOW)
    assert p.actions == () and p.history[0].outcome == "already"
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
    assert [(f.address, f.outcome) for f in p.history] == [("nobody@example.com", "unmatched")]
    assert p.counts == PlanCounts(bounces_hard=1, unmatched=1)


@pytest.mark.parametrize("sent_by, policy, acts", [
    (False, Policy(), False),
    (False, Policy(unverified="apply"), True),
    (None, Policy(), False),  # the source cannot tell: recorded by default (issue 9)
    (None, Policy(unknown_origin="apply"), True),
    (True, Policy(unverified="record", unknown_origin="record"), True),
])
def test_unverified_and_unknown_origin_follow_policy(sent_by, policy, acts):
    p = plan([seen(bounce(delivery("ana@example.com")), ANA, sent_by=sent_by)], state(), policy, now=NOW)
    assert bool(p.actions) is acts
    if not acts:
        assert p.history[0].outcome == "unverified" and p.counts.unverified == 1


def test_not_a_bounce_and_unclassifiable_do_nothing():
    p = plan([seen(Classification(is_bounce=False), ANA),
              seen(Classification(is_bounce=False, error="not a message"), ANA, mid="m2")],
             state(), Policy(), now=NOW)
    assert p.actions == () and p.counts == PlanCounts(not_bounces=1, unclassifiable=1)


def test_delay_notices_follow_policy():
    d = delivery("ana@example.com", Reason.EXPIRED, hard=False, action="delayed")
    ignored = plan([seen(bounce(d), ANA)], state(), Policy(), now=NOW)
    assert ignored.actions == () and ignored.history[0].outcome == "delayed"
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
