"""Later evidence wins: what an answer from an address after its hard bounce means.

    human reply after the hard bounce, with  -> clear the bounce (a note names the reply),
      evidence its From wrote it               forgive the address (no longer known-bad);
      (trust.reply_verdict)                    re-enroll only by policy reenroll_after_reply
                                               (a reply ends sequences)
    human reply without that evidence        -> flag the contact for a person, naming why;
                                               the mark and the known-bad memory stay (a
                                               From header is anyone's to write)
    auto-reply after the hard bounce         -> flag the contact for a person (an out-of-office
                                               answer proves little: a catch-all may send it)

Only answers newer than the hard bounce count; the worker looks up the contacts of an
answering address when the store knows it bounced (rules.addresses_to_look_up), and the
reply's evidence with them (rules.reply_needs_evidence). A contact is flagged once per hard
bounce and kind of answer, so a flood of forged answers is one CRM write, not thousands.
"""

from __future__ import annotations

from datetime import datetime

from sync.planner.changes import saved_step
from sync.planner.history import Forgive
from sync.planner.rules import action_key, trim
from sync.planner.scratch import Scratch
from sync.planner.state import MessageSeen
from sync.planner.trust import Verdict, reply_verdict
from sync.records import BounceStatus, ClearBounce, Contact, Flag, Reenroll

_OUT = (BounceStatus.BOUNCED, BounceStatus.REFUSED)


def answered(s: Scratch, obs: MessageSeen, address: str, *, human: bool) -> None:
    """`address` answered in `obs` (a human reply when `human`, else an auto-reply)."""
    origin = f"{obs.mailbox}/{obs.message_id}"
    named = f"{origin}, {obs.at:%Y-%m-%d %H:%M} UTC"
    verdict: Verdict | None = None

    def judged() -> Verdict:  # asked only where a hard bounce is at stake; noted for `explain`
        nonlocal verdict
        if verdict is None:
            verdict = reply_verdict(obs, address)
            s.note_trust(obs.message_id, address, verdict.trusted, verdict.why)
        return verdict

    forgiven = False
    for contact in obs.contacts:
        bounced_at = _hard_bounce_before(s, contact, address, obs.at)
        if bounced_at is None:
            continue
        cid = contact.ref.id
        once = f"{address} {bounced_at.isoformat()}"  # one flag per contact, bounce and kind
        status = contact.bounce_status or BounceStatus.BOUNCED
        if not human:
            s.emit(Flag(key=action_key("reply-flag", once, address, s.crm, cid),
                        contact=contact.ref, status=status,
                        note=trim(f"auto-reply from {address} ({named}) after its hard bounce on "
                                  f"{bounced_at:%Y-%m-%d}: check the address by hand")))
            continue
        if not judged().trusted:
            s.emit(Flag(key=action_key("reply-unverified", once, address, s.crm, cid),
                        contact=contact.ref, status=status,
                        note=trim(f"{address} replied ({named}) after its hard bounce on "
                                  f"{bounced_at:%Y-%m-%d}, but not cleared: {judged().why}; if "
                                  f"the address works, run bounce-sync undo {address}")))
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
        if not forgiven and judged().trusted:  # no contact holds it now: the address alone
            s.history.append(Forgive(address=address, contact=None, at=obs.at,
                                     why=f"reply {named}"))
            forgiven = True
        if forgiven:
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
