"""Builders shared by the planner's table tests: one mailbox "rep", one contact "ana"."""

from __future__ import annotations

from datetime import timedelta

from classifier.records import Classification
from sync.planner import MessageSeen, PlannerState
from tests.sync.helpers import NOW, contact

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
