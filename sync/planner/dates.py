"""When a message happened: the date every record of it carries (`MessageSeen.at`, a bounce's
`bounced_at` in the CRM, the soft-bounce window, a sign of life).

A message's dates are claims: the source's arrival time (Gmail internalDate, IMAP
INTERNALDATE, a Maildir file's time) can be set by whoever copied or imported the file, and a
bounce's Date and Received headers by whoever wrote it. A date in the future would hide every
later soft bounce behind it (a sign of life "after" them) and put a bounce out of every
window; one from 1971 would be written to the CRM as the bounce's date. So the date is the
first believable of the claims, in the order of how hard each is to fake:

    arrival (the source)  ->  newest Received header (our own server's stamp)  ->  Date header

where believable means between the lower bound and `now` (when the worker read it: nothing
arrives after that). The lower bound is the original's send time when the sent mail shows it
(a bounce cannot come before the mail it answers), else `floor` (a backfill's start), and
never before SANE_EPOCH. When no claim is believable, the date is clamped: a claim after `now`
becomes `now`; claims all too early become the lower bound (the send time, a backfill's
start), or `now` when only SANE_EPOCH bounds it (the message is new to us). A message with no
date at all happened `now`.

Why not "now minus the lookback window" as the floor without a send time: a first read of a
mailbox, an import, or history bringing old-dated mail would then lift years-old soft bounces
into the current window, where three of them escalate. Their own dates keep them out of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

__all__ = ["SANE_EPOCH", "DateClaims", "message_date"]

# No mailbox bounce-sync reads holds mail from before this that could concern a contact:
# a date before it is a broken clock or a forgery (the 1970s of a zeroed file time).
SANE_EPOCH = datetime(2000, 1, 1, tzinfo=timezone.utc)


@dataclass(frozen=True, slots=True, kw_only=True)
class DateClaims:
    """What a message and its source say about when it arrived (the worker reads them; the
    planner decides). All timezone-aware, or None where absent or unreadable."""

    arrival: datetime | None = None  # the source's (RawMessage.received_at)
    received: datetime | None = None  # the newest (topmost) Received header's date
    header: datetime | None = None  # the Date header

    def in_order(self) -> tuple[datetime, ...]:
        """The claims present, most trusted first."""
        return tuple(d for d in (self.arrival, self.received, self.header) if d is not None)


def message_date(claims: DateClaims, *, now: datetime, floor: datetime | None = None,
                 sent_at: datetime | None = None) -> datetime:
    """The message's date (see the module docstring): the first believable claim, else the
    most trusted one clamped between the lower bound and `now`; `now` without any claim.

    `sent_at`: when the original this bounce answers was sent, where the source's sent mail
    shows it (the sent lookup's send time; None where unknown); `floor`: the earliest date
    the read can bring (a backfill's `since`)."""
    known = max((d for d in (floor, sent_at) if d is not None), default=None)
    if known is not None and known > now:  # a bound "after" now is itself a broken clock
        known = None
    lower = max(SANE_EPOCH, known) if known is not None else SANE_EPOCH
    claims_present = claims.in_order()
    for claim in claims_present:
        if lower <= claim <= now:
            return claim
    if not claims_present or claims_present[0] > now:
        return now
    # Every claim is too early: the send time (or the backfill's start) is the earliest the
    # message can be; with neither, a date before SANE_EPOCH says nothing, and the message is
    # new to us: it happened by the time we read it.
    return known if known is not None else now
