"""Soft-bounce counting does not depend on the order pages arrive in: a first full scan may
hand over the newest page first, so older soft bounces come later and must still count.
Pure planner tables; the state between pages is the plan's `next_state` (what the store
would load), and what the CRM ends up showing is the last MarkBounced written."""

from __future__ import annotations

from datetime import timedelta
from itertools import permutations

import pytest

from classifier.records import Classification, Reason
from sync.planner import MessageSeen, PlannerState, plan
from sync.policy import Policy
from sync.records import BounceStatus, MarkBounced, Unenroll
from tests.sync.helpers import NOW, bounce, contact, delivery
from tests.sync.planner.builders import seen

ANA = contact("1", "ana@example.com", sequences=["seq-a"])
DAY = timedelta(days=1)
POLICY = Policy(soft_bounce_threshold=3, soft_bounce_window_days=30)


def soft(days_ago: float, *, reason=Reason.MAILBOXFULL) -> MessageSeen:
    d = delivery("ana@example.com", reason, hard=False, diagnostic=f"452 4.2.2 full ({days_ago} days ago)")
    return seen(bounce(d), ANA, mid=f"m{days_ago}", at=NOW - days_ago * DAY)


def reply(days_ago: float) -> MessageSeen:
    return MessageSeen(mailbox="rep", message_id=f"r{days_ago}", classification=Classification(is_bounce=False),
                       at=NOW - days_ago * DAY, from_address="ana@example.com")


def replay(pages, policy=POLICY):
    """Plan page after page, each seeing what the earlier ones left (as the store would)."""
    state = PlannerState(crm="local")
    actions = []
    for page in pages:
        p = plan(page, state, policy, now=NOW)
        actions.extend(p.actions)
        state = p.next_state
    marks = [a for a in actions if isinstance(a, MarkBounced)]
    last = marks[-1] if marks else None
    shown = None if last is None else (last.status, last.soft_count, last.bounced_at, last.diagnostic)
    return shown, sum(isinstance(a, Unenroll) for a in actions)


@pytest.mark.parametrize("order", list(permutations([3, 2, 1])))
def test_three_soft_bounces_escalate_whatever_the_page_order(order):
    shown, unenrolls = replay([[soft(d)] for d in order])
    assert unenrolls == 1
    assert shown == (BounceStatus.BOUNCED, 3, NOW - 1 * DAY, "452 4.2.2 full (1 days ago)")


@pytest.mark.parametrize("order", list(permutations([4, 3, 2, 1])))
def test_four_soft_bounces_give_the_same_count_and_one_unenroll_in_any_order(order):
    shown, unenrolls = replay([[soft(d)] for d in order])
    assert unenrolls == 1
    assert shown[:2] == (BounceStatus.BOUNCED, 3)


@pytest.mark.parametrize("order", [(2, 1), (1, 2)])
def test_below_the_threshold_the_contact_shows_the_newest_bounce_and_the_count(order):
    shown, unenrolls = replay([[soft(d)] for d in order])
    assert unenrolls == 0
    assert shown == (BounceStatus.SOFT, 2, NOW - 1 * DAY, "452 4.2.2 full (1 days ago)")


def test_several_pages_newest_first_with_two_bounces_a_page():
    pages = [[soft(2), soft(1)], [soft(6), soft(5)], [soft(45), soft(44)]]  # a newest-first scan
    shown, unenrolls = replay(pages)
    assert unenrolls == 1 and shown[:2] == (BounceStatus.BOUNCED, 3)


def test_an_older_bounce_outside_the_newest_ones_window_writes_nothing():
    state = plan([soft(1)], PlannerState(crm="local"), POLICY, now=NOW).next_state
    old = plan([soft(40)], state, POLICY, now=NOW)
    assert old.actions == () and old.history[0].outcome == "soft"  # kept in the history only


def test_a_late_older_bounce_counts_toward_a_newer_window():
    shown, unenrolls = replay([[soft(45)], [soft(10)], [soft(20)]])  # 45 is outside 10's window
    assert unenrolls == 0 and shown[:3] == (BounceStatus.SOFT, 2, NOW - 10 * DAY)
    # 25 arrives last: 45, 25 and 20 lie within 30 days ending at 20, as in date order
    shown, unenrolls = replay([[soft(45)], [soft(10)], [soft(20)], [soft(25)]])
    assert unenrolls == 1 and shown[:3] == (BounceStatus.BOUNCED, 3, NOW - 20 * DAY)
    assert replay([[soft(d)] for d in (45, 25, 20, 10)])[0][:3] == shown[:3]


def test_a_bounce_older_than_a_sign_of_life_never_counts_whatever_the_order():
    before = [[soft(5)], [soft(4)], [reply(3)], [soft(2)], [soft(1)]]
    for pages in (before, list(reversed(before))):
        shown, unenrolls = replay(pages)
        assert unenrolls == 0 and shown[:2] == (BounceStatus.SOFT, 2), pages


def test_the_state_from_the_store_counts_newer_bounces_for_an_older_one():
    state = PlannerState(crm="local", soft_bounces={"ana@example.com": (NOW - 2 * DAY, NOW - DAY)})
    p = plan([soft(3)], state, POLICY, now=NOW)
    assert [type(a).__name__ for a in p.actions] == ["MarkBounced", "Unenroll"]
    assert (p.actions[0].status, p.actions[0].soft_count) == (BounceStatus.BOUNCED, 3)
