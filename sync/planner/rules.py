"""The bounce rules every stage asks about, as pure functions: the one place each is stated.

Before this module the worker, the store and the planner each re-derived some of them
(trust in the worker's ledger entry, "hard and not delayed" in a worker helper and in SQL,
known-bad addresses in the store); now they call these, or read what the planner wrote.

- trust: may a bounce act on a recipient, or a sender notice page (`trusted`; the
  evidence rules in sync/planner/trust.py);
- hard / delayed: a delay notice is never a hard bounce (`is_delay`, `is_hard`);
- what a message is in the ledger (`ledger_status`);
- which addresses a page must look up in the CRM (`addresses_to_look_up`) and in the
  history (`recall`), which replies need their evidence gathered (`replies_to_verify`), and
  whether a page may move the bounce rate (`may_move_bounce_rate`);
- what a recorded bounce is evidence of (`evidence`): a soft bounce that counts, a hard
  bounce that makes its address known-bad and moves the bounce rate, or nothing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from classifier.records import Classification, Delivery, Reason, Scope, normalise_address
from sync.policy import Policy
from sync.planner.state import ContactChanged, MessageSeen, Observation
from sync.planner.trust import (
    Verdict, addresses_mapped, original_key, recipient_verdict, sender_verdict,
)
from sync.records import BounceOutcome, LedgerStatus, SentMessage
from sync.sanitize import clean

DIAGNOSTIC_LIMIT = 1000  # CRM text fields are short; the full text stays in the ledger

# Bounces that say nothing about the recipient address: not trusted, only delayed (and not
# counted by policy), or the sender's fault. They neither count as soft, nor make an address
# known-bad, nor move the bounce rate. (Migration 5 spells the same set once, frozen, to
# backfill the rows recorded before the planner wrote its evidence.)
NO_EVIDENCE_OUTCOMES = frozenset({BounceOutcome.UNVERIFIED, BounceOutcome.DELAYED,
                                  BounceOutcome.SENDER, BounceOutcome.REFUSED})
# (REFUSED: a contact refused for an address already known-bad: the bounce that taught it
# is the evidence, already counted once.)


def action_key(kind: str, origin: str, recipient: str, crm: str, contact_id: str) -> str:
    """Deterministic and short: the same inputs after a crash give the same key, so the
    outbox ignores a replayed page's actions."""
    digest = hashlib.sha256("\x1f".join((kind, origin, recipient, crm, contact_id)).encode())
    return f"{kind}:{digest.hexdigest()[:32]}"


def trim(text: str | None, limit: int = DIAGNOSTIC_LIMIT) -> str:
    """A server's text as the one clean line our records keep (every CRM field, history row,
    alert and note): sanitised once, here (sync/sanitize.py: no control characters, escape
    sequences or bidi controls), cut on a character boundary. The ledger keeps it whole."""
    return clean(text, limit=limit)


# --------------------------------------------------------------------------- trust


def trusted(obs: MessageSeen, d: Delivery, policy: Policy) -> Verdict:
    """May this delivery of a bounce act (and on which address)? Per recipient for a
    recipient-side bounce, per notice for a sender-side one: sync/planner/trust.py."""
    if d.scope is Scope.SENDER:
        return sender_verdict(obs, policy)
    return recipient_verdict(obs, d, policy)


def ledger_status(obs: MessageSeen, policy: Policy) -> LedgerStatus:
    """What the ledger says became of a message, so `status` and `reclassify` read the
    planner's verdict instead of re-deciding trust: a bounce none of whose recipients may
    be acted on is UNVERIFIED."""
    c = obs.classification
    if c.error is not None:
        return LedgerStatus.UNCLASSIFIABLE
    if not c.is_bounce:
        return LedgerStatus.NOT_BOUNCE
    bounces = [d for d in c.deliveries if d.reason.is_bounce]
    return (LedgerStatus.CLASSIFIED if any(trusted(obs, d, policy).trusted for d in bounces)
            else LedgerStatus.UNVERIFIED)


# --------------------------------------------------------------------------- hard, soft, delayed


def is_delay(d: Delivery) -> bool:
    """An "Action: delayed" notice: the server still tries, so it is at most soft."""
    return (d.action or "").lower() == "delayed"


def is_hard(d: Delivery) -> bool:
    """Hard as the classifier says (classifier/severity.py), unless it is only a delay."""
    return d.hard_bounce and not is_delay(d)


def is_sign_of_life(d: Delivery) -> bool:
    """A delivery report or an auto-reply: the address accepts mail."""
    return d.reason in (Reason.DELIVERED, Reason.VACATION)


def _recipient_bounces(classifications: Iterable[Classification]) -> Iterable[Delivery]:
    """Deliveries that report a recipient-side bounce, from readable bounce messages."""
    for c in classifications:
        if c.is_bounce and c.error is None:
            yield from (d for d in c.deliveries if d.reason.is_bounce and d.scope is Scope.RECIPIENT)


