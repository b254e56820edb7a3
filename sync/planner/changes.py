"""The watcher rules: what a change a person made to a bounced contact in the CRM calls for.

    status "resend"                -> clear, re-enroll where it was removed, forgive the address
    new address known to bounce    -> flag the contact "refused" (once)
    soft-bounced, new address      -> clear
    bounced, new address           -> clear + re-enroll at step one (policy reenroll = "auto")
                                      or flag it for a person (reenroll = "flag")
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from classifier.records import Reason
from sync.planner.history import Forgive
from sync.planner.rules import action_key
from sync.planner.scratch import Scratch
from sync.records import BounceStatus, ClearBounce, Contact, Enrollment, Flag, Reenroll

# The statuses our own bounce marks write: a change to any other status is not ours to answer.
_OUR_MARKS = (BounceStatus.BOUNCED, BounceStatus.REFUSED, BounceStatus.SOFT)


def change(s: Scratch, contact: Contact) -> None:
    """One changed contact (see the module's table)."""
    cid = contact.ref.id
    last = s.state.last_bounce.get(cid)
    bounced = contact.bounced_address or (last.address if last else None)
    removed = s.state.removed.get(cid, ())
    # The change id: which contact, which address now, and which bounce it answers,
    # so a later bounce and a later edit make new keys while replays do not.
    origin = f"change/{cid}/{contact.email}/{bounced}/{last.message_key if last else ''}"
    key = lambda kind: action_key(kind, origin, contact.email or "", s.crm, cid)  # noqa: E731
    status = contact.bounce_status
    if status is BounceStatus.RESEND:
        if bounced:
            _resend(s, key, contact, bounced, removed)
        return
    if status not in _OUR_MARKS:
        return
    new = contact.email
    if not new or not bounced or new == bounced:
        return
    if new in s.known_hard:
        if status is BounceStatus.REFUSED:
            return  # already refused (our own Flag shows up as a change)
        s.count("refused")
        s.emit(Flag(key=key("refuse"), contact=contact.ref, status=BounceStatus.REFUSED,
                    note=f"new address {new} is known to hard-bounce "
                         f"({Reason.parse(s.known_hard[new]).label}); not re-enrolled"))
        return
    if status is BounceStatus.SOFT:
        s.emit(ClearBounce(key=key("clear"), contact=contact.ref,
                           note=f"email changed from {bounced} to {new}"))
        return
    if s.policy.reenroll == "flag":
        if status is BounceStatus.BOUNCED:
            s.emit(Flag(key=key("flag"), contact=contact.ref, status=BounceStatus.BOUNCED,
                        note=f"email changed from {bounced} to {new}: re-enroll by hand "
                             f"({len(removed)} sequence(s) removed)"))
        return
    _clear_and_reenroll(s, key, contact, removed, note=f"email changed from {bounced} to {new}")


def _resend(s: Scratch, key: Callable[[str], str], contact: Contact, bounced: str,
            removed: Sequence[Enrollment]) -> None:
    """A CRM user asks to send to the same address again: take them at their word."""
    _clear_and_reenroll(s, key, contact, removed, note=f"resend to {bounced} requested in the CRM")
    s.history.append(Forgive(address=bounced, contact=contact.ref, at=s.now))
    s.done.discard((bounced, contact.ref.id))
    s.forget_soft(bounced)
    s.count("resend")


def _clear_and_reenroll(s: Scratch, key: Callable[[str], str], contact: Contact,
                        removed: Sequence[Enrollment], *, note: str) -> None:
    """Clear the bounce and put the contact back, at step 1, in what we removed it from."""
    s.emit(ClearBounce(key=key("clear"), contact=contact.ref, note=note))
    if removed:
        s.emit(Reenroll(key=key("reenroll"), contact=contact.ref, enrollments=_step_one(removed)))


def _step_one(enrollments: Iterable[Enrollment]) -> tuple[Enrollment, ...]:
    return tuple(replace(e, step=1, tracker_id=None) for e in enrollments)
