"""The classifier's result records: frozen, slotted, validated when built.

Everything downstream (planner, worker, CLI) reads these and nothing else from the
classifier, so the field names here are the contract.
"""

from __future__ import annotations

import enum
import re
import types
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TypeVar

from classifier.frozen import quick_init
from classifier.origin import Origin


class Reason(enum.Enum):
    """sisimai 5.1's reason vocabulary (shared/classifier/taxonomy.md §2)."""

    USERUNKNOWN = "userunknown"
    HOSTUNKNOWN = "hostunknown"
    HASMOVED = "hasmoved"
    NOTACCEPT = "notaccept"
    MAILBOXFULL = "mailboxfull"
    SUSPEND = "suspend"
    EXCEEDLIMIT = "exceedlimit"
    MESGTOOBIG = "mesgtoobig"
    FILTERED = "filtered"
    REJECTED = "rejected"
    BLOCKED = "blocked"
    BADREPUTATION = "badreputation"
    REQUIREPTR = "requireptr"
    AUTHFAILURE = "authfailure"
    NOTCOMPLIANTRFC = "notcompliantrfc"
    POLICYVIOLATION = "policyviolation"
    SPAMDETECTED = "spamdetected"
    VIRUSDETECTED = "virusdetected"
    CONTENTERROR = "contenterror"
    SECURITYERROR = "securityerror"
    NORELAYING = "norelaying"
    SYNTAXERROR = "syntaxerror"
    SYSTEMERROR = "systemerror"
    SYSTEMFULL = "systemfull"
    MAILERERROR = "mailererror"
    NETWORKERROR = "networkerror"
    TOOMANYCONN = "toomanyconn"
    SPEEDING = "speeding"
    EXPIRED = "expired"
    ONHOLD = "onhold"
    UNDEFINED = "undefined"
    # Not bounces (taxonomy §5).
    DELIVERED = "delivered"
    FEEDBACK = "feedback"
    VACATION = "vacation"

    # Members are singletons that compare by identity: hash them so. Enum's own __hash__ is a
    # Python-level hash of the name, and the reason rules test set membership some hundred
    # times per delivery (a slot wrapper is a descriptor, so this is no member).
    __hash__ = object.__hash__

    @classmethod
    def parse(cls, name: str) -> Reason:
        """Read a reason name, accepting newer sisimai aliases (taxonomy §3)."""
        name = name.strip().lower()
        return cls(_ALIASES.get(name, name))

    @property
    def is_bounce(self) -> bool:
        return self not in _NOT_BOUNCES

    @property
    def label(self) -> str:
        """Plain words for a CRM user."""
        return REASON_LABELS[self]


# The members as plain attributes, for code that names them per delivery: `Reason.X` goes
# through the enum's member descriptor, three times the cost of a namespace's attribute.
REASONS = types.SimpleNamespace(**Reason.__members__)
_NOT_BOUNCES = frozenset({Reason.DELIVERED, Reason.FEEDBACK, Reason.VACATION})
_ALIASES = {
    "emailtoolarge": "mesgtoobig",
    "ratelimited": "speeding",
    "failedstarttls": "systemerror",
    "suppressed": "filtered",
}

REASON_LABELS: dict[Reason, str] = {
    Reason.USERUNKNOWN: "Mailbox does not exist",
    Reason.HOSTUNKNOWN: "Domain does not exist",
    Reason.HASMOVED: "Mailbox has moved",
    Reason.NOTACCEPT: "Domain accepts no mail",
    Reason.MAILBOXFULL: "Mailbox full",
    Reason.SUSPEND: "Mailbox disabled or suspended",
    Reason.EXCEEDLIMIT: "Message exceeds a recipient limit",
    Reason.MESGTOOBIG: "Message too large",
    Reason.FILTERED: "Refused by the recipient's filter",
    Reason.REJECTED: "Sender address rejected",
    Reason.BLOCKED: "Sending server blocked",
    Reason.BADREPUTATION: "Sending server's reputation too low",
    Reason.REQUIREPTR: "Sending server has no reverse DNS",
    Reason.AUTHFAILURE: "SPF, DKIM or DMARC failure",
    Reason.NOTCOMPLIANTRFC: "Message breaks mail standards",
    Reason.POLICYVIOLATION: "Refused by the recipient's policy",
    Reason.SPAMDETECTED: "Rejected as spam",
    Reason.VIRUSDETECTED: "Rejected as malware",
    Reason.CONTENTERROR: "Malformed message content",
    Reason.SECURITYERROR: "Security requirement not met",
    Reason.NORELAYING: "Relaying denied",
    Reason.SYNTAXERROR: "Mail protocol error",
    Reason.SYSTEMERROR: "Recipient server error",
    Reason.SYSTEMFULL: "Recipient server out of space",
    Reason.MAILERERROR: "Recipient delivery program failed",
    Reason.NETWORKERROR: "Network or DNS problem",
    Reason.TOOMANYCONN: "Too many connections",
    Reason.SPEEDING: "Sending limit or rate reached",
    Reason.EXPIRED: "Delivery timed out",
    Reason.ONHOLD: "Undetermined (on hold)",
    Reason.UNDEFINED: "Unknown reason",
    Reason.DELIVERED: "Delivered",
    Reason.FEEDBACK: "Spam complaint or feedback report",
    Reason.VACATION: "Auto-reply",
}


