"""Gmail's HTTP: every API call goes through `GmailApi.run`, which paces it under the minute
budget, retries it with the shared policy of `connectors.http` and translates whatever the
Google client libraries raise into our errors, once, right at the call.

The client library's own `num_retries` stays 0 on purpose: it ignores Retry-After and would
multiply our tries. A caller that expects a status as an answer (history.list's 404 means the
cursor expired, labels.create's 409 means someone else made the label) says so with
`special`, so the translation produces the right error directly instead of the caller
digging through the translated error's cause.
"""

from __future__ import annotations

import json
import logging
import socket
from collections.abc import Callable, Mapping
from typing import Any

import google.auth.exceptions
import google_auth_httplib2
import httplib2
from googleapiclient.discovery import build
from googleapiclient.errors import HttpError

from connectors.gmail.auth import AUTH_COMMAND, CREDENTIALS_SETTING, short_scope
from connectors.gmail.pacing import MinuteBudget
from connectors.http import Transient, call_with_retries, retry_after_seconds
from sync.errors import AuthError, Permanent, QuotaExhausted

__all__ = ["GmailApi", "Special", "translate", "rate_limited", "scope_refused", "missing_scope_error",
           "MAX_WAIT"]

log = logging.getLogger(__package__)

# Status -> the error it means for this one call, built from the error's text.
Special = Mapping[int, Callable[[str], Exception]]

MAX_WAIT = 60.0  # a longer Retry-After is not slept through inside a cron run
_RATE_REASONS = frozenset({"rateLimitExceeded", "userRateLimitExceeded", "concurrentLimitExceeded",
                           "backendError"})
_SCOPE_REASONS = ("insufficientPermissions", "forbidden", "domainPolicy")
_MISSING_SCOPE_REASONS = frozenset({"insufficientPermissions", "ACCESS_TOKEN_SCOPE_INSUFFICIENT"})


def _reason(exc: HttpError) -> str:
    details = exc.error_details if isinstance(exc.error_details, list) else []
    for item in details:
        if isinstance(item, dict) and item.get("reason"):
            return str(item["reason"])
    try:
        errors = json.loads(exc.content or b"{}").get("error", {}).get("errors", [])
        return str(errors[0].get("reason", "")) if errors else ""
    except (ValueError, AttributeError):
        return ""


def rate_limited(exc: BaseException) -> bool:
    """Did Gmail refuse this call for the per-user or per-project rate (429, or a 403 whose
    reason says rate)? The budget shrinks on those, not on 5xx or daily-quota answers."""
    if not isinstance(exc, HttpError):
        return False
    reason = _reason(exc)
    return exc.status_code == 429 or (exc.status_code == 403 and reason in _RATE_REASONS - {"backendError"})


def scope_refused(exc: BaseException) -> bool:
    """Did Google refuse for want of a scope? A refresh asking for a scope the grant lacks is
    `invalid_scope`; a call is 403 insufficientPermissions (ErrorInfo reason
    ACCESS_TOKEN_SCOPE_INSUFFICIENT), or, for a gmail.metadata token, 403 forbidden "Metadata
    scope doesn't allow format RAW" / "does not support 'q' parameter"."""
    if isinstance(exc, google.auth.exceptions.RefreshError):
        data = exc.args[1] if len(exc.args) > 1 and isinstance(exc.args[1], dict) else {}
        return data.get("error") == "invalid_scope" or str(exc.args[0] if exc.args else "").startswith("invalid_scope")
    if not isinstance(exc, HttpError) or exc.status_code != 403:
        return False
    details = exc.error_details if isinstance(exc.error_details, list) else []
    reasons = {str(d.get("reason")) for d in details if isinstance(d, dict)} | {_reason(exc)}
    return bool(reasons & _MISSING_SCOPE_REASONS) or str(exc.reason or "").startswith("Metadata scope")


def missing_scope_error(what: str, needs: tuple[str, ...], granted: frozenset[str] | None) -> AuthError:
    """The AuthError that names the scope the token lacks (never "revoked": it is not)."""
    need = " or ".join(short_scope(s) for s in needs)
    has = f"it was granted {', '.join(sorted(short_scope(s) for s in granted))}" if granted else \
        "Google refused the scope bounce-sync asked for"
    return AuthError(f"Gmail {what}: the token lacks the {need} scope ({has}); run `{AUTH_COMMAND} "
                     "--client-secrets CLIENT.json --token-file TOKEN.json` again and allow read access "
                     "(a service account: add the scope to its domain-wide delegation)",
                     setting=CREDENTIALS_SETTING)


