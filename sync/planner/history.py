"""What the planner asks the store to remember: history records.

A history record is what `plan` decided about the past (a bounce and what was done about
it, a sign of life, a forgiven address); the store writes it as typed, and reads it back
into a `PlannerState`. (The classifier's `classifier.formats.Fact`, what one bounce format
read about one recipient, is another thing; hence "record" here.)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sync.planner.rules import evidence
from sync.records import BounceOutcome, ContactRef, SentMessage


@dataclass(frozen=True, slots=True, kw_only=True)
class BounceRecord:
    """A bounce to keep in the history, whether or not it led to a CRM action. `outcome`
    says what the planner did about it, and the three flags what it is evidence of
    (sync/planner/rules.py: evidence); the store filters on those, never re-deciding."""

    address: str
    contact: ContactRef | None
    mailbox: str
    message_id: str
    reason: str
    hard: bool  # hard and not a delay (rules.is_hard)
    scope: str
    diagnostic: str
    at: datetime
    outcome: BounceOutcome
    known_bad: bool
    counts_for_rate: bool
    counts_soft: bool
    # The sent original this bounce answers, as the mailbox's sent mail shows it (None / "":
    # not found there): a bounce rate per period counts a bounce in the period its original
    # was sent, against the mail sent then (sync/insight/report.py).
    sent_at: datetime | None = None
    original_id: str = ""


def bounce_record(*, address: str, contact: ContactRef | None, mailbox: str, message_id: str,
                  reason: str, hard: bool, scope: str, diagnostic: str, at: datetime,
                  outcome: BounceOutcome, sent: SentMessage | None = None) -> BounceRecord:
    """A BounceRecord with its evidence decided by the planner's rule, so no caller (nor a
    test builder) sets the flags by hand; `sent`: the original found in the sent mail."""
    outcome = BounceOutcome(outcome)
    e = evidence(hard=hard, scope=scope, outcome=outcome)
    return BounceRecord(address=address, contact=contact, mailbox=mailbox, message_id=message_id,
                        reason=reason, hard=hard, scope=scope, diagnostic=diagnostic, at=at,
                        outcome=outcome, known_bad=e.known_bad, counts_for_rate=e.counts_for_rate,
                        counts_soft=e.counts_soft,
                        sent_at=sent.sent_at if sent is not None else None,
                        original_id=sent.message_id if sent is not None else "")


@dataclass(frozen=True, slots=True, kw_only=True)
class SignOfLife:
    """The address answered or accepted mail: its soft-bounce count starts again."""

    address: str
    at: datetime
    why: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Forgive:
    """Forget that `address` bounced: a CRM user asked to resend (or undo) for `contact`,
    or later evidence (a human reply after the hard bounce) showed the address works. The
    address is no longer known to hard-bounce; its soft bounces stop counting; the marks on
    `contact` (none when None: the address alone is forgiven) become `forgiven`."""

    address: str
    contact: ContactRef | None
    at: datetime
    why: str = "resend requested"


HistoryRecord = BounceRecord | SignOfLife | Forgive
