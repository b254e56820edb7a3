"""Records exchanged between the worker, the connectors and the state store.

Frozen, slotted, keyword-only dataclasses (STYLE rule 5). Vendor types never appear here:
each connector turns its payloads into these and back. Times are timezone-aware UTC.
The closed sets the planner writes and the store filters on (ledger statuses, bounce
outcomes, alert kinds) are enums here, so no module spells their values by hand; the rules
that choose among them live in the planner (sync/planner/).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from classifier.records import normalise_address


def _require_utc(name: str, value: datetime | None) -> None:
    if value is not None and value.tzinfo is None:
        raise ValueError(f"{name} must be timezone-aware (UTC)")


# --------------------------------------------------------------------------- mail sources


@dataclass(frozen=True, slots=True, kw_only=True)
class RawMessage:
    """One message as a source hands it over: its id within that source and its bytes."""

    id: str  # stable within the source (Gmail message id, Maildir key, "mbox#N")
    raw: bytes
    thread_id: str | None = None
    received_at: datetime | None = None
    # `raw` holds only some headers (Gmail's format=metadata for ordinary mail: From and the
    # auto-reply headers), never a body: the worker reads it as a sign of life, never
    # classifies it as a whole message.
    headers_only: bool = False

    def __post_init__(self) -> None:
        _require_utc("received_at", self.received_at)


def message_id_key(value: str) -> str:
    """A Message-ID as sent-mail lookups compare it: no angle brackets or spaces, lower-case
    (servers and clients change the case of ids they copy; a collision by case alone is not
    a forgery anyone can aim)."""
    return value.strip().strip("<>").strip().lower()


@dataclass(frozen=True, slots=True, kw_only=True)
class SentMessage:
    """A message this mailbox sent, as its sent mail shows it: the only evidence a bounce
    may act on (DESIGN.md, Trust). A bounce naming an address acts on it only when the
    original it quotes is one of these and the address was among `recipients`."""

    message_id: str  # message_id_key form
    recipients: frozenset[str]  # To, Cc and Bcc, normalised (classifier normalise_address)
    sent_at: datetime | None = None

    def __post_init__(self) -> None:
        _require_utc("sent_at", self.sent_at)
        object.__setattr__(self, "message_id", message_id_key(self.message_id))
        object.__setattr__(self, "recipients",
                           frozenset(normalise_address(a) for a in self.recipients if a))


@dataclass(frozen=True, slots=True, kw_only=True)
class MailBatch:
    """A page of new messages and the cursor to store once they are safely recorded."""

    messages: tuple[RawMessage, ...]
    cursor: str | None  # opaque to the worker; None means "no cursor yet"
    more: bool = False  # call fetch again with `cursor` to continue
    full_sync: bool = False  # the page comes from a full scan, not an incremental one
    notes: tuple[str, ...] = ()  # things the run report should say (e.g. "cursor expired")


# --------------------------------------------------------------------------- CRM


class BounceStatus(enum.Enum):
    """The values of our status field on a contact."""

    BOUNCED = "bounced"  # hard bounce, or escalated soft bounces: no more email
    SOFT = "soft_bounced"  # soft bounces counted, still emailed
    RESEND = "resend"  # a CRM user asks for the same address to be re-enrolled
    REFUSED = "refused"  # the new address is itself known to hard-bounce


@dataclass(frozen=True, slots=True, kw_only=True)
class Enrollment:
    """A contact's place in a sequence (HubSpot) or cadence (Salesforce, local)."""

    sequence_id: str
    sequence_name: str | None = None
    step: int | None = None  # 1-based current step, where the CRM says
    sender: str | None = None  # sender email address (HubSpot senderEmail)
    user_id: str | None = None  # owner / assignee (HubSpot userId, Salesforce OwnerId)
    tracker_id: str | None = None  # the enrollment's own id (Salesforce ActionCadenceTracker)


@dataclass(frozen=True, slots=True, kw_only=True)
class ContactRef:
    """Which CRM record a contact is: its id, and its object type where the CRM has several
    (Salesforce: Contact and Lead)."""

    id: str
    object_type: str = "contact"  # "contact" or "lead" (Salesforce)


