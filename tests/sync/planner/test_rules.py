"""The planner's pure rules (sync/planner/rules.py) that the worker and the store ask
instead of deciding: trust, ledger status, hard/delayed, lookups, evidence, recall."""

from __future__ import annotations

import pytest

from classifier.records import Classification, Reason, Scope
from sync.planner import (
    ContactChanged, addresses_to_look_up, evidence, is_hard, ledger_status, may_move_bounce_rate,
    plan, recall,
)
from sync.policy import Policy
from sync.records import BounceOutcome, BounceStatus, LedgerStatus
from tests.sync.helpers import NOW, bounce, contact, delivery
from tests.sync.planner.builders import ANA, DAY, seen, state


@pytest.mark.parametrize("c, sent_by, policy, status", [
    (Classification(is_bounce=False, error="boom"), True, Policy(), LedgerStatus.UNCLASSIFIABLE),
    (Classification(is_bounce=False), False, Policy(), LedgerStatus.NOT_BOUNCE),
    (bounce(delivery("a@example.com")), True, Policy(), LedgerStatus.CLASSIFIED),
    (bounce(delivery("a@example.com")), False, Policy(), LedgerStatus.UNVERIFIED),
    (bounce(delivery("a@example.com")), False, Policy(unverified="apply"), LedgerStatus.CLASSIFIED),
    (bounce(delivery("a@example.com")), None, Policy(), LedgerStatus.UNVERIFIED),
    (bounce(delivery("a@example.com")), None, Policy(unknown_origin="apply"), LedgerStatus.CLASSIFIED),
])
def test_ledger_status_is_the_planners_verdict(c, sent_by, policy, status):
    assert ledger_status(seen(c, sent_by=sent_by), policy) is status


def test_the_plan_carries_one_ledger_status_per_message():
    p = plan([seen(bounce(delivery("ana@example.com")), ANA, sent_by=False),
              seen(Classification(is_bounce=False), mid="m2")], state(), Policy(), now=NOW)
    assert p.ledger == (LedgerStatus.UNVERIFIED, LedgerStatus.NOT_BOUNCE)


def test_a_delay_is_never_hard():
    assert is_hard(delivery("a@example.com"))
    assert not is_hard(delivery("a@example.com", action="delayed"))
    assert not is_hard(delivery("a@example.com", action="Delayed"))


def test_only_recipient_bounces_are_looked_up_and_move_the_rate():
    hard = bounce(delivery("hard@example.com"), delivery("sender@example.com", Reason.BLOCKED,
                                                         scope=Scope.SENDER))
    soft = bounce(delivery("soft@example.com", Reason.MAILBOXFULL, hard=False))
    delayed = bounce(delivery("late@example.com", action="delayed"))
    vacation = Classification(is_bounce=False, deliveries=(
        delivery("away@example.com", Reason.VACATION, hard=False),))
    broken = Classification(is_bounce=True, error="boom", deliveries=(delivery("x@example.com"),))
    assert addresses_to_look_up([hard, soft, delayed, vacation, broken]) == {
        "hard@example.com", "soft@example.com", "late@example.com"}
    assert may_move_bounce_rate([hard]) and not may_move_bounce_rate([soft, delayed, vacation, broken])


@pytest.mark.parametrize("hard, scope, outcome, flags", [
    (True, "recipient", BounceOutcome.MARKED, (True, True, False)),
    (True, "recipient", BounceOutcome.UNMATCHED, (True, True, False)),
    (False, "recipient", BounceOutcome.SOFT, (False, False, True)),
    (False, "recipient", BounceOutcome.ESCALATED, (False, False, True)),
    (True, "recipient", BounceOutcome.UNVERIFIED, (False, False, False)),
    (False, "recipient", BounceOutcome.DELAYED, (False, False, False)),
    (True, "sender", BounceOutcome.SENDER, (False, False, False)),
])
def test_evidence_of_a_recorded_bounce(hard, scope, outcome, flags):
    e = evidence(hard=hard, scope=scope, outcome=outcome)
    assert (e.known_bad, e.counts_for_rate, e.counts_soft) == flags


def test_recall_names_every_address_contact_and_the_soft_window():
    reply = seen(Classification(is_bounce=False), mid="r1", from_address="Bo@Example.com",
                 at=NOW - 2 * DAY)
    change = ContactChanged(contact=contact("9", "new@example.com", status=BounceStatus.BOUNCED,
                                            bounced="old@example.com"))
    r = recall([seen(bounce(delivery("ana@example.com")), ANA), reply, change],
               Policy(soft_bounce_window_days=30), now=NOW)
    # The From address as the history keeps it (normalised, as the sign of life records it).
    assert r.addresses == {"ana@example.com", "bo@example.com", "new@example.com", "old@example.com"}
    assert r.contact_ids == {"1", "9"}
    assert r.since == NOW - 32 * DAY
    assert r.known_bad_since == NOW - 365 * DAY
    assert recall([change], Policy(), now=NOW).since == NOW - 30 * DAY
