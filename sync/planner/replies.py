"""Later evidence wins: what an answer from an address after its hard bounce means.

    human reply after the hard bounce  -> clear the bounce (a note names the reply), forgive
                                          the address (no longer known-bad); re-enroll only
                                          by policy reenroll_after_reply (a reply ends
                                          sequences)
    auto-reply after the hard bounce   -> flag the contact for a person (an out-of-office
                                          answer proves little: a catch-all may send it)

Only answers newer than the hard bounce count; the worker looks up the contacts of an
answering address when the store knows it bounced (rules.addresses_to_look_up).
"""

from __future__ import annotations

from datetime import datetime

from sync.planner.changes import saved_step
from sync.planner.history import Forgive
from sync.planner.rules import action_key
from sync.planner.scratch import Scratch
from sync.planner.state import MessageSeen
from sync.records import BounceStatus, ClearBounce, Contact, Flag, Reenroll

_OUT = (BounceStatus.BOUNCED, BounceStatus.REFUSED)


def answered(s: Scratch, obs: MessageSeen, address: str, *, human: bool) -> None:
    """`address` answered in `obs` (a human reply when `human`, else an auto-reply).
    Known limit: the evidence is the From header (an answer is not yet matched to mail this
    mailbox sent), so a forged reply can clear a mark; it never re-enrolls by default."""
    origin = f"{obs.mailbox}/{obs.message_id}"
    named = f"{origin}, {obs.at:%Y-%m-%d %H:%M} UTC"
    forgiven = False
    for contact in obs.contacts:
        bounced_at = _hard_bounce_before(s, contact, address, obs.at)
        if bounced_at is None:
            continue
        cid = contact.ref.id
        if not human:
            s.emit(Flag(key=action_key("reply-flag", origin, address, s.crm, cid),
                        contact=contact.ref, status=contact.bounce_status or BounceStatus.BOUNCED,
                        note=f"auto-reply from {address} ({named}) after its hard bounce on "
                             f"{bounced_at:%Y-%m-%d}: check the address by hand"))
            continue
        s.emit(ClearBounce(key=action_key("reply-clear", origin, address, s.crm, cid),
                           contact=contact.ref,
                           note=f"{address} replied ({named}) after its hard bounce on "
                                f"{bounced_at:%Y-%m-%d}: bounce cleared"
                                + ("" if s.policy.reenroll_after_reply
                                   else "; not re-enrolled (a reply ends sequences)")))
        removed = s.state.removed.get(cid, ())
        if s.policy.reenroll_after_reply and removed:
            s.emit(Reenroll(key=action_key("reply-reenroll", origin, address, s.crm, cid),
                            contact=contact.ref, enrollments=saved_step(removed)))
        s.history.append(Forgive(address=address, contact=contact.ref, at=obs.at,
                                 why=f"reply {named}"))
        s.done.discard((address, cid))
        forgiven = True
    known_at = s.state.known_hard_at.get(address)
    if human and address in s.known_hard and known_at is not None and known_at < obs.at:
        if not forgiven:  # no contact holds it now: the address alone is forgiven
            s.history.append(Forgive(address=address, contact=None, at=obs.at,
                                     why=f"reply {named}"))
        s.known_hard.pop(address, None)


def _hard_bounce_before(s: Scratch, contact: Contact, address: str,
                        at: datetime) -> datetime | None:
    """When `address` hard-bounced for `contact`, if the contact is still out for it and
    that was before `at`; None otherwise."""
    if address not in contact.emails or contact.bounce_status not in _OUT:
        return None
    last = s.state.last_bounce.get(contact.ref.id)
    if last is not None and last.address == address and last.hard:
        when = last.at
    elif contact.bounced_address == address or (address, contact.ref.id) in s.done:
        when = s.state.known_hard_at.get(address)
    else:
        return None
    return when if when is not None and when < at else None
