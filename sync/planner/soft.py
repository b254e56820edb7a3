"""Soft-bounce escalation: N counted soft bounces of one address within M days make it
bounced (policy soft_bounce_threshold / soft_bounce_window_days).

Decided from the dates of the bounces, never from the order they arrive in: a first scan
may deliver the newest pages first, and an older page may be read after newer ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sync.policy import Policy


@dataclass(frozen=True, slots=True, kw_only=True)
class SoftDecision:
    """What the soft bounces of one address decide: escalate or not, the bounce whose mark
    the contact shows (`at`), and the count written with it."""

    escalate: bool
    at: datetime
    count: int


def soft_decision(times: Sequence[datetime], at: datetime, policy: Policy) -> SoftDecision | None:
    """What the counted soft bounces at `times` decide, whatever order they came in.
    Escalated when some bounce has `threshold` counted soft bounces within the window
    ending at it; the mark is then the earliest such bounce's. Otherwise the mark is the
    newest bounce's, with the count in its window. None: the bounce at `at` changes
    nothing the contact shows (it does not count, or it is older than the newest bounce's
    window), so nothing is written."""
    times = sorted(times)
    if at not in times:
        return None
    window = timedelta(days=policy.soft_bounce_window_days)

    def count(end: datetime) -> int:
        return sum(1 for t in times if end - window < t <= end)

    for t in times:
        n = count(t)
        if n >= policy.soft_bounce_threshold:
            return SoftDecision(escalate=True, at=t, count=n)
    newest = times[-1]
    if at <= newest - window:
        return None
    return SoftDecision(escalate=False, at=newest, count=count(newest))


def older_than_life(last_life: datetime | None, at: datetime) -> bool:
    """A soft bounce strictly older than the address's latest sign of life never counts;
    one at the same time was seen before it (a page's reply and bounce share its clock)."""
    return last_life is not None and at < last_life
