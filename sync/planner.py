"""The pure planner: observations + remembered state + policy + now -> actions and facts.

No I/O, no clock (STYLE rule 1). The worker loads a `PlannerState` for exactly the
addresses and contacts a page touches, calls `plan`, and stores the returned actions (in
the outbox) and facts (in the bounce history) in one transaction.

Two kinds of observation:
- `MessageSeen`: one classified message from a mailbox, with the CRM contacts matching its
  addresses (looked up by the worker);
- `ContactChanged`: one contact carrying our bounce status that the watcher saw change.

Every action key is a hash of (origin, recipient, crm, contact id, action kind), where the
origin is the source message ("mailbox/message id") or the change; replaying the same
observation after a crash produces the same keys, and the outbox ignores keys it holds.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from classifier.records import Classification, Delivery, Reason, Scope, normalise_address
from sync.policy import Policy
from sync.records import (
    Action, AlertKind, BounceOutcome, BounceStatus, ClearBounce, Contact, ContactRef, Enrollment,
    Flag, MarkBounced, Reenroll, Unenroll,
)
from sync.report import Alert

DIAGNOSTIC_LIMIT = 1000  # CRM text fields are short; the full text stays in the ledger


# --------------------------------------------------------------------------- observations


@dataclass(frozen=True, slots=True, kw_only=True)
class MessageSeen:
    mailbox: str
    message_id: str  # id within the source (ledger key with mailbox)
    classification: Classification
    at: datetime  # when the message arrived (received_at, or the run's now)
    contacts: tuple[Contact, ...] = ()  # CRM contacts matching any of its addresses
    sent_by_mailbox: bool | None = None  # RawMessage.sent_by_mailbox
    from_address: str | None = None  # From header, for ordinary mail (a sign of life)


@dataclass(frozen=True, slots=True, kw_only=True)
class ContactChanged:
    contact: Contact  # as the CRM shows it now (email, bounce status, bounced address)


Observation = MessageSeen | ContactChanged


# --------------------------------------------------------------------------- state


@dataclass(frozen=True, slots=True, kw_only=True)
class PastBounce:
    """One recorded bounce for a contact (from the bounce history)."""

    address: str
    message_key: str  # "mailbox/message id"
    reason: str
    hard: bool
    at: datetime
    diagnostic: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class PlannerState:
    """What the planner needs to remember, restricted by the worker to what a page touches.

    - soft_bounces: address -> times of soft bounces counted since its last sign of life;
    - soft_details: address -> those soft bounces with their reason and diagnostic (so a
      late-arriving older bounce can write the mark of the one that decides);
    - last_life: address -> its latest sign of life (older soft bounces never count);
    - known_hard: address -> reason, for addresses that hard-bounced from any mailbox;
    - done: (address, contact id) pairs already marked bounced and unenrolled;
    - removed: contact id -> enrollments removed when it was unenrolled (for re-enrolling);
    - last_bounce: contact id -> its latest bounce that marked it (for the watcher);
    - hard_in_window / sent_in_window: mailbox -> figures for the bounce-rate alert.
    """

    crm: str
    soft_bounces: Mapping[str, tuple[datetime, ...]] = field(default_factory=dict)
    known_hard: Mapping[str, str] = field(default_factory=dict)
    done: frozenset[tuple[str, str]] = frozenset()
    removed: Mapping[str, tuple[Enrollment, ...]] = field(default_factory=dict)
    last_bounce: Mapping[str, PastBounce] = field(default_factory=dict)
    hard_in_window: Mapping[str, int] = field(default_factory=dict)
    sent_in_window: Mapping[str, int | None] = field(default_factory=dict)
    alerted: frozenset[str] = frozenset()  # "mailbox:kind" alerts already raised in the window
    soft_details: Mapping[str, tuple[PastBounce, ...]] = field(default_factory=dict)
    last_life: Mapping[str, datetime] = field(default_factory=dict)


# --------------------------------------------------------------------------- facts


@dataclass(frozen=True, slots=True, kw_only=True)
class BounceFact:
    """A bounce to keep in the history, whether or not it led to a CRM action; `outcome`
    says what the planner did about it (the store filters on it, never re-deciding)."""

    address: str
    contact: ContactRef | None
    mailbox: str
    message_id: str
    reason: str
    hard: bool
    scope: str
    diagnostic: str
    at: datetime
    outcome: BounceOutcome


@dataclass(frozen=True, slots=True, kw_only=True)
class SignOfLife:
    """The address answered or accepted mail: its soft-bounce count starts again."""

    address: str
    at: datetime
    why: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Forgive:
    """A CRM user asked to resend to `address`: forget that it bounced for this contact."""

    address: str
    contact: ContactRef
    at: datetime


Fact = BounceFact | SignOfLife | Forgive


@dataclass(frozen=True, slots=True, kw_only=True)
class Plan:
    actions: tuple[Action, ...] = ()
    facts: tuple[Fact, ...] = ()
    alerts: tuple[Alert, ...] = ()
    pause: frozenset[str] = frozenset()  # mailboxes to pause
    counts: Mapping[str, int] = field(default_factory=dict)  # RunReport counters
    next_state: PlannerState | None = None


# --------------------------------------------------------------------------- keys


def action_key(kind: str, origin: str, recipient: str, crm: str, contact_id: str) -> str:
    """Deterministic and short: the same inputs after a crash give the same key."""
    digest = hashlib.sha256("\x1f".join((kind, origin, recipient, crm, contact_id)).encode())
    return f"{kind}:{digest.hexdigest()[:32]}"


# --------------------------------------------------------------------------- planning


def plan(observations: Sequence[Observation], state: PlannerState, policy: Policy, *,
         now: datetime) -> Plan:
    """Decide what to do about `observations`, in order. Later observations see the state
    earlier ones produced (two soft bounces on one page count twice)."""
    p = _Planner(state, policy, now)
    for obs in observations:
        if isinstance(obs, MessageSeen):
            p.message(obs)
        else:
            p.change(obs.contact)
    return p.result()


class _Planner:
    """Mutable scratch space for one `plan` call; never escapes it."""

    def __init__(self, state: PlannerState, policy: Policy, now: datetime) -> None:
        self.policy, self.now, self.crm = policy, now, state.crm
        self.state = state
        self.last_life = dict(state.last_life)
        self.soft = {a: [t for t in ts if not self.before_life(a, t)]
                     for a, ts in state.soft_bounces.items()}
        self.soft_details = {a: list(ds) for a, ds in state.soft_details.items()}
        self.known_hard = dict(state.known_hard)
        self.done = set(state.done)
        self.hard_in_window = dict(state.hard_in_window)
        self.alerted = set(state.alerted)
        self.actions: dict[str, Action] = {}
        self.facts: list[Fact] = []
        self.alerts: list[Alert] = []
        self.pause: set[str] = set()
        self.counts: dict[str, int] = {}

    def count(self, name: str, n: int = 1) -> None:
        self.counts[name] = self.counts.get(name, 0) + n

    def emit(self, action: Action) -> None:
        self.actions.setdefault(action.key, action)

    def result(self) -> Plan:
        next_state = replace(
            self.state, soft_bounces={a: tuple(ts) for a, ts in self.soft.items()},
            known_hard=dict(self.known_hard), done=frozenset(self.done),
            hard_in_window=dict(self.hard_in_window), alerted=frozenset(self.alerted),
            soft_details={a: tuple(ds) for a, ds in self.soft_details.items()},
            last_life=dict(self.last_life))
        return Plan(actions=tuple(self.actions.values()), facts=tuple(self.facts),
                    alerts=tuple(self.alerts), pause=frozenset(self.pause),
                    counts=dict(self.counts), next_state=next_state)

    # -- messages ----------------------------------------------------------------------

    def message(self, obs: MessageSeen) -> None:
        c = obs.classification
        if c.error is not None:
            self.count("unclassifiable")
            return
        if not c.is_bounce:
            self.count("not_bounces")
            self.signs_of_life(obs)
            return
        trusted = self.trusted(obs.sent_by_mailbox)
        for d in c.deliveries:
            self.delivery(obs, d, trusted)

    def trusted(self, sent_by_mailbox: bool | None) -> bool:
        if sent_by_mailbox is True:
            return True
        if sent_by_mailbox is False:
            return self.policy.unverified == "apply"
        return self.policy.unknown_origin == "apply"

    def signs_of_life(self, obs: MessageSeen) -> None:
        """A delivery report, an auto-reply or ordinary mail from an address shows it
        accepts mail: reset its soft-bounce count."""
        addresses = {d.address for d in obs.classification.deliveries
                     if d.reason in (Reason.DELIVERED, Reason.VACATION)}
        if not obs.classification.deliveries and obs.from_address:
            addresses.add(normalise_address(obs.from_address))
        for address in sorted(addresses):
            self.life(address, obs.at)
            self.facts.append(SignOfLife(address=address, at=obs.at,
                                         why=f"{obs.mailbox}/{obs.message_id}"))

    def life(self, address: str, at: datetime) -> None:
        """A sign of life at `at` resets the soft bounces up to then, not later ones (a page
        of older mail may come after newer bounces); equal times were seen before it."""
        self.soft[address] = [t for t in self.soft.get(address, ()) if t > at]
        self.soft_details[address] = [b for b in self.soft_details.get(address, ()) if b.at > at]
        if address not in self.last_life or at > self.last_life[address]:
            self.last_life[address] = at

    def before_life(self, address: str, at: datetime) -> bool:
        """A soft bounce strictly older than the address's latest sign of life never counts."""
        life = self.last_life.get(address)
        return life is not None and at < life

    def delivery(self, obs: MessageSeen, d: Delivery, trusted: bool) -> None:
        if not d.reason.is_bounce:
            if d.reason in (Reason.DELIVERED, Reason.VACATION):
                self.life(d.address, obs.at)
                self.facts.append(SignOfLife(address=d.address, at=obs.at,
                                             why=f"{obs.mailbox}/{obs.message_id}"))
            return
        delayed = (d.action or "").lower() == "delayed"
        fact = dict(address=d.address, mailbox=obs.mailbox, message_id=obs.message_id,
                    reason=d.reason.value, hard=d.hard_bounce and not delayed,
                    scope=d.scope.value, diagnostic=_trim(d.diagnostic), at=obs.at)
        if d.scope is Scope.SENDER:
            self.count("bounces_sender")
            self.facts.append(BounceFact(contact=None, outcome=BounceOutcome.SENDER, **fact))
            self.sender_alert(obs, d)
            return
        if delayed and not self.policy.delays_count_as_soft:
            self.facts.append(BounceFact(contact=None, outcome=BounceOutcome.DELAYED, **fact))
            return
        hard = d.hard_bounce and not delayed
        self.count("bounces_hard" if hard else "bounces_soft")
        if not trusted:
            self.count("unverified")
            self.facts.append(BounceFact(contact=None, outcome=BounceOutcome.UNVERIFIED, **fact))
            return
        if hard:
            self.known_hard.setdefault(d.address, d.reason.value)
            self.hard_in_window[obs.mailbox] = self.hard_in_window.get(obs.mailbox, 0) + 1
            self.rate_alert(obs)
        elif not self.before_life(d.address, obs.at):
            self.soft.setdefault(d.address, []).append(obs.at)
            self.soft_details.setdefault(d.address, []).append(PastBounce(
                address=d.address, message_key=f"{obs.mailbox}/{obs.message_id}",
                reason=d.reason.value, hard=False, at=obs.at, diagnostic=_trim(d.diagnostic)))
        contacts = [k for k in obs.contacts if d.address in k.emails]
        if not contacts:
            self.count("unmatched")
            self.facts.append(BounceFact(contact=None, outcome=BounceOutcome.UNMATCHED, **fact))
            return
        for contact in contacts:
            outcome = self.bounce_contact(obs, d, contact, hard)
            self.facts.append(BounceFact(contact=contact.ref, outcome=outcome, **fact))

    def bounce_contact(self, obs: MessageSeen, d: Delivery, contact: Contact, hard: bool) -> BounceOutcome:
        pair = (d.address, contact.ref.id)
        already = pair in self.done or (
            contact.bounce_status is BounceStatus.BOUNCED and contact.bounced_address == d.address)
        if already:
            return BounceOutcome.ALREADY
        escalate = False
        soft_count = 0
        shown = PastBounce(address=d.address, message_key="", reason=d.reason.value, hard=hard,
                           at=obs.at, diagnostic=_trim(d.diagnostic))
        if not hard:
            decided = self.soft_decision(d.address, obs.at)
            if decided is None:
                return BounceOutcome.SOFT  # history only: older than a sign of life or than the window
            escalate, at, soft_count = decided
            if at != obs.at:
                shown = self.soft_detail(d.address, at) or replace(shown, at=at)
        origin = f"{obs.mailbox}/{obs.message_id}"
        mark = MarkBounced(
            key=action_key("mark", origin, d.address, self.crm, contact.ref.id),
            contact=contact.ref,
            status=BounceStatus.BOUNCED if hard or escalate else BounceStatus.SOFT,
            address=d.address, hard=hard, reason=shown.reason, reason_label=Reason.parse(shown.reason).label,
            soft_window_days=self.policy.soft_bounce_window_days,
            diagnostic=shown.diagnostic, bounced_at=shown.at, soft_count=soft_count)
        self.emit(mark)
        if not (hard or escalate):
            return BounceOutcome.SOFT
        self.emit(Unenroll(key=action_key("unenroll", origin, d.address, self.crm, contact.ref.id),
                           contact=contact.ref, enrollments=contact.enrollments))
        self.done.add(pair)
        return BounceOutcome.MARKED if hard else BounceOutcome.ESCALATED

    def soft_decision(self, address: str, at: datetime) -> tuple[bool, datetime, int] | None:
        """What the soft bounces of `address` known so far decide, whatever order they came
        in (a first scan may deliver newest pages first): (escalate, the bounce whose mark
        the contact shows, its count). Escalated when some bounce has `threshold` counted
        soft bounces within the window ending at it; the mark is then the earliest such
        bounce's. Otherwise the mark is the newest bounce's, with the count in its window.
        None: the bounce at `at` changes nothing the contact shows (it does not count, or
        it is older than the newest bounce's window), so nothing is written."""
        times = sorted(self.soft.get(address, ()))
        if at not in times:
            return None
        window = timedelta(days=self.policy.soft_bounce_window_days)

        def count(end: datetime) -> int:
            return sum(1 for t in times if end - window < t <= end)

        for t in times:
            n = count(t)
            if n >= self.policy.soft_bounce_threshold:
                return True, t, n
        newest = times[-1]
        if at <= newest - window:
            return None
        return False, newest, count(newest)

    def soft_detail(self, address: str, at: datetime) -> PastBounce | None:
        return next((b for b in reversed(self.soft_details.get(address, ())) if b.at == at), None)

    def sender_alert(self, obs: MessageSeen, d: Delivery) -> None:
        pause = self.policy.pause_mailbox_on_sender_alert
        if pause:
            self.pause.add(obs.mailbox)
        tag = AlertKind.SENDER.tag(obs.mailbox, d.reason.value)
        if tag in self.alerted:
            return
        self.alerted.add(tag)
        self.alerts.append(Alert(
            mailbox=obs.mailbox, kind=AlertKind.SENDER, reason=d.reason.value, at=obs.at,
            message_id=obs.message_id, paused=pause,
            message=f"mail from {obs.mailbox} is refused because of the sender: "
                    f"{d.reason.label} ({_trim(d.diagnostic, 200) or 'no diagnostic'})"
                    + ("; mailbox paused" if pause else "")))

    def rate_alert(self, obs: MessageSeen) -> None:
        tag = AlertKind.BOUNCE_RATE.tag(obs.mailbox)
        if tag in self.alerted:
            return
        hard = self.hard_in_window.get(obs.mailbox, 0)
        sent = self.state.sent_in_window.get(obs.mailbox)
        days = self.policy.bounce_rate_window_days
        if sent and hard >= self.policy.bounce_rate_min_bounces \
                and hard / sent > self.policy.bounce_rate_threshold:
            text = (f"{obs.mailbox}: {hard} hard bounces for {sent} messages sent in "
                    f"{days} days ({hard / sent:.1%} > {self.policy.bounce_rate_threshold:.1%})")
        elif not sent and self.policy.bounce_count_alert and hard >= self.policy.bounce_count_alert:
            text = f"{obs.mailbox}: {hard} hard bounces in {days} days"
        else:
            return
        self.alerted.add(tag)
        self.alerts.append(Alert(mailbox=obs.mailbox, kind=AlertKind.BOUNCE_RATE, reason="bounce_rate",
                                 message=text, at=obs.at, message_id=obs.message_id))

    # -- watcher -----------------------------------------------------------------------

    def change(self, contact: Contact) -> None:
        cid = contact.ref.id
        last = self.state.last_bounce.get(cid)
        bounced = contact.bounced_address or (last.address if last else None)
        removed = self.state.removed.get(cid, ())
        # The change id: which contact, which address now, and which bounce it answers,
        # so a later bounce and a later edit make new keys while replays do not.
        origin = f"change/{cid}/{contact.email}/{bounced}/{last.message_key if last else ''}"
        key = lambda kind: action_key(kind, origin, contact.email or "", self.crm, cid)  # noqa: E731
        status = contact.bounce_status
        if status is BounceStatus.RESEND:
            if not bounced:
                return
            self._clear_and_reenroll(key, contact, removed,
                                     note=f"resend to {bounced} requested in the CRM")
            self.facts.append(Forgive(address=bounced, contact=contact.ref, at=self.now))
            self.done.discard((bounced, cid))
            self.soft.pop(bounced, None)
            self.soft_details.pop(bounced, None)
            self.count("resend")
            return
        if status not in (BounceStatus.BOUNCED, BounceStatus.REFUSED, BounceStatus.SOFT):
            return
        new = contact.email
        if not new or not bounced or new == bounced:
            return
        if new in self.known_hard:
            if status is BounceStatus.REFUSED:
                return  # already refused (our own Flag shows up as a change)
            self.count("refused")
            self.emit(Flag(key=key("refuse"), contact=contact.ref, status=BounceStatus.REFUSED,
                           note=f"new address {new} is known to hard-bounce "
                                f"({Reason.parse(self.known_hard[new]).label}); not re-enrolled"))
            return
        if status is BounceStatus.SOFT:
            self.emit(ClearBounce(key=key("clear"), contact=contact.ref,
                                  note=f"email changed from {bounced} to {new}"))
            return
        if self.policy.reenroll == "flag":
            if status is BounceStatus.BOUNCED:
                self.emit(Flag(key=key("flag"), contact=contact.ref, status=BounceStatus.BOUNCED,
                               note=f"email changed from {bounced} to {new}: re-enroll by hand "
                                    f"({len(removed)} sequence(s) removed)"))
            return
        self._clear_and_reenroll(key, contact, removed, note=f"email changed from {bounced} to {new}")

    def _clear_and_reenroll(self, key: Callable[[str], str], contact: Contact,
                            removed: Sequence[Enrollment], *, note: str) -> None:
        """Clear the bounce and put the contact back, at step 1, in what we removed it from."""
        self.emit(ClearBounce(key=key("clear"), contact=contact.ref, note=note))
        if removed:
            self.emit(Reenroll(key=key("reenroll"), contact=contact.ref,
                               enrollments=_step_one(removed)))


def _step_one(enrollments: Iterable[Enrollment]) -> tuple[Enrollment, ...]:
    return tuple(replace(e, step=1, tracker_id=None) for e in enrollments)


def _trim(text: str | None, limit: int = DIAGNOSTIC_LIMIT) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