class Scope(enum.Enum):
    """Who is at fault: the recipient's address/mailbox, or the sender."""

    RECIPIENT = "recipient"
    SENDER = "sender"


_STATUS = re.compile(r"[245]\.\d{1,3}\.\d{1,3}")
_REPLY = re.compile(r"[245]\d\d")


@quick_init
@dataclass(frozen=True, slots=True, kw_only=True)
class Delivery:
    """One recipient's outcome inside a bounce (or non-bounce report)."""

    address: str
    reason: Reason
    hard_bounce: bool
    permanent: bool
    scope: Scope = Scope.RECIPIENT
    action: str | None = None  # failed / delayed / delivered / relayed / expanded
    status: str | None = None  # RFC 3463, never a sisimai pseudo code
    reply_code: str | None = None  # SMTP three digits
    diagnostic: str | None = None
    remote_mta: str | None = None
    smtp_command: str | None = None
    feedback_type: str | None = None  # ARF only

    def __post_init__(self) -> None:
        object.__setattr__(self, "address", normalise_address(self.address))
        if self.status is not None and not _STATUS.fullmatch(self.status):
            raise ValueError(f"not an RFC 3463 status: {self.status!r}")
        if self.reply_code is not None and not _REPLY.fullmatch(self.reply_code):
            raise ValueError(f"not an SMTP reply code: {self.reply_code!r}")
        if self.hard_bounce and not self.reason.is_bounce:
            raise ValueError(f"{self.reason.value} cannot be a hard bounce")


@quick_init
@dataclass(frozen=True, slots=True, kw_only=True)
class Original:
    """Headers of the message that bounced, where the bounce carries them."""

    message_id: str | None = None
    from_: str | None = None
    to: str | None = None
    subject: str | None = None
    date: str | None = None


@quick_init
@dataclass(frozen=True, slots=True, kw_only=True)
class Classification:
    """What one message says. `deliveries` is empty for ordinary mail."""

    is_bounce: bool
    deliveries: tuple[Delivery, ...] = ()
    original: Original = field(default_factory=Original)
    format: str | None = None  # which format module recognised it
    error: str | None = None  # set when the message could not be parsed at all
    origin: Origin = field(default_factory=Origin)  # header facts for the trust rules (origin.py)

    def __post_init__(self) -> None:
        if self.is_bounce and not self.deliveries:
            raise ValueError("a bounce names at least one recipient")

    @property
    def reason(self) -> Reason | None:
        return self.deliveries[0].reason if self.deliveries else None


def normalise_address(address: str) -> str:
    """Strip brackets and whitespace; lowercase the domain (local parts are case-sensitive
    by RFC 5321, but every CRM treats them case-insensitively, so lowercase all)."""
    address = address.strip().strip("<>").strip()
    if address.lower().startswith("rfc822;"):
        address = address[7:].strip()
    return address.lower()


T = TypeVar("T")  # a table entry: a wording or a pattern


def merged(*tables: Mapping[Reason, tuple[T, ...]]) -> dict[Reason, tuple[T, ...]]:
    """One table from several: each reason's entries in the tables' order (how `classifier.phrases`
    adds the later finds of `classifier.wordings`, `mta_wordings` and `lexicon_more` to its own)."""
    out: dict[Reason, tuple[T, ...]] = {}
    for table in tables:
        for reason, entries in table.items():
            out[reason] = (*out.get(reason, ()), *entries)
    return out