def _translate_http(exc: HttpError, what: str, special: Special) -> Exception:
    status, reason = exc.status_code, _reason(exc)
    text = f"Gmail {what}: HTTP {status} {reason or exc.reason}".strip()
    if status in special:
        return special[status](text)
    if status == 429 or status >= 500 or (status == 403 and reason in _RATE_REASONS):
        value = exc.resp.get("retry-after") if exc.resp is not None else None
        return Transient(text, retry_after=retry_after_seconds(value))
    if status == 403 and reason == "dailyLimitExceeded":
        return QuotaExhausted(f"{text}: the project's daily Gmail quota is spent; "
                              "the next run continues", retry_after=3600)
    if status == 401:
        return AuthError(f"{text}: the access token was refused even after a refresh",
                         setting=CREDENTIALS_SETTING)
    if status == 403 and reason in _SCOPE_REASONS:
        return AuthError(f"{text}: the credentials lack access to this mailbox (a Workspace policy, or "
                         f"a service account impersonating another user); `{AUTH_COMMAND}` as the mailbox",
                         setting=CREDENTIALS_SETTING)
    return Permanent(text)


def translate(exc: BaseException, what: str, special: Special | None = None) -> Exception:
    """Vendor error -> ours (`Transient` for "try again"). Messages carry no secrets."""
    if isinstance(exc, HttpError):
        return _translate_http(exc, what, special or {})
    if isinstance(exc, google.auth.exceptions.RefreshError):
        first = str(exc.args[0]) if exc.args else "refresh failed"
        if getattr(exc, "retryable", False):
            return Transient(f"Gmail token refresh: {first}")
        return AuthError(f"Gmail token refresh refused ({first}); the refresh token is revoked or "
                         f"expired: run `{AUTH_COMMAND}` again (a service account: check its "
                         "domain-wide delegation)", setting=CREDENTIALS_SETTING)
    if isinstance(exc, (google.auth.exceptions.TransportError, httplib2.HttpLib2Error, OSError,
                        socket.timeout)):
        return Transient(f"Gmail {what}: {type(exc).__name__}: {exc}")
    return exc if isinstance(exc, Exception) else RuntimeError(str(exc))


class GmailApi:
    """The Gmail service of one mailbox, with pacing, retries and translation around every
    call, so the reads above it deal only in our errors and never sleep on their own (except
    the batch re-queue, which retries parts, not calls)."""

    def __init__(self, *, credentials: Any, endpoint: str, batch_uri: str, timeout: float,
                 unit_costs: Mapping[str, int], budget: MinuteBudget, max_attempts: int,
                 backoff: float, sleep: Callable[[float], None], needs: tuple[str, ...] = (),
                 granted: frozenset[str] | None = None) -> None:
        self.endpoint, self.batch_uri, self.timeout = endpoint, batch_uri, timeout
        self.unit_costs, self.budget = unit_costs, budget
        self.max_attempts, self.backoff, self.sleep = max_attempts, backoff, sleep
        self._credentials = credentials
        self.needs, self.granted = needs, granted  # scopes, for naming the one a refusal lacks
        self._service: Any = None
        self.requests = 0  # HTTP requests made (a batch counts once), for reports and benchmarks

    @property
    def service(self) -> Any:
        """The googleapiclient resource, built on first use (no request before a call)."""
        if self._service is None:
            http = google_auth_httplib2.AuthorizedHttp(self._credentials, http=httplib2.Http(timeout=self.timeout))
            self._service = build("gmail", "v1", http=http, static_discovery=True, cache_discovery=False,
                                  client_options={"api_endpoint": self.endpoint})
        return self._service

    def run(self, what: str, call: Callable[[], Any], units: int, *, special: Special | None = None) -> Any:
        """Run `call` paced by the minute budget (each attempt pays its units), retried on
        `Transient` by the shared policy; gives up with `Retryable`."""

        def attempt() -> Any:
            self.budget.take(units)
            self.requests += 1
            try:
                return call()
            except Exception as exc:  # noqa: BLE001 - translated at the boundary, right here
                if rate_limited(exc):
                    self.budget.throttled()  # our share was too big for what Gmail counts
                if scope_refused(exc):
                    raise missing_scope_error(what, self.needs, self.granted) from exc
                raise translate(exc, what, special) from exc

        return call_with_retries(attempt, what=f"gmail {what}", max_attempts=self.max_attempts,
                                 base=self.backoff, sleep=self.sleep, log=log, max_wait=MAX_WAIT)

    def execute(self, what: str, request: Any, *, special: Special | None = None) -> dict:
        """One API request (`what` names its method in UNIT_COSTS), as `run`."""
        return self.run(what, lambda: request.execute(num_retries=0), self.unit_costs[what], special=special)
