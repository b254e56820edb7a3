"""Builders shared by the planner's table tests: one mailbox "rep", one contact "ana"."""

from __future__ import annotations

from datetime import timedelta

from dataclasses import replace

from classifier.origin import Origin
from classifier.records import Classification, Original, Scope
from sync.records import BounceStatus, Contact, ContactRef, Enrollment, SentMessage
from sync.planner import MessageSeen, PastBounce, PlannerState
from tests.sync.helpers import NOW, contact

ANA = contact("1", "ana@example.com", sequences=["seq-a", "seq-b"])
DAY = timedelta(days=1)
AT = NOW - 3 * DAY  # Ana's hard bounce, in the tables about later evidence
REMOVED = (Enrollment(sequence_id="seq-a", step=3, sender="rep@acme.example", tracker_id="t1"),)


def seen(c: Classification, *contacts, mid="m1", mailbox="rep", at=NOW, sent_by=True,
         from_address=None, **kw) -> MessageSeen:
    """`sent_by`: True, the mailbox sent the original to every address `c` names (a genuine
    bounce); False, not sent from here; None, the source cannot tell."""
    fields = {"classification": c, **sent_evidence(c, sent_by), **kw}
    return MessageSeen(mailbox=mailbox, message_id=mid, at=at, contacts=tuple(contacts),
                       from_address=from_address, **fields)


def sent_evidence(c: Classification, sent_by: bool | None) -> dict:
    """MessageSeen's trust fields for `seen(sent_by=...)`."""
    if sent_by is None:
        return {"sent_lookup": False}
    original = c.original if c.original.message_id else Original(message_id="orig-1@acme.example")
    c_has = replace(c, original=original) if c.is_bounce else c
    extra = {}
    if sent_by and any(d.scope is Scope.SENDER for d in c.deliveries) and not c.origin.from_address:
        # a genuine sender-side notice: Gmail's own, generated inside Google
        c_has = replace(c_has, origin=Origin(from_address="mailer-daemon@googlemail.com"))
        extra = {"provider": "google", "mailbox_address": "rep@acme.example"}
    sent = SentMessage(message_id=original.message_id,
                       recipients=frozenset(d.address for d in c.deliveries)) if sent_by else None
    return {"sent_lookup": True, "sent": sent, "classification": c_has, **extra}


def genuine_reply(sender: str, mid: str = "sent-1@acme.example") -> dict:
    """MessageSeen's reply evidence for a reply from `sender` answering `mid`, which this
    mailbox sent to `sender` alone (trust.reply_verdict trusts it)."""
    sender = sender.lower()
    return {"reply_origin": Origin(from_address=sender, replied_to=(mid,)),
            "answers": (SentMessage(message_id=mid, recipients=frozenset({sender})),)}


def kinds(p) -> list[str]:
    return [type(a).__name__ for a in p.actions]


def state(**kw) -> PlannerState:
    return PlannerState(crm="local", **kw)


def bounced_ana() -> Contact:
    """Ana as the CRM shows her after her hard bounce: marked on her only address."""
    return Contact(ref=ContactRef(id="1"), email="ana@example.com", emails=(),
                   bounce_status=BounceStatus.BOUNCED, bounced_address="ana@example.com",
                   enrollments=(Enrollment(sequence_id="seq-a", step=3),))


def reply_state(**kw) -> PlannerState:
    """What the store remembers of Ana's hard bounce at AT: removed from seq-a, known bad."""
    last = PastBounce(address="ana@example.com", message_key="rep/b1", reason="userunknown",
                      hard=True, at=AT)
    return state(removed={"1": REMOVED}, last_bounce={"1": last},
                 known_hard={"ana@example.com": "userunknown"},
                 known_hard_at={"ana@example.com": AT}, known_hard_from={"ana@example.com": "rep/b1"},
                 done=frozenset({("ana@example.com", "1")}), **kw)