def addresses_to_look_up(classifications: Iterable[Classification],
                         sent: Mapping[str, SentMessage] | None = None, *,
                         answers: Iterable[str] = (), bounced: Iterable[str] = ()) -> frozenset[str]:
    """The addresses whose CRM contacts a page needs: recipient-side bounces (a sender-side
    refusal touches no contact), the addresses they map to in the sent originals `sent` (by
    message_id_key) that a bounce may act on, and the addresses that answered (`answers`: a
    human reply's From, an auto-reply's sender) among those known to have hard-bounced or
    whose contact is marked (`bounced`, read from the store): later evidence may clear or
    flag them. Other signs of life need no contact."""
    out: set[str] = set()
    for c in classifications:
        out.update(d.address for d in _recipient_bounces((c,)))
        key = original_key(c)
        if sent and key is not None and c.is_bounce and c.error is None:
            out.update(addresses_mapped(c, sent.get(key)))
    out.update(frozenset(answers) & frozenset(bounced))
    return frozenset(out)


def answering_addresses(classifications: Iterable[tuple[Classification, str | None]]
                        ) -> frozenset[str]:
    """Who answered on a page: the From address of ordinary mail (a human reply) and the
    address of an auto-reply, for `addresses_to_look_up`'s `answers`. Pairs of a message's
    classification and its From address (None when the worker did not read one)."""
    out: set[str] = set()
    for c, sender in classifications:
        if c.error is not None or c.is_bounce:
            continue
        if not c.deliveries and sender:
            out.add(normalise_address(sender))
        out.update(d.address for d in c.deliveries if d.reason is Reason.VACATION)
    return frozenset(out)


def replies_to_verify(page: Sequence[tuple[Classification, str | None]],
                      bounced: Iterable[str]) -> frozenset[int]:
    """Which messages of a page (by position) are human replies whose evidence the worker
    gathers for trust.reply_verdict (their headers' facts, their In-Reply-To/References
    looked up in the sent mail): those From an address the store knows bounced (`bounced`)
    or that bounces on this page. Other replies only reset soft counts: no lookup, no cost."""
    suspects = frozenset(bounced) | {d.address for d in _recipient_bounces(c for c, _ in page)}
    return frozenset(i for i, (c, sender) in enumerate(page)
                     if c.error is None and not c.is_bounce and not c.deliveries and sender
                     and normalise_address(sender) in suspects)


def may_move_bounce_rate(classifications: Iterable[Classification]) -> bool:
    """Could this page move the bounce rate (a recipient-side hard bounce that is not a
    delay)? Only then does the worker ask the source how much it sent, so an idle run costs
    the source nothing. Trust is weighed later, by `plan`."""
    return any(is_hard(d) for d in _recipient_bounces(classifications))


# --------------------------------------------------------------------------- evidence


@dataclass(frozen=True, slots=True, kw_only=True)
class Evidence:
    """What one recorded bounce teaches about its address; the store keeps these as
    columns and filters on them, so it never re-derives the rule in SQL."""

    known_bad: bool  # the address is known to hard-bounce (a new contact address is refused)
    counts_for_rate: bool  # counts toward its mailbox's bounce-rate alert
    counts_soft: bool  # counts toward soft-bounce escalation (until a sign of life)


def evidence(*, hard: bool, scope: str, outcome: BounceOutcome) -> Evidence:
    """A trusted recipient-side bounce is evidence: hard ones make the address known-bad
    and move the bounce rate, soft ones count toward escalation. Anything else (untrusted,
    an uncounted delay, the sender's fault) teaches nothing about the address."""
    about_recipient = scope == Scope.RECIPIENT.value and outcome not in NO_EVIDENCE_OUTCOMES
    return Evidence(known_bad=about_recipient and hard, counts_for_rate=about_recipient and hard,
                    counts_soft=about_recipient and not hard)


# --------------------------------------------------------------------------- what to recall


@dataclass(frozen=True, slots=True, kw_only=True)
class Recall:
    """Which part of the history `plan` needs for some observations: the store reads a
    `PlannerState` for exactly these (sync/store/readmodel.py)."""

    addresses: frozenset[str]
    contact_ids: frozenset[str]
    since: datetime  # soft bounces older than this cannot count for any observation
    known_bad_since: datetime | None = None  # older hard bounces no longer refuse an address


def recall(observations: Iterable[Observation], policy: Policy, *, now: datetime) -> Recall:
    """Every address an observation names (bounced, replying, or every address a changed
    contact holds, old and new), the contacts it carries, the soft window before the
    earliest message, and how far back a hard bounce still makes an address known-bad."""
    addresses: set[str] = set()
    contacts: set[str] = set()
    times = []
    for o in observations:
        if isinstance(o, MessageSeen):
            addresses.update(d.address for d in o.classification.deliveries)
            addresses.update(addresses_mapped(o.classification, o.sent))
            addresses.update({normalise_address(o.from_address)} if o.from_address else ())
            contacts.update(k.ref.id for k in o.contacts)
            times.append(o.at)
        else:
            extra = (o.contact.bounced_address,) if isinstance(o, ContactChanged) else ()
            addresses.update(a for a in (o.contact.email, *o.contact.emails, *extra) if a)
            contacts.add(o.contact.ref.id)
    return Recall(addresses=frozenset(addresses), contact_ids=frozenset(contacts),
                  since=min(times, default=now) - timedelta(days=policy.soft_bounce_window_days),
                  known_bad_since=now - timedelta(days=policy.known_bad_days))
