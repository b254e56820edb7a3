"""The one HTTP seam the vendor connectors share: which failures are worth another try, how
long to wait before it, and the small helpers every batch API needs.

Each vendor connector keeps only what is truly its own: how to read the vendor's error into
one of our errors (`sync.errors`, or `Transient` for "try again"), and its pacing (Gmail's
quota budget, HubSpot's rate-limit headers). The retry loop, the backoff formula and the
Retry-After rule live here once, so a fix to one of them reaches Gmail, HubSpot and
Salesforce alike.

The formula: the n-th wait is `min(cap, base * 2**(n-1))`, spread by jitter over its upper
half so that several workers that failed together do not retry together, and never shorter
than the server's Retry-After. A Retry-After longer than `max_wait` is not slept through:
the call gives up at once and the run leaves the work for the next one (cron's interval is
then the backoff).
"""

from __future__ import annotations

import contextlib
import logging
import random
import threading
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar

import tenacity

from sync.errors import Retryable

T = TypeVar("T")

BACKOFF_CAP = 60.0  # seconds: no single wait without Retry-After is longer
MAX_WAIT = 300.0  # seconds: a Retry-After beyond this ends the call instead of sleeping


class FenceHook:
    """The outbox's lease check, held while an apply runs (sync.ports.FencedApply). A
    connector calls `check()` before every request it sends, retries and logins included,
    so a worker whose lease was taken over (killed, or paused and resumed) sends nothing
    more: `fence()` raises LeaseLost. Per thread, since a connector may serve several."""

    def __init__(self) -> None:
        self._local = threading.local()

    @contextlib.contextmanager
    def fenced(self, fence: Callable[[], None] | None) -> Iterator[None]:
        """While the block runs, `check()` calls `fence`."""
        previous = getattr(self._local, "check", None)
        self._local.check = fence
        try:
            yield
        finally:
            self._local.check = previous

    def check(self) -> None:
        """Call the fence, if an apply set one: raises LeaseLost when the lease is gone."""
        fence = getattr(self._local, "check", None)
        if fence is not None:
            fence()


class Transient(Retryable):
    """A failure worth another try inside the call (429, 5xx, rate-limit 403, timeouts,
    dropped connections). `retry_after` is the server's wish, in seconds, when it said one."""


def backoff(attempt: int, *, base: float, retry_after: float | None = None,
            cap: float = BACKOFF_CAP, jitter: Callable[[], float] = random.random) -> float:
    """Seconds to wait after failed attempt number `attempt` (1 = the first)."""
    wait = min(cap, base * 2 ** (attempt - 1)) * (0.5 + jitter() / 2)
    return wait if retry_after is None else max(wait, retry_after)


def call_with_retries(call: Callable[[], T], *, what: str, max_attempts: int, base: float,
                      sleep: Callable[[float], None], log: logging.Logger | None = None,
                      max_wait: float = MAX_WAIT) -> T:
    """Run `call` until it returns, raises something other than `Transient`, or has failed
    `max_attempts` times. A call that gives up raises `Retryable` (not `Transient`), so an
    outer retry loop never multiplies this one's tries."""

    def wait(state: tenacity.RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        return backoff(state.attempt_number, base=base, retry_after=getattr(exc, "retry_after", None))

    def stop(state: tenacity.RetryCallState) -> bool:
        exc = state.outcome.exception() if state.outcome else None
        too_long = (getattr(exc, "retry_after", None) or 0) > max_wait
        return state.attempt_number >= max_attempts or too_long

    def before_sleep(state: tenacity.RetryCallState) -> None:
        if log is not None:
            exc = state.outcome.exception() if state.outcome else None
            log.info("%s: %s; retry %d", what, exc, state.attempt_number)

    retrying = tenacity.Retrying(retry=tenacity.retry_if_exception_type(Transient), wait=wait,
                                 stop=stop, sleep=sleep, reraise=True, before_sleep=before_sleep)
    try:
        return retrying(call)
    except Transient as exc:
        raise Retryable(f"{exc} (gave up)", retry_after=exc.retry_after) from exc.__cause__


def retry_after_seconds(value: Any, *, now: datetime | None = None) -> float | None:
    """A Retry-After header in seconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3);
    None when absent or unreadable (the caller's backoff applies)."""
    if value is None:
        return None
    text = str(value).strip()
    try:
        return max(0.0, float(text))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())


def lower_headers(raw: Any) -> dict[str, str]:
    """Header names lower-cased: urllib3 gives an HTTPHeaderDict, httplib2 a dict, a vcrpy
    replay a list of pairs."""
    if not raw:
        return {}
    items = raw.items() if hasattr(raw, "items") else raw
    return {str(k).lower(): str(v) for k, v in items}


def chunks(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    """Consecutive slices of at most `size` items: one batch request each."""
    for i in range(0, len(items), size):
        yield items[i:i + size]


def iso_millis(when: datetime) -> str:
    """UTC ISO 8601 with milliseconds and a Z, the form both CRMs' APIs accept and return."""
    ms = int(when.timestamp() * 1000)
    return datetime.fromtimestamp(ms / 1000, timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"
