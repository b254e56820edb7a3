"""What the planner is told (observations) and what it remembers (`PlannerState`).

The worker and the watcher build observations; the store's read model builds the state
from the history the planner wrote earlier (sync/store/readmodel.py). Both are plain data:
the rules that read them live in the planner's other modules.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from classifier.origin import Origin
from classifier.records import Classification
from sync.records import Contact, Enrollment, SentMessage


@dataclass(frozen=True, slots=True, kw_only=True)
class MessageSeen:
    """One classified message from a mailbox, with the CRM contacts matching its addresses
    (looked up by the worker): the mail stage's only input to `plan`."""

    mailbox: str
    message_id: str  # id within the source (ledger key with mailbox)
    classification: Classification
    at: datetime  # when the message arrived (received_at, or the run's now)
    contacts: tuple[Contact, ...] = ()  # CRM contacts matching any of its addresses
    from_address: str | None = None  # From header, for ordinary mail (a sign of life)
    # Trust evidence (sync/planner/trust.py): could the source look up its sent mail, and
    # the original as found there (None: not sent from this mailbox, or nothing quoted).
    sent_lookup: bool = False
    sent: SentMessage | None = None
    provider: str | None = None  # "google" (Gmail, Google Workspace) or "domain"; None: by address
    mailbox_address: str | None = None  # the mailbox's own address (its domain, its provider)
    trusted_by: str | None = None  # a person applied this bounce (`apply-unverified`)
    # A reply's evidence (trust.reply_verdict), gathered only when its From may have bounced:
    # its header facts (None: not gathered) and the sent messages its In-Reply-To/References
    # name, as found in this mailbox's sent mail.
    reply_origin: Origin | None = None
    answers: tuple[SentMessage, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class ContactChanged:
    """One contact carrying our bounce status that the watcher saw change: how a person
    fixing an address in the CRM reaches the planner."""

    contact: Contact  # as the CRM shows it now (email, bounce status, bounced address)


@dataclass(frozen=True, slots=True, kw_only=True)
class HoldsKnownBad:
    """A contact the known-bad check found holding an address known to hard-bounce
    (sync/known_bad.py looks the addresses up): how a contact that got such an address by
    an edit, a creation or an import reaches the planner."""

    contact: Contact


Observation = MessageSeen | ContactChanged | HoldsKnownBad


@dataclass(frozen=True, slots=True, kw_only=True)
class PastBounce:
    """One recorded bounce for a contact (from the bounce history): the watcher needs the
    bounce a change answers, and a late soft bounce needs the mark of the one that decides."""

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
    - known_hard: address -> reason, for addresses that hard-bounced from any mailbox
      (within policy known_bad_days: `Recall.known_bad_since`);
    - known_hard_at: address -> when that hard bounce happened, and known_hard_from: which
      message ("mailbox/message id") taught it (notes name the bounce; a later reply wins);
    - done: (address, contact id) pairs already marked bounced and unenrolled;
    - removed: contact id -> enrollments removed when it was unenrolled (for re-enrolling);
    - last_bounce: contact id -> its latest bounce that marked it (for the watcher);
    - hard_in_window / sent_in_window: mailbox -> figures for the bounce-rate alert;
    - alerted: tags (AlertKind.tag) of alerts not to raise again (sync/planner/alerts.py).
    """

    crm: str
    soft_bounces: Mapping[str, tuple[datetime, ...]] = field(default_factory=dict)
    known_hard: Mapping[str, str] = field(default_factory=dict)
    done: frozenset[tuple[str, str]] = frozenset()
    removed: Mapping[str, tuple[Enrollment, ...]] = field(default_factory=dict)
    last_bounce: Mapping[str, PastBounce] = field(default_factory=dict)
    hard_in_window: Mapping[str, int] = field(default_factory=dict)
    sent_in_window: Mapping[str, int | None] = field(default_factory=dict)
    alerted: frozenset[str] = frozenset()
    soft_details: Mapping[str, tuple[PastBounce, ...]] = field(default_factory=dict)
    last_life: Mapping[str, datetime] = field(default_factory=dict)
    known_hard_at: Mapping[str, datetime] = field(default_factory=dict)
    known_hard_from: Mapping[str, str] = field(default_factory=dict)
