"""Planner table tests for alerts (sync/planner/alerts.py): sender-side refusals and the
bounce rate, raised once."""

from __future__ import annotations

from classifier.records import Reason, Scope
from sync.planner import PlanCounts, plan
from sync.policy import Policy
from tests.sync.helpers import NOW, bounce, delivery
from tests.sync.planner.builders import ANA, seen, state


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
    assert p.counts == PlanCounts(bounces_sender=2)


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
