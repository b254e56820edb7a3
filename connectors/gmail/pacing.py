"""Gmail's own pacing: the per-user quota is counted in units over a moving minute, so the
source spends at most a share of it in any 60 seconds instead of running into 429s.

This is the one part of Gmail's HTTP behaviour that is not shared with the other vendor
connectors (`connectors.http` holds the retry policy): it runs inside each attempt, before
the request is sent, so a retried call is paced like a first one.

The share adapts: the per-method unit costs and the per-user quota are published figures
that Google has changed before, and other clients of the same user spend from the same
quota. So when Gmail answers `rateLimitExceeded` anyway, the budget halves its share (never
below a twentieth of it) and grows back linearly over `RECOVERY` seconds without another
refusal: a wrong `unit_costs` figure costs a few retries, not a run of 429s.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

__all__ = ["MinuteBudget"]


class MinuteBudget:
    """Paces calls under Gmail's per-user quota, which is counted over a moving minute.

    A call may go when the units spent in the last 60 seconds plus its own stay within
    `fraction` of the quota (default 0.95: the rest is slack for clock differences and for
    other clients of the same user). So a run may burst up to that whole share at once, and
    after that it goes on at the share per minute, as spent units age out of the window
    (on average quota * fraction / 60 per second). A token bucket with that burst and that
    refill would let up to twice the quota through within one minute (a full burst, then a
    minute of refill) and earn 429s; counting the window itself cannot.

    After `throttled()` (Gmail said rateLimitExceeded) the share is halved, down to at least
    `FLOOR` of the configured one, and grows back linearly to it over `RECOVERY` seconds."""

    WINDOW = 60.0
    RECOVERY = 600.0  # seconds from the floor back to the whole share, without a refusal
    FLOOR = 0.05  # the smallest share left after refusals, as a part of the configured one

    def __init__(self, units_per_minute: float, *, fraction: float = 0.95,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.nominal = units_per_minute * fraction  # the configured share: the most any 60 s may see
        self._low = self.nominal  # the share right after the last refusal
        self._low_at: float | None = None  # when that refusal came (None: never)
        self._spent: deque[tuple[float, float]] = deque()  # (sent at, units), oldest first
        self._total = 0.0
        self._clock, self._sleep = clock, sleep
        self.waited = 0.0
        self.refusals = 0  # rateLimitExceeded answers seen, for reports and tests

    @property
    def capacity(self) -> float:
        """The share in force now: the configured one, or less for a while after a refusal."""
        if self._low_at is None:
            return self.nominal
        grown = (self._clock() - self._low_at) * self.nominal / self.RECOVERY
        return min(self.nominal, self._low + grown)

    @property
    def rate(self) -> float:
        """The sustained pace the share allows, in units per second."""
        return self.capacity / self.WINDOW

    def throttled(self) -> None:
        """Gmail refused a call with rateLimitExceeded: halve the share in force now."""
        self.refusals += 1
        self._low = max(self.nominal * self.FLOOR, self.capacity / 2)
        self._low_at = self._clock()

    def _expire(self, now: float) -> None:
        while self._spent and self._spent[0][0] + self.WINDOW <= now:
            self._total -= self._spent.popleft()[1]
        if not self._spent:
            self._total = 0.0  # no float drift left over

    def take(self, units: float) -> float:
        """Wait until `units` may be spent, spend them; returns the seconds waited. A call
        bigger than the whole share waits for an empty window and goes alone."""
        waited = 0.0
        while True:
            now = self._clock()
            self._expire(now)
            capacity = self.capacity
            excess = self._total + min(units, capacity) - capacity
            if excess <= 1e-9:
                break
            freed, until = 0.0, now
            for at, spent in self._spent:  # the earliest moment enough has aged out
                freed += spent
                until = at + self.WINDOW
                if freed >= excess - 1e-9:
                    break
            wait = max(until - now, 1e-3)
            self._sleep(wait)
            waited += wait
        self._spent.append((now, units))
        self._total += units
        self.waited += waited
        return waited