@dataclass(frozen=True, slots=True, kw_only=True)
class Contact:
    """A CRM contact as the core needs to see it."""

    ref: ContactRef
    email: str | None  # the primary address
    emails: tuple[str, ...] = ()  # every address, primary first (secondary fields too)
    bounce_status: BounceStatus | None = None
    bounced_address: str | None = None
    soft_count: int = 0
    enrollments: tuple[Enrollment, ...] = ()  # active ones
    modified_at: datetime | None = None

    def __post_init__(self) -> None:
        _require_utc("modified_at", self.modified_at)
        email = normalise_address(self.email) if self.email else None
        emails = tuple(dict.fromkeys(normalise_address(e) for e in ((email,) if email else ()) + self.emails if e))
        object.__setattr__(self, "email", email)
        object.__setattr__(self, "emails", emails)
        if self.bounced_address:
            object.__setattr__(self, "bounced_address", normalise_address(self.bounced_address))


@dataclass(frozen=True, slots=True, kw_only=True)
class ChangeBatch:
    """Contacts carrying our bounce status that changed since the watcher's cursor."""

    contacts: tuple[Contact, ...]
    cursor: str | None  # store after the changes are handled
    more: bool = False


# --------------------------------------------------------------------------- actions
#
# The planner emits these; the outbox stores them; a CRM connector applies them.
# `key` makes each one idempotent: the same key applied twice leaves the same CRM state,
# and the outbox never runs a key that is already done.


@dataclass(frozen=True, slots=True, kw_only=True)
class MarkBounced:
    """Mark the contact bounced or soft-bounced where a rep sees it: the status, the address
    that bounced, the reason in words and the server's text, the soft count."""

    key: str
    contact: ContactRef
    status: BounceStatus  # BOUNCED or SOFT
    address: str  # the address that bounced
    hard: bool
    reason: str  # taxonomy name, e.g. "userunknown"
    reason_label: str  # plain words for the CRM user
    diagnostic: str  # the server's text, trimmed
    bounced_at: datetime
    soft_count: int = 0
    # The policy's soft-bounce window, for the note that explains an escalation ("3 soft
    # bounces in 30 days"); None in actions queued before it was carried.
    soft_window_days: int | None = None

    def __post_init__(self) -> None:
        _require_utc("bounced_at", self.bounced_at)


@dataclass(frozen=True, slots=True, kw_only=True)
class Unenroll:
    """Remove from every active sequence; the result lists what was removed."""

    key: str
    contact: ContactRef
    enrollments: tuple[Enrollment, ...] = ()  # as last seen; the connector re-reads if needed


@dataclass(frozen=True, slots=True, kw_only=True)
class ClearBounce:
    """Clear our bounce fields (the address was fixed, a resend was asked for, or a person undid
    our call), with a note saying why."""

    key: str
    contact: ContactRef
    note: str = ""  # why (written where the CRM has a place for it)


