"""Every HubSpot request goes through `Http.call`: HubSpot's own pacing before each attempt,
the shared retry loop around it (`connectors.http`), and one translation of the SDK's
exceptions into our errors. Nothing above this module sees a vendor exception or the token.

The pacing is HubSpot's alone: a not-before time per bucket (search, everything else) set by
a Retry-After, search's per-second gap (search answers carry no rate-limit headers), and
X-HubSpot-RateLimit-Remaining read from each answer so we slow down before a 429, not after.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Any

import urllib3
from hubspot.crm.contacts import exceptions as contact_errors
from hubspot.crm.properties import exceptions as property_errors

from connectors.http import (
    FenceHook, Transient, call_with_retries, lower_headers, retry_after_seconds,
)
from connectors.hubspot.settings import TOKEN_SETTING, Settings
from sync.errors import AuthError, Permanent, QuotaExhausted, Retryable

log = logging.getLogger(__name__)

BACKOFF_BASE = 0.5  # seconds: the first wait without Retry-After is 0.25-0.5 s
_API_ERRORS = (contact_errors.OpenApiException, property_errors.OpenApiException)


class Refused(Permanent):
    """A 4xx the caller may want to handle (400 to bisect, 404, 409); any other caller lets
    it surface as the Permanent it is."""

    def __init__(self, message: str, *, status: int, category: str | None) -> None:
        super().__init__(message)
        self.status, self.category = status, category


class MissingSetup(Permanent):
    """HubSpot lacks what `bounce-sync setup` installs (our contact properties): the run
    stops with "run `bounce-sync setup`" and exit status 2; the actions wait in the outbox.
    `properties` names the ones HubSpot said are missing (a writer may do without an
    optional one until the next setup)."""

    def __init__(self, message: str, *, properties: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.properties = properties


class Http:
    """The one way out to HubSpot. The SDK's own urllib3 retries are off (they skip POST and
    raise MaxRetryError), so the shared loop in `call` is the only retry loop."""

    def __init__(self, settings: Settings, sleep: Callable[[float], None] = time.sleep) -> None:
        self._timeout = (min(10.0, settings.timeout), settings.timeout)
        self._search_gap = 1.0 / settings.search_rate
        self._max_attempts = settings.max_attempts
        self._sleep = sleep
        self._lock = threading.Lock()
        self._next_search = 0.0
        self._remaining: int | None = None  # ten-secondly bucket, as last reported
        self._window = 10.0
        self._sent: deque[float] = deque(maxlen=1000)  # our own send times
        # The time a Retry-After asked us to wait until, per bucket (search or the rest). It
        # outlives the call that got it: a call that gave up after its last 429 must not let
        # the next call (the next chunk, the next stage) go out before then.
        self._not_before = {False: 0.0, True: 0.0}
        self.requests = 0  # sent, retries included (benchmarks read it)
        self.fence = FenceHook()  # the outbox's lease check, while an apply runs

    def fenced(self, fence: Callable[[], None] | None) -> contextlib.AbstractContextManager[None]:
        """While the block runs, `fence()` is called before every request this thread
        sends (each retry too, after any wait): nothing more goes out once the lease is lost."""
        return self.fence.fenced(fence)

    def call(self, what: str, fn: Callable[..., Any], *args: Any, search: bool = False,
             **kwargs: Any) -> tuple[Any, int]:
        """(data, status) of one SDK `*_with_http_info` call; `what` names it in errors.
        `search` puts it in the search bucket, which HubSpot limits per second on its own."""
        kwargs["_request_timeout"] = self._timeout
        return call_with_retries(lambda: self._once(what, fn, args, kwargs, search), what=what,
                                 max_attempts=self._max_attempts, base=BACKOFF_BASE,
                                 sleep=self._sleep, log=log)

    def _once(self, what: str, fn: Callable[..., Any], args: tuple, kwargs: dict,
              search: bool) -> tuple[Any, int]:
        self._pace(search)
        self.fence.check()  # after the wait: a lease can be lost while we sleep out a Retry-After
        self.requests += 1
        try:
            data, status, headers = fn(*args, **kwargs)
        except _API_ERRORS as exc:
            self._note_limits(getattr(exc, "headers", None))
            error = translate(what, exc)
            if isinstance(error, Retryable) and error.retry_after is not None:
                with self._lock:
                    self._not_before[search] = max(self._not_before[search],
                                                   time.monotonic() + error.retry_after)
            raise error from exc
        except urllib3.exceptions.HTTPError as exc:  # timeouts, resets, refused connections
            raise Transient(f"HubSpot {what}: {type(exc).__name__} (no answer)") from exc
        self._note_limits(headers)
        return data, status

    def _pace(self, search: bool) -> None:
        with self._lock:
            now = time.monotonic()
            start = max(now, self._not_before[search])
            if search:  # search has its own per-second limit and no headers to read
                start = max(start, self._next_search)
                self._next_search = start + self._search_gap
            elif self._remaining is not None and self._remaining <= 1:
                # The rolling bucket is (nearly) dry: wait until our oldest request in the
                # window leaves it (a whole window if the others were another app's).
                recent = [t for t in self._sent if t > now - self._window]
                start = (recent[0] if recent else now) + self._window
                self._remaining = None  # the next answer tells
            if not search:
                self._sent.append(start)
        if start > now:
            self._sleep(start - now)

    def _note_limits(self, headers: Any) -> None:
        """Read X-HubSpot-RateLimit-Remaining so we slow down before a 429, not after."""
        headers = lower_headers(headers)
        try:
            remaining = int(headers.get("x-hubspot-ratelimit-remaining"))
            window = int(headers.get("x-hubspot-ratelimit-interval-milliseconds")) / 1000
        except (TypeError, ValueError):
            return  # search answers carry no ten-secondly headers
        with self._lock:
            self._remaining, self._window = remaining, window


def translate(what: str, exc: Any) -> Exception:
    """The SDK's exception as one of ours: `Transient` (tried again here), `QuotaExhausted`
    (the daily limit: stop for this run), `AuthError` naming the setting to fix, or
    `Refused` with the status for the callers that handle a 4xx."""
    status = int(getattr(exc, "status", 0) or 0)
    body = _body(exc)
    headers = lower_headers(getattr(exc, "headers", None))
    message = str(body.get("message") or getattr(exc, "reason", "") or "no message")[:300]
    category = body.get("category")
    if status == 429:
        policy = body.get("policyName", "")
        if policy == "DAILY":
            return QuotaExhausted(f"HubSpot daily API limit reached during {what}; "
                                  "work waits for the next run")
        retry_after = retry_after_seconds(headers.get("retry-after"))
        if retry_after is None:
            interval = _float(headers.get("x-hubspot-ratelimit-interval-milliseconds"))
            retry_after = interval / 1000 if interval else 1.0  # SECONDLY: about a second
        return Transient(f"HubSpot {what}: rate limited ({policy or 'unknown policy'})",
                         retry_after=retry_after)
    if status == 0 or status >= 500 or status == 423:
        return Transient(f"HubSpot {what}: HTTP {status or 'error'} {message}",
                         retry_after=2.0 if status == 423 else None)
    if status == 401:
        return AuthError(f"HubSpot rejected the access token during {what} ({category or 401})",
                         setting=TOKEN_SETTING)
    if status == 403 and category == "MISSING_SCOPES":
        scopes = sorted({s for e in body.get("errors") or [] if isinstance(e, dict)
                         for s in (e.get("context") or {}).get("requiredGranularScopes") or []})
        return AuthError(f"HubSpot private app lacks scopes {', '.join(scopes) or '(unnamed)'} "
                         f"needed for {what}: add them in the app's settings",
                         setting=TOKEN_SETTING)
    full = str(body.get("message") or "")
    if status == 400 and "PROPERTY_DOESNT_EXIST" in full:
        # Our custom properties are not installed: every write would fail the same way, so
        # this is a setup error for the whole run (exit 2), not one failed action per contact.
        names = sorted(set(re.findall(r'Property \\?"([^"\\]+)\\?" does not exist', full)))
        return MissingSetup(f"HubSpot {what}: the contact properties {', '.join(names) or '(unnamed)'} "
                            "do not exist; run `bounce-sync setup` (it creates them), then "
                            "`bounce-sync run` applies what waits", properties=tuple(names))
    return Refused(f"HubSpot {what}: HTTP {status} {category or ''} {message}".strip(),
                   status=status, category=category)


def _body(exc: Any) -> dict[str, Any]:
    raw = getattr(exc, "body", None)
    if isinstance(raw, bytes):
        raw = raw.decode("utf-8", "replace")
    try:
        body = json.loads(raw) if raw else {}
    except ValueError:
        return {}  # 404 by idProperty answers HTML (api §1)
    return body if isinstance(body, dict) else {}


def _float(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None
