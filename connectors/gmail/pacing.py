"""Gmail's own pacing: the per-user quota is counted in units over a moving minute, so the
source spends at most a share of it in any 60 seconds instead of running into 429s.

This is the one part of Gmail's HTTP behaviour that is not shared with the other vendor
connectors (`connectors.http` holds the retry policy): it runs inside each attempt, before
the request is sent, so a retried call is paced like a first one.
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
    minute of refill) and earn 429s; counting the window itself cannot."""

    WINDOW = 60.0

    def __init__(self, units_per_minute: float, *, fraction: float = 0.95,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.capacity = units_per_minute * fraction  # the most any 60 s may see
        self.rate = self.capacity / self.WINDOW  # the sustained pace, per second
        self._spent: deque[tuple[float, float]] = deque()  # (sent at, units), oldest first
        self._total = 0.0
        self._clock, self._sleep = clock, sleep
        self.waited = 0.0

    def _expire(self, now: float) -> None:
        while self._spent and self._spent[0][0] + self.WINDOW <= now:
            self._total -= self._spent.popleft()[1]
        if not self._spent:
            self._total = 0.0  # no float drift left over

    def take(self, units: float) -> float:
        """Wait until `units` may be spent, spend them; returns the seconds waited. A call
        bigger than the whole share waits for an empty window and goes alone."""
        waited = 0.0
        need = min(units, self.capacity)
        while True:
            now = self._clock()
            self._expire(now)
            excess = self._total + need - self.capacity
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