@dataclass(frozen=True, slots=True, kw_only=True)
class Reenroll:
    """Enroll again in the sequences the contact was removed from, at each enrollment's
    `step` where the CRM can enroll at a step (the local CRM), else at step one (HubSpot,
    Salesforce: their APIs start a sequence at its first step)."""

    key: str
    contact: ContactRef
    enrollments: tuple[Enrollment, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Flag:
    """Write a status and note on the contact without touching sequences
    (e.g. REFUSED: the new address is known to hard-bounce)."""

    key: str
    contact: ContactRef
    status: BounceStatus
    note: str


Action = MarkBounced | Unenroll | ClearBounce | Reenroll | Flag


class Outcome(enum.Enum):
    """How one action ended in the CRM: the outbox is done with DONE, keeps RETRY for the next
    attempt, and records FAILED and SKIPPED."""

    DONE = "done"
    RETRY = "retry"  # transient: leave it in the outbox for the next attempt
    FAILED = "failed"  # permanent for this action: record and move on
    SKIPPED = "skipped"  # nothing to do (contact gone, already unenrolled, ...)


@dataclass(frozen=True, slots=True, kw_only=True)
class ApplyResult:
    """The CRM's answer for one action, by its key: the outcome, the error in words (no secrets),
    what an Unenroll removed (to restore later) and the wait the CRM asked for."""

    key: str
    outcome: Outcome
    error: str | None = None  # no secrets
    removed: tuple[Enrollment, ...] = ()  # for Unenroll: what was removed, to restore later
    retry_after: float | None = None


# --------------------------------------------------------------------------- history values
#
# The planner decides these (the worker only carries them to the store); the state store keeps
# them as text and filters on them. StrEnum: the stored text is the value, and an enum member compares equal to it.


class LedgerStatus(enum.StrEnum):
    """What became of one message in the ledger (ledger.status)."""

    CLASSIFIED = "classified"  # a trusted bounce, planned
    NOT_BOUNCE = "not_bounce"  # ordinary mail, an auto-reply or a delivery report
    UNCLASSIFIABLE = "unclassifiable"  # the classifier failed; raw kept to reclassify
    UNVERIFIED = "unverified"  # a bounce the policy does not trust (not sent by the mailbox)


class BounceOutcome(enum.StrEnum):
    """What the planner did about one bounced address (bounces.outcome)."""

    MARKED = "marked"  # hard bounce: contact marked bounced and unenrolled
    ESCALATED = "escalated"  # soft bounces reached the threshold: as MARKED
    ALREADY = "already"  # the contact already showed this bounce
    SOFT = "soft"  # counted soft bounce, contact still emailed
    UNMATCHED = "unmatched"  # no CRM contact has the address
    UNVERIFIED = "unverified"  # not trusted by the policy: history only
    SENDER = "sender"  # the sender's fault (blocklist, auth): says nothing of the recipient
    DELAYED = "delayed"  # a delay report the policy does not count
    FORGIVEN = "forgiven"  # a CRM user asked to resend: no longer marks the contact
    REFUSED = "refused"  # the contact got an address known to hard-bounce: flagged, unenrolled


# The contact was marked bounced for the address: done, not marked again.
MARKED_OUTCOMES = (BounceOutcome.MARKED, BounceOutcome.ESCALATED, BounceOutcome.ALREADY,
                   BounceOutcome.REFUSED)
# The bounce touched the contact's record (what the watcher answers when the contact changes).
CONTACT_OUTCOMES = MARKED_OUTCOMES + (BounceOutcome.SOFT, BounceOutcome.FORGIVEN)
# What a bounce is evidence of (known-bad, bounce rate, soft count) is the planner's rule
# (sync/planner/rules.py: evidence); the store keeps the answer in columns of its own.


class AlertKind(enum.StrEnum):
    """Why a mailbox raised an alert (alerts.kind)."""

    SENDER = "sender"  # mail refused because of the sender (reason: the taxonomy name)
    BOUNCE_RATE = "bounce_rate"  # too many hard bounces in the window (reason: "bounce_rate")

    def tag(self, mailbox: str, reason: str | None = None) -> str:
        """How PlannerState.alerted names an alert already raised, for the planner's
        once-only rule: per mailbox for the bounce rate, per mailbox and reason for
        sender-side refusals. The store's alert memory answers in the same tags."""
        if self is AlertKind.BOUNCE_RATE:
            return f"{mailbox}:{self.value}"
        return f"{mailbox}:{self.value}:{reason}"


# A relay alert's reason is this prefix and the host (sync/planner/relay.py raises it; the store's
# alert memory finds a mailbox's open relay alerts by it): one home for both.
RELAY_REASON_PREFIX = "relay:"


# --------------------------------------------------------------------------- leases


@dataclass(frozen=True, slots=True, kw_only=True)
class Fence:
    """What a fenced transaction checks: the named lease is still `owner`'s, same token.
    The LeaseKeeper hands it out, the worker passes it along, the store checks it; a worker
    whose lease changed hands therefore records nothing more (sync/leases.py)."""

    name: str
    owner: str
    token: int
    seconds: int
