"""The watcher rules: what a change a person made to a bounced contact in the CRM calls for,
and what a contact found holding a known-bad address calls for.

    status "resend"                   -> clear, re-enroll where it was removed (at the saved
                                         step where the CRM can), forgive the address
    still holds the bounced address   -> nothing (primary or secondary: every address counts)
    holds an address known to bounce  -> flag the contact "refused" (once)
    soft-bounced, address gone        -> clear
    bounced, address gone             -> clear + re-enroll at step one (policy reenroll = "auto")
                                         or flag it for a person (reenroll = "flag")
    found holding a known-bad address -> flag "refused" naming the bounce + unenroll (known_bad)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from classifier.records import Reason
from sync.planner.history import Forgive, bounce_record
from sync.planner.rules import action_key
from sync.planner.scratch import Scratch
from sync.records import (
    BounceOutcome, BounceStatus, ClearBounce, Contact, Enrollment, Flag, Reenroll, Unenroll,
)

# The statuses our own bounce marks write: a change to any other status is not ours to answer.
_OUR_MARKS = (BounceStatus.BOUNCED, BounceStatus.REFUSED, BounceStatus.SOFT)
# Contacts the known-bad check leaves alone: already out of sequences (bounced, refused), or
# a person asked to email them again (resend: the watcher answers that).
_LEFT_ALONE = (BounceStatus.BOUNCED, BounceStatus.REFUSED, BounceStatus.RESEND)


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
    # Every address of a contact counts: the bounce stands while the contact still holds
    # the bounced address, as its primary or as a secondary one.
    if not new or not bounced or bounced in contact.emails:
        return
    bad = next((a for a in contact.emails if a in s.known_hard), None)
    if bad is not None:
        if status is BounceStatus.REFUSED:
            return  # already refused (our own Flag shows up as a change)
        s.count("refused")
        s.emit(Flag(key=key("refuse"), contact=contact.ref, status=BounceStatus.REFUSED,
                    note=f"new address {bad} is known to hard-bounce "
                         f"({Reason.parse(s.known_hard[bad]).label}); not re-enrolled"))
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
    # A new address is a new prospect for the sequence: it starts at step one.
    clear_and_reenroll(s, key, contact, _step_one(removed),
                       note=f"email changed from {bounced} to {new}")


def holds_known_bad(s: Scratch, contact: Contact) -> None:
    """A contact found holding an address that hard-bounced within policy known_bad_days
    (it got it by an edit, a creation or an import): refuse it once, with a note naming
    the bounce, and take it out of its sequences. The refusal is recorded as a bounce of
    the contact (outcome `refused`), so `undo`, a resend and the watcher find it."""
    if contact.bounce_status in _LEFT_ALONE:
        return
    cid = contact.ref.id
    bad = [a for a in contact.emails if a in s.known_hard and (a, cid) not in s.done]
    if not bad:
        return
    address = bad[0]
    reason = s.known_hard[address]
    source = s.state.known_hard_from.get(address, "")
    at = s.state.known_hard_at.get(address, s.now)
    origin = f"known-bad/{address}/{source}"
    s.count("refused")
    s.emit(Flag(key=action_key("refuse", origin, address, s.crm, cid), contact=contact.ref,
                status=BounceStatus.REFUSED,
                note=f"{address} hard-bounced on {at:%Y-%m-%d} ({Reason.parse(reason).label}; "
                     f"{source or 'bounce history'}): refused, removed from its sequences"))
    s.emit(Unenroll(key=action_key("unenroll", origin, address, s.crm, cid),
                    contact=contact.ref, enrollments=contact.enrollments))
    mailbox, _, message_id = source.partition("/")
    s.history.append(bounce_record(
        address=address, contact=contact.ref, mailbox=mailbox, message_id=message_id,
        reason=reason, hard=True, scope="recipient", diagnostic="", at=at,
        outcome=BounceOutcome.REFUSED))
    s.done.add((address, cid))


def _resend(s: Scratch, key: Callable[[str], str], contact: Contact, bounced: str,
            removed: Sequence[Enrollment]) -> None:
    """A CRM user asks to send to the same address again: take them at their word, and
    put the contact back where it was (the saved step, where the CRM can enroll at one)."""
    clear_and_reenroll(s, key, contact, saved_step(removed),
                       note=f"resend to {bounced} requested in the CRM")
    s.history.append(Forgive(address=bounced, contact=contact.ref, at=s.now))
    s.done.discard((bounced, contact.ref.id))
    s.known_hard.pop(bounced, None)
    s.forget_soft(bounced)
    s.count("resend")


def clear_and_reenroll(s: Scratch, key: Callable[[str], str], contact: Contact,
                       enrollments: Sequence[Enrollment], *, note: str) -> None:
    """Clear the bounce and put the contact back in `enrollments` (what we removed it from,
    at the step the caller chose)."""
    s.emit(ClearBounce(key=key("clear"), contact=contact.ref, note=note))
    if enrollments:
        s.emit(Reenroll(key=key("reenroll"), contact=contact.ref, enrollments=tuple(enrollments)))


def _step_one(enrollments: Iterable[Enrollment]) -> tuple[Enrollment, ...]:
    return tuple(replace(e, step=1, tracker_id=None) for e in enrollments)


def saved_step(enrollments: Iterable[Enrollment]) -> tuple[Enrollment, ...]:
    """The enrollments as saved, at the step the contact was on (the Reenroll contract:
    a CRM that cannot enroll at a later step starts at step one)."""
    return tuple(replace(e, tracker_id=None) for e in enrollments)

