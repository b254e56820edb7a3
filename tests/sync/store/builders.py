"""Builders shared by the state store tests: one mailbox "rep", one contact "c1"."""

from __future__ import annotations

from sync.planner import Plan, bounce_record
from sync.records import BounceStatus, ContactRef, MarkBounced
from sync.store import LedgerEntry
from tests.sync.helpers import NOW

REF = ContactRef(id="c1")


def mark(key: str, contact: ContactRef = REF) -> MarkBounced:
    return MarkBounced(key=key, contact=contact, status=BounceStatus.BOUNCED, address="a@example.com",
                       hard=True, reason="userunknown", reason_label="Mailbox does not exist",
                       diagnostic="550 5.1.1", bounced_at=NOW)


def entry(mid: str, status: str = "classified") -> LedgerEntry:
    return LedgerEntry(mailbox="rep", message_id=mid, status=status,
                       classification={"is_bounce": True}, received_at=NOW)


def enqueue(store, *actions, mid="m1") -> int:
    return store.record_page(crm="local", entries=[entry(mid)], plan=Plan(actions=actions), now=NOW,
                             mailbox="rep", cursor="c-1", save_cursor=True)


def fact(mid, *, hard=False, at=NOW, outcome="soft", contact=REF, address="a@example.com",
         sent=None, scope="recipient", reason=None, mailbox="rep"):
    return bounce_record(address=address, contact=contact, mailbox=mailbox, message_id=mid,
                         reason=reason or ("mailboxfull" if not hard else "userunknown"), hard=hard,
                         scope=scope, diagnostic="", at=at, outcome=outcome, sent=sent)
