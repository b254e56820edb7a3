"""The mail rules: what one classified message means for the addresses and contacts it names.

    unclassifiable / not a bounce -> counted (a reply or delivery report is a sign of life)
    sender-side bounce            -> history + alert (and a pause, by policy) when genuine
                                     (trust.py), else history only; never a contact
    uncounted delay               -> history only
    untrusted recipient           -> history only, per recipient (trust.py; policy
                                     unverified / unknown_origin)
    our relay does not resolve    -> history only (as untrusted) + one sender alert per host
                                     (relay.py: a batch of hard "host unknown" naming it); a
                                     pause, by policy, only when genuine (trust.py)
    hard bounce                   -> known-bad address, bounce rate; mark + unenroll contacts
    soft bounce                   -> counted; mark soft, or escalate (soft.py) and unenroll
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from classifier.records import Delivery, Reason, Scope, normalise_address
from sync.planner.alerts import rate_alert, relay_alert, sender_alert
from sync.planner.history import bounce_record
from sync.planner.relay import RelayFailure, relay_reason
from sync.planner.replies import answered
from sync.planner.rules import (
    action_key, is_delay, is_hard, is_sign_of_life, ledger_status, trim, trusted,
)
from sync.planner.scratch import Scratch
from sync.planner.soft import soft_decision
from sync.planner.state import MessageSeen, PastBounce
from sync.planner.trust import sender_verdict
from sync.records import (
    AlertKind, BounceOutcome, BounceStatus, Contact, LedgerStatus, MarkBounced, Unenroll,
)


def message(s: Scratch, obs: MessageSeen) -> None:
    """One message: its ledger status, then each of its deliveries."""
    c = obs.classification
    status = ledger_status(obs, s.policy)
    s.ledger.append(status)
    if status is LedgerStatus.UNCLASSIFIABLE:
        s.count("unclassifiable")
        return
    if status is LedgerStatus.NOT_BOUNCE:
        s.count("not_bounces")
        _signs_of_life(s, obs)
        return
    for d in c.deliveries:
        _delivery(s, obs, d)


def _signs_of_life(s: Scratch, obs: MessageSeen) -> None:
    """A delivery report, an auto-reply or ordinary mail from an address shows it accepts
    mail: reset its soft-bounce count."""
    addresses = {d.address for d in obs.classification.deliveries if is_sign_of_life(d)}
    human = None
    if not obs.classification.deliveries and obs.from_address:
        human = normalise_address(obs.from_address)
        addresses.add(human)
    for address in sorted(addresses):
        s.life(address, obs.at, f"{obs.mailbox}/{obs.message_id}")
    # Later evidence wins (replies.py): a reply or an auto-reply after a hard bounce.
    auto = {d.address for d in obs.classification.deliveries if d.reason is Reason.VACATION}
    for address in sorted(auto | ({human} if human else set())):
        answered(s, obs, address, human=address == human)


def _delivery(s: Scratch, obs: MessageSeen, d: Delivery) -> None:
    """One recipient of a bounce message (see the module's table)."""
    if not d.reason.is_bounce:
        if is_sign_of_life(d):
            s.life(d.address, obs.at, f"{obs.mailbox}/{obs.message_id}")
        return
    hard = is_hard(d)
    verdict = trusted(obs, d, s.policy)
    relay = s.relay.get((obs.mailbox, obs.message_id, d.address))  # relay.py: our relay's failure
    s.note_trust(obs.message_id, d.address, verdict.trusted and relay is None,
                 f"held: {relay.why}" if relay is not None else verdict.why)
    if verdict.trusted and verdict.address != d.address:
        d = replace(d, address=verdict.address)  # mapped: act on the address we sent to

    def record(outcome: BounceOutcome, contact: Contact | None = None) -> None:
        s.history.append(bounce_record(
            address=d.address, contact=contact.ref if contact else None, mailbox=obs.mailbox,
            message_id=obs.message_id, reason=d.reason.value, hard=hard, scope=d.scope.value,
            diagnostic=trim(d.diagnostic), at=obs.at, outcome=outcome, sent=obs.sent))

    if d.scope is Scope.SENDER:
        s.count("bounces_sender")
        if not verdict.trusted:  # a forged or foreign notice: recorded, no page, no pause
            s.count("unverified")
            record(BounceOutcome.UNVERIFIED)
            return
        record(BounceOutcome.SENDER)
        pause = s.policy.pause_mailbox_on_sender_alert
        if pause:
            s.pause.add(obs.mailbox)
        s.raise_alert(AlertKind.SENDER.tag(obs.mailbox, d.reason.value), sender_alert(
            mailbox=obs.mailbox, message_id=obs.message_id, at=obs.at, d=d, paused=pause))
        return
    if is_delay(d) and not s.policy.delays_count_as_soft:
        record(BounceOutcome.DELAYED)
        return
    s.count("bounces_hard" if hard else "bounces_soft")
    if not verdict.trusted or relay is not None:
        s.count("unverified")
        record(BounceOutcome.UNVERIFIED)
        if relay is not None:
            _relay_alert(s, obs, relay)
        return
    _trusted_bounce(s, obs, d, hard, record)


def _relay_alert(s: Scratch, obs: MessageSeen, relay: RelayFailure) -> None:
    """Our relay does not resolve: one sender alert per mailbox and host, and a pause by policy
    only for a notice any sender-side refusal would need to pause (trust.sender_verdict: it
    answers our sent mail and comes from the mailbox's own provider, as our MTA's notice of its
    relay failing does). A recipient's trust is not enough: whoever got our mail to several
    prospects knows its Message-ID and their addresses, and could write the batch."""
    pause = s.policy.pause_mailbox_on_sender_alert and sender_verdict(obs, s.policy).trusted
    if pause:
        s.pause.add(obs.mailbox)
    s.raise_alert(AlertKind.SENDER.tag(obs.mailbox, relay_reason(relay.host)), relay_alert(
        failure=relay, message_id=obs.message_id, at=obs.at, paused=pause))


def _trusted_bounce(s: Scratch, obs: MessageSeen, d: Delivery, hard: bool,
                    record: Callable[..., None]) -> None:
    """A recipient-side bounce the evidence lets act: count it, then mark its contacts."""
    if hard:
        s.known_hard.setdefault(d.address, d.reason.value)
        s.hard_in_window[obs.mailbox] = s.hard_in_window.get(obs.mailbox, 0) + 1
        _rate(s, obs)
    elif not s.before_life(d.address, obs.at):
        s.soft.setdefault(d.address, []).append(obs.at)
        s.soft_details.setdefault(d.address, []).append(PastBounce(
            address=d.address, message_key=f"{obs.mailbox}/{obs.message_id}",
            reason=d.reason.value, hard=False, at=obs.at, diagnostic=trim(d.diagnostic)))
    contacts = [k for k in obs.contacts if d.address in k.emails]
    if not contacts:
        s.count("unmatched")
        record(BounceOutcome.UNMATCHED)
        return
    for contact in contacts:
        record(_bounce_contact(s, obs, d, contact, hard), contact)


def _rate(s: Scratch, obs: MessageSeen) -> None:
    """A new hard bounce may push the mailbox over its bounce-rate limit."""
    tag = AlertKind.BOUNCE_RATE.tag(obs.mailbox)
    if tag in s.alerted:
        return
    alert = rate_alert(mailbox=obs.mailbox, message_id=obs.message_id, at=obs.at,
                       hard=s.hard_in_window.get(obs.mailbox, 0),
                       sent=s.state.sent_in_window.get(obs.mailbox), policy=s.policy)
    if alert is not None:
        s.raise_alert(tag, alert)


def _bounce_contact(s: Scratch, obs: MessageSeen, d: Delivery, contact: Contact,
                    hard: bool) -> BounceOutcome:
    """Mark one contact holding the bounced address: bounced and unenrolled for a hard
    bounce or escalated soft bounces, soft otherwise; never twice for one address."""
    pair = (d.address, contact.ref.id)
    already = pair in s.done or (
        contact.bounce_status is BounceStatus.BOUNCED and contact.bounced_address == d.address)
    if already:
        return BounceOutcome.ALREADY
    escalate = False
    soft_count = 0
    shown = PastBounce(address=d.address, message_key="", reason=d.reason.value, hard=hard,
                       at=obs.at, diagnostic=trim(d.diagnostic))
    if not hard:
        decided = soft_decision(s.soft.get(d.address, ()), obs.at, s.policy)
        if decided is None:
            return BounceOutcome.SOFT  # history only: older than a sign of life or than the window
        escalate, soft_count = decided.escalate, decided.count
        if decided.at != obs.at:
            shown = s.soft_detail(d.address, decided.at) or replace(shown, at=decided.at)
    origin = f"{obs.mailbox}/{obs.message_id}"
    s.emit(MarkBounced(
        key=action_key("mark", origin, d.address, s.crm, contact.ref.id),
        contact=contact.ref,
        status=BounceStatus.BOUNCED if hard or escalate else BounceStatus.SOFT,
        address=d.address, hard=hard, reason=shown.reason,
        reason_label=Reason.parse(shown.reason).label,
        diagnostic=shown.diagnostic, bounced_at=shown.at, soft_count=soft_count,
        soft_window_days=s.policy.soft_bounce_window_days))
    if not (hard or escalate):
        return BounceOutcome.SOFT
    s.emit(Unenroll(key=action_key("unenroll", origin, d.address, s.crm, contact.ref.id),
                    contact=contact.ref, enrollments=contact.enrollments))
    s.done.add(pair)
    return BounceOutcome.MARKED if hard else BounceOutcome.ESCALATED
