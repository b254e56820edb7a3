"""Gmail mail source: bounces from a Gmail / Google Workspace mailbox through the Gmail API.

Settings (the mailbox's table in the config file):

    address            the mailbox (required); check() proves the credentials open this one
    credentials        an authorized-user JSON (with a refresh token, as `authorize()` or
                       InstalledAppFlow stores it) or a service-account key JSON; a path
                       (relative to the config's folder) or a Secret holding the JSON text or
                       the path (required)
    delegated_user     service accounts only: the user to impersonate through domain-wide
                       delegation (default: `address`)
    query              Gmail search for bounces (default DEFAULT_QUERY: the usual NDR senders
                       and subjects, in every label, never sent mail, drafts or chats)
    api_endpoint       TESTS ONLY (the fake server); default "https://gmail.googleapis.com/".
                       Batches follow it (the client library's own batch URI would not,
                       googleapis/google-api-python-client#1107)
    token_uri          TESTS ONLY: overrides the OAuth token endpoint; default: the JSON's own
    quota_units_per_minute  per-user quota, default 6000 (projects created from 2026-05-01),
                       counted by Gmail over a moving minute
    quota_fraction     share of that quota any 60 seconds of ours may spend, above 0 and at
                       most 1 (default 0.95): a run bursts up to it, then goes on at that
                       share per minute; the rest is slack for other clients of the user
    unit_costs         per-method units, e.g. {"messages.get" = 20}; defaults in UNIT_COSTS
    batch_size         messages.get calls per batch, 1..50 (default 50)
    label_processed    optional label name put on every fetched bounce (needs gmail.modify)
    verify             "lookup" (default), "thread" or "off": how `sent_by_mailbox` is decided
    timeout            seconds per HTTP request (default 60)
    max_attempts       tries per call before giving up with Retryable (default 5)
    backoff_seconds    first retry wait; doubles with jitter up to 32 s (default 1.0)
    search_lag_seconds the search index lags behind history: a new message the bounce query
                       did not match is asked about again (in the next run's one search) until
                       a run at least this long after it was first seen (default 60; 0 = never)

Any other key is refused (`ConfigError`, with "did you mean ...?" for a near miss): SETTINGS
lists the keys above.

Scopes: gmail.readonly, or gmail.modify when `label_processed` is set.

Cost, in the per-user quota units of UNIT_COSTS (new regime):
  * idle run: one history.list (2 units);
  * new mail: the history pages (2 each) + one messages.list of the bounce query bounded by
    `after:` (5 per 500 results), so non-bounces are never downloaded; the run after new
    non-bounce mail asks once more (5), against the search index's lag;
  * each new bounce: one messages.get(format=raw) (20), in batches of at most `batch_size`;
  * verify="lookup": 5 more per quoted Message-ID (at most 3) of a bounce that Gmail did not
    thread with an existing conversation; threaded ones are verified free;
  * label_processed: one messages.batchModify (50) per fetch that returned bounces;
  * sent_count (the bounce-rate alert's denominator): one messages.list (5) of
    `in:sent after:`, asked by the worker once per mailbox per run, and only on a run that
    found new hard bounces for this mailbox (never on an idle run).
A full sync costs one getProfile (1) plus one messages.list (5) per page of up to 500 ids.

Cursor (opaque JSON): {"v": 1, "mode": "full", "start": historyId taken before the scan,
"page": next page token, "t": epoch of the scan's start, "since": lower bound} while a full
sync pages; then {"v": 1, "mode": "history", "h": historyId, "t": epoch lower bound of new
mail, "done": whether h is the mailbox's latest id, "pending": bounce ids found but not yet returned, "recheck": [[id, first seen]...]}.
"""

from __future__ import annotations

import base64
import json
import logging
import random
import re
import socket
import time
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import google.auth.exceptions
import google_auth_httplib2
import httplib2
import tenacity
from google.oauth2 import credentials as user_credentials
from google.oauth2 import service_account
from googleapiclient.discovery import build
from googleapiclient.errors import HttpError
from googleapiclient.http import BatchHttpRequest

from connectors.base import CheckItem
from connectors.settings import reject_unknown
from sync.errors import AuthError, ConfigError, CursorExpired, Permanent, QuotaExhausted, Retryable
from sync.records import MailBatch, RawMessage
from sync.secret import Secret

__all__ = ["GmailSource", "DEFAULT_QUERY", "UNIT_COSTS", "SETTINGS", "MinuteBudget", "authorize"]

log = logging.getLogger(__name__)

SCOPE_READONLY = "https://www.googleapis.com/auth/gmail.readonly"
SCOPE_MODIFY = "https://www.googleapis.com/auth/gmail.modify"
GOOGLE_TOKEN_URI = "https://oauth2.googleapis.com/token"
DEFAULT_ENDPOINT = "https://gmail.googleapis.com/"
CREDENTIALS_SETTING = "mailboxes[].credentials"
# Every key the docstring documents; `address` comes from the mailbox table itself.
# `api_endpoint` and `token_uri` are for tests (they point the source at the fake server).
SETTINGS = frozenset({
    "address", "credentials", "delegated_user", "query", "api_endpoint", "token_uri",
    "quota_units_per_minute", "quota_fraction", "unit_costs", "batch_size", "label_processed",
    "verify", "timeout", "max_attempts", "backoff_seconds", "search_lag_seconds"})

_SENDERS = ('mailer-daemon', 'postmaster', '"Mail Delivery Subsystem"', '"Mail Delivery System"')
_SUBJECTS = ('"Delivery Status Notification"', '"Undeliverable"', '"Undelivered Mail Returned to Sender"',
             '"Mail delivery failed"', '"Returned mail"', '"failure notice"', '"Delivery Failure"',
             '"Delivery has failed"', '"Non remis"', '"Unzustellbar"', '"Nicht zustellbar"',
             '"Non recapitabile"', '"No se puede entregar"', '"Onbestelbaar"')
DEFAULT_QUERY = (f"in:anywhere -in:sent -in:drafts -in:chats "
                 f"(from:({' OR '.join(_SENDERS)}) OR subject:({' OR '.join(_SUBJECTS)}))")

UNIT_COSTS = {"getProfile": 1, "labels.list": 1, "labels.create": 5, "history.list": 2,
              "messages.list": 5, "messages.get": 20, "messages.batchModify": 50}
_SKIP_LABELS = frozenset({"SENT", "DRAFT", "CHAT"})  # the mailbox's own mail is never a bounce
_RATE_REASONS = frozenset({"rateLimitExceeded", "userRateLimitExceeded", "concurrentLimitExceeded",
                           "backendError"})
_PAGE = 500  # Gmail's maximum maxResults
_MAX_WAIT = 60.0  # a longer Retry-After is not slept through inside a cron run
_SEARCH_MARGIN = 3600  # after: slack (s) for clock skew and for mail accepted before history shows it
_RECHECK_CAP = 2000
_CANDIDATE_CAP = 2000  # new messages screened per search; bounds the pending ids a cursor holds
_MSGID_SCAN = 256 * 1024  # bytes of a bounce searched for quoted Message-IDs
_QUOTED_MSGID = re.compile(rb"^(?:X-Original-Message-ID|Message-ID|In-Reply-To)[ \t]*:[ \t]*"
                           rb"<([^<>\s\"()]{1,250})>", re.I | re.M)
_HEADER_END = re.compile(rb"\r?\n\r?\n")


# --------------------------------------------------------------------------- pacing


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


# --------------------------------------------------------------------------- errors


class _Transient(Exception):
    """Internal: worth another try (429, 5xx, rate-limit 403, timeouts)."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


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


def _retry_after(exc: HttpError) -> float | None:
    value = exc.resp.get("retry-after") if exc.resp is not None else None
    try:
        return max(0.0, float(value)) if value is not None else None
    except ValueError:
        return None  # an HTTP date: rare from Google; fall back to backoff


def _translate(exc: BaseException, what: str) -> Exception:
    """Vendor error -> ours (or _Transient for the retry loop). Messages carry no secrets."""
    if isinstance(exc, HttpError):
        status, reason = exc.status_code, _reason(exc)
        text = f"Gmail {what}: HTTP {status} {reason or exc.reason}".strip()
        if status == 429 or status >= 500 or (status == 403 and reason in _RATE_REASONS):
            return _Transient(text, _retry_after(exc))
        if status == 403 and reason == "dailyLimitExceeded":
            return QuotaExhausted(f"{text}: the project's daily Gmail quota is spent; "
                                  "the next run continues", retry_after=3600)
        if status == 401:
            return AuthError(f"{text}: the access token was refused even after a refresh",
                             setting=CREDENTIALS_SETTING)
        if status == 403 and reason in ("insufficientPermissions", "forbidden", "domainPolicy"):
            return AuthError(f"{text}: the credentials lack a scope or access to this mailbox "
                             "(gmail.readonly, or gmail.modify with label_processed)",
                             setting=CREDENTIALS_SETTING)
        return Permanent(text)
    if isinstance(exc, google.auth.exceptions.RefreshError):
        first = str(exc.args[0]) if exc.args else "refresh failed"
        if getattr(exc, "retryable", False):
            return _Transient(f"Gmail token refresh: {first}")
        return AuthError(f"Gmail token refresh refused ({first}); the refresh token is revoked or "
                         "expired, or the service account lacks domain-wide delegation: "
                         "authorize again", setting=CREDENTIALS_SETTING)
    if isinstance(exc, (google.auth.exceptions.TransportError, httplib2.HttpLib2Error, OSError,
                        socket.timeout)):
        return _Transient(f"Gmail {what}: {type(exc).__name__}: {exc}")
    return exc if isinstance(exc, Exception) else RuntimeError(str(exc))


# --------------------------------------------------------------------------- settings


def _positive(settings: Mapping[str, Any], key: str, default: float, *, integer: bool = False,
              upper: float | None = None) -> Any:
    value = settings.get(key, default)
    kind = int if integer else (int, float)
    if isinstance(value, bool) or not isinstance(value, kind) or value <= 0 or (upper and value > upper):
        limit = f" and at most {upper:g}" if upper else ""
        raise ConfigError(key, f"must be a positive {'integer' if integer else 'number'}{limit}, "
                          f"not {value!r}", f"write {key} = {default}")
    return value


def _load_json(value: Any, base_dir: Path, key: str) -> dict:
    raw = value.reveal() if isinstance(value, Secret) else value
    if not isinstance(raw, str) or not raw.strip():
        raise ConfigError(key, "missing", "point it at the authorized-user or service-account JSON file")
    text = raw.strip()
    if not text.startswith("{"):
        path = Path(text).expanduser()
        path = path if path.is_absolute() else base_dir / path
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(key, f"cannot read {path}: {exc.strerror}",
                              "check the path (relative paths start at the config's folder)") from None
    try:
        info = json.loads(text)
    except ValueError:
        raise ConfigError(key, "is not valid JSON (contents not shown)",
                          "use the JSON file written by `bounce-sync authorize` or the service-account key") from None
    if not isinstance(info, dict):
        raise ConfigError(key, "is not a JSON object", "use an authorized-user or service-account JSON")
    return info


# --------------------------------------------------------------------------- cursor


def _dump(state: dict) -> str:
    return json.dumps({"v": 1, **state}, separators=(",", ":"))


def _load(cursor: str) -> dict:
    try:
        state = json.loads(cursor)
        if not isinstance(state, dict) or state.get("v") != 1 or state.get("mode") not in ("full", "history"):
            raise ValueError
        return state
    except ValueError:
        # Not ours (or from an older version): resuming is impossible, a bounded re-scan is safe.
        raise CursorExpired("the stored Gmail cursor cannot be read; a full re-scan is needed") from None


# --------------------------------------------------------------------------- the source


class GmailSource:
    name = "gmail"
    ACCEPTS_SINCE = LOOKS_UP_SENT = True  # declared abilities (sync.ports.ReadsSince, LooksUpSent)

    def __init__(self, settings: Mapping[str, Any], *, base_dir: Path,
                 sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.time) -> None:
        reject_unknown(settings, SETTINGS)
        address = settings.get("address")
        if not isinstance(address, str) or "@" not in address:
            raise ConfigError("address", f"must be the mailbox's email address, not {address!r}",
                              'write address = "sales@example.com"')
        self.address = address.strip().lower()
        self._sleep, self._clock = sleep, clock
        query = settings.get("query", DEFAULT_QUERY)
        if not isinstance(query, str) or not query.strip():
            raise ConfigError("query", "must be a non-empty Gmail search", "remove it to use the default")
        self.query = query.strip()
        endpoint = settings.get("api_endpoint", DEFAULT_ENDPOINT)
        if not isinstance(endpoint, str) or not endpoint.startswith(("https://", "http://")):
            raise ConfigError("api_endpoint", f"must be an http(s) URL, not {endpoint!r}",
                              "remove it to use Google's endpoint")
        self.endpoint = endpoint.rstrip("/") + "/"
        self.batch_uri = self.endpoint + "batch/gmail/v1"
        costs = settings.get("unit_costs", {})
        if not isinstance(costs, Mapping) or any(k not in UNIT_COSTS or isinstance(v, bool)
                                                 or not isinstance(v, int) or v < 0
                                                 for k, v in costs.items()):
            raise ConfigError("unit_costs", "must map method names to whole units",
                              f"use keys from: {', '.join(UNIT_COSTS)}")
        self.unit_costs = {**UNIT_COSTS, **costs}
        self.units_per_minute = _positive(settings, "quota_units_per_minute", 6000)
        self.batch_size = _positive(settings, "batch_size", 50, integer=True, upper=50)
        self.timeout = _positive(settings, "timeout", 60)
        self.max_attempts = _positive(settings, "max_attempts", 5, integer=True, upper=20)
        self.backoff = _positive(settings, "backoff_seconds", 1.0)
        lag = settings.get("search_lag_seconds", 60)
        if isinstance(lag, bool) or not isinstance(lag, (int, float)) or lag < 0:
            raise ConfigError("search_lag_seconds", f"must be 0 or more seconds, not {lag!r}",
                              "write search_lag_seconds = 60")
        self.search_lag = float(lag)
        self.verify = settings.get("verify", "lookup")
        if self.verify not in ("lookup", "thread", "off"):
            raise ConfigError("verify", f"must be lookup, thread or off, not {self.verify!r}",
                              'write verify = "lookup"')
        label = settings.get("label_processed")
        if label is not None and (not isinstance(label, str) or not label.strip()):
            raise ConfigError("label_processed", "must be a label name", "remove it or name a label")
        self.label_processed = label.strip() if label else None
        self.scopes = [SCOPE_MODIFY] if self.label_processed else [SCOPE_READONLY]
        token_uri = settings.get("token_uri")
        if token_uri is not None and not (isinstance(token_uri, str) and token_uri.startswith(("https://", "http://"))):
            raise ConfigError("token_uri", "must be an http(s) URL", "remove it (the JSON names its token endpoint)")
        if "credentials" not in settings:
            raise ConfigError("credentials", "missing",
                              "point it at the JSON written by `bounce-sync authorize`, or a service-account key")
        info = _load_json(settings["credentials"], base_dir, "credentials")
        delegated = settings.get("delegated_user")
        self._credentials = self._make_credentials(info, token_uri, delegated)
        fraction = settings.get("quota_fraction", 0.95)
        if isinstance(fraction, bool) or not isinstance(fraction, (int, float)) or not 0 < fraction <= 1:
            raise ConfigError("quota_fraction", f"must be a share of the quota, above 0 and at most 1, "
                              f"not {fraction!r}", "write quota_fraction = 0.95")
        self._budget = MinuteBudget(self.units_per_minute, fraction=float(fraction), sleep=sleep)
        # A batch must fit the minute's share, or pacing could never let it through.
        self._chunk = max(1, min(self.batch_size, int(self._budget.capacity // max(1, self.unit_costs["messages.get"]))))
        self._service = None
        self._label_id: str | None = None
        self.requests = 0  # HTTP requests made (a batch counts once), for reports and benchmarks

    def _make_credentials(self, info: dict, token_uri: str | None, delegated: Any):
        if info.get("type") == "service_account":
            subject = delegated or self.address
            if not isinstance(subject, str) or "@" not in subject:
                raise ConfigError("delegated_user", "must be the Workspace user to impersonate",
                                  "write delegated_user = the mailbox address")
            try:
                creds = service_account.Credentials.from_service_account_info(info, scopes=self.scopes)
            except (ValueError, KeyError) as exc:
                raise ConfigError("credentials", f"service-account key is incomplete ({type(exc).__name__})",
                                  "download a fresh JSON key for the service account") from None
            creds = creds.with_subject(subject)
            return creds.with_token_uri(token_uri) if token_uri else creds
        missing = [k for k in ("refresh_token", "client_id", "client_secret") if not info.get(k)]
        if missing:
            raise ConfigError("credentials", f"authorized-user JSON lacks {', '.join(missing)}",
                              "run `bounce-sync authorize` again to write a complete token file")
        if delegated is not None:
            raise ConfigError("delegated_user", "only applies to service-account credentials",
                              "remove delegated_user")
        # Built directly: from_authorized_user_info would replace the file's token_uri.
        return user_credentials.Credentials(
            token=None, refresh_token=info["refresh_token"], client_id=info["client_id"],
            client_secret=info["client_secret"], scopes=self.scopes,
            token_uri=token_uri or info.get("token_uri") or GOOGLE_TOKEN_URI,
            quota_project_id=info.get("quota_project_id"))

    # -- plumbing --------------------------------------------------------------------------

    @property
    def service(self):
        if self._service is None:
            http = google_auth_httplib2.AuthorizedHttp(self._credentials, http=httplib2.Http(timeout=self.timeout))
            self._service = build("gmail", "v1", http=http, static_discovery=True, cache_discovery=False,
                                  client_options={"api_endpoint": self.endpoint})
        return self._service

    def _backoff(self, attempt: int, retry_after: float | None) -> float:
        exp = min(32.0, self.backoff * 2 ** (attempt - 1)) * (0.5 + random.random() / 2)
        return max(exp, retry_after) if retry_after is not None else exp

    def _retrying(self, what: str, call: Callable[[], Any], units: int) -> Any:
        """Run `call` paced by the minute budget, retried by tenacity on 429/5xx/timeouts:
        exponential backoff with jitter, never sooner than Retry-After. The client library's
        own num_retries stays 0 on purpose: it ignores Retry-After and would multiply tries."""

        def attempt() -> Any:
            self._budget.take(units)
            self.requests += 1
            try:
                return call()
            except Exception as exc:  # noqa: BLE001 - translated at the boundary, right here
                raise _translate(exc, what) from exc

        def wait(state: tenacity.RetryCallState) -> float:
            exc = state.outcome.exception() if state.outcome else None
            return self._backoff(state.attempt_number, getattr(exc, "retry_after", None))

        def stop(state: tenacity.RetryCallState) -> bool:
            exc = state.outcome.exception() if state.outcome else None
            return state.attempt_number >= self.max_attempts or (getattr(exc, "retry_after", 0) or 0) > _MAX_WAIT

        def before_sleep(state: tenacity.RetryCallState) -> None:
            log.info("gmail %s: %s; retry %d", what, state.outcome.exception() if state.outcome else "",
                     state.attempt_number)

        retrying = tenacity.Retrying(retry=tenacity.retry_if_exception_type(_Transient), wait=wait, stop=stop,
                                     sleep=self._sleep, reraise=True, before_sleep=before_sleep)
        try:
            return retrying(attempt)
        except _Transient as exc:
            raise Retryable(f"{exc} (gave up)", retry_after=exc.retry_after) from exc.__cause__

    def _execute(self, what: str, request) -> dict:
        return self._retrying(what, lambda: request.execute(num_retries=0), self.unit_costs[what])

    # -- MailSource ------------------------------------------------------------------------

    def fetch(self, cursor: str | None, *, limit: int, since: datetime | None = None) -> MailBatch:
        """See connectors.base.MailSource. `since` (full sync only) bounds the scan from below,
        for the worker's re-scan after CursorExpired."""
        if limit < 1:
            raise ValueError("limit must be at least 1")
        if since is not None and since.tzinfo is None:
            raise ValueError("since must be timezone-aware")
        if cursor is None:
            return self._full({"start": None, "page": None, "since": since and int(since.timestamp())}, limit)
        state = _load(cursor)
        if state["mode"] == "full":
            return self._full(state, limit)
        return self._incremental(state, limit)

    def _full(self, state: dict, limit: int) -> MailBatch:
        if state["start"] is None:
            # Taken before listing: whatever arrives during the scan is in history after it.
            state["t"] = int(self._clock())
            state["start"] = self._execute("getProfile", self.service.users().getProfile(userId="me"))["historyId"]
        query = self.query + (f" after:{state['since']}" if state.get("since") else "")
        kwargs = {"userId": "me", "q": query, "maxResults": min(limit, _PAGE)}
        if state.get("page"):
            kwargs["pageToken"] = state["page"]
        resp = self._execute("messages.list", self.service.users().messages().list(**kwargs))
        messages, notes = self._download([m["id"] for m in resp.get("messages", [])])
        if resp.get("nextPageToken"):
            nxt = _dump({"mode": "full", "start": state["start"], "page": resp["nextPageToken"],
                         "t": state["t"], "since": state.get("since")})
            return MailBatch(messages=messages, cursor=nxt, more=True, full_sync=True, notes=notes)
        nxt = _dump({"mode": "history", "h": str(state["start"]), "t": state["t"], "pending": [], "recheck": []})
        return MailBatch(messages=messages, cursor=nxt, more=False, full_sync=True, notes=notes)

    def _incremental(self, state: dict, limit: int) -> MailBatch:
        h, t = str(state["h"]), int(state["t"])
        pending: list[str] = list(state.get("pending", []))
        recheck: dict[str, float] = {i: float(at) for i, at in state.get("recheck", [])}
        caught_up = bool(state.get("done", True))  # did the last history page reach the end?
        if not pending:
            candidates: dict[str, None] = {}
            while True:
                called_at = int(self._clock())
                req = self.service.users().history().list(
                    userId="me", startHistoryId=h, historyTypes=["messageAdded"], maxResults=_PAGE)
                try:
                    resp = self._execute("history.list", req)
                except Permanent as exc:
                    if isinstance(exc.__cause__, HttpError) and exc.__cause__.status_code == 404:
                        raise CursorExpired(f"Gmail history for {self.address} no longer reaches "
                                            f"back to {h}; a full re-scan is needed") from exc.__cause__
                    raise
                records = resp.get("history", [])
                for record in records:
                    for added in record.get("messagesAdded", []):
                        msg = added.get("message", {})
                        if msg.get("id") and not _SKIP_LABELS & set(msg.get("labelIds", [])):
                            candidates[msg["id"]] = None
                if resp.get("nextPageToken") and records:
                    h, caught_up = str(records[-1]["id"]), False  # resume after the last record read
                else:
                    h, caught_up = str(resp["historyId"]), True
                if caught_up or len(candidates) >= _CANDIDATE_CAP:
                    break
            now = self._clock()
            # The search index lags behind history: a new message the query did not match is
            # asked about again in later runs until one runs search_lag seconds after it was seen.
            earlier = {i: at for i, at in recheck.items() if i not in candidates}
            ask = list(candidates) + list(earlier)
            matched = self._matching(ask, t) if ask else set()
            pending = [i for i in ask if i in matched]
            recheck = {}
            if self.search_lag > 0:
                # Done with a message once a run at least search_lag after first sight asked.
                recheck = {i: at for i, at in earlier.items() if i not in matched and now - at < self.search_lag}
                recheck.update({i: now for i in candidates if i not in matched})
            if caught_up:
                t = min(called_at, int(min(recheck.values(), default=called_at)))
        take, pending = pending[:limit], pending[limit:]
        messages, notes = self._download(take)
        rechecks = sorted(recheck.items(), key=lambda kv: kv[1])[-_RECHECK_CAP:]
        nxt = _dump({"mode": "history", "h": h, "t": t, "done": caught_up, "pending": pending,
                     "recheck": [[i, int(at)] for i, at in rechecks]})
        return MailBatch(messages=messages, cursor=nxt, more=bool(pending) or not caught_up, notes=notes)

    def _matching(self, ids: Sequence[str], since: int) -> set[str]:
        """Which of `ids` the bounce query matches: one messages.list bounded by `after:`
        (newest first), paged only until every id is accounted for."""
        wanted, found = set(ids), set()
        query = f"{self.query} after:{max(0, since - _SEARCH_MARGIN)}"
        kwargs: dict[str, Any] = {"userId": "me", "q": query, "maxResults": _PAGE}
        while True:
            resp = self._execute("messages.list", self.service.users().messages().list(**kwargs))
            found |= {m["id"] for m in resp.get("messages", [])} & wanted
            if found == wanted or not resp.get("nextPageToken"):
                return found
            kwargs["pageToken"] = resp["nextPageToken"]

    def sent_count(self, *, since: datetime) -> int:
        """Messages this mailbox sent from `since` on, for the worker's bounce-rate alert:
        ONE messages.list of `in:sent after:<epoch>` (5 units) with maxResults 500. Up to 500
        the ids on the page are the exact count; beyond, Gmail's `resultSizeEstimate` (an
        estimate, at least the ids seen). The worker asks only on a run that found new hard
        bounces for this mailbox, never on an idle run."""
        if since.tzinfo is None:
            raise ValueError("since must be timezone-aware")
        req = self.service.users().messages().list(
            userId="me", q=f"in:sent after:{max(0, int(since.timestamp()))}", maxResults=_PAGE)
        resp = self._execute("messages.list", req)
        listed = len(resp.get("messages", []))
        if not resp.get("nextPageToken"):
            return listed
        try:
            estimate = int(resp.get("resultSizeEstimate", 0))
        except (TypeError, ValueError):
            estimate = 0
        return max(listed, estimate)

    # -- download ---------------------------------------------------------------------------

    def _download(self, ids: Sequence[str]) -> tuple[tuple[RawMessage, ...], tuple[str, ...]]:
        if not ids:
            return (), ()
        got = self._get_raw(ids)
        messages: list[RawMessage] = []
        notes: list[str] = []
        for mid in ids:
            resource = got.get(mid)
            if resource is None:
                continue  # deleted between listing and fetching: nothing to do
            data = resource.get("raw") or ""
            try:
                raw = base64.urlsafe_b64decode(data + "=" * (-len(data) % 4))
            except (ValueError, TypeError):
                notes.append(f"gmail message {mid}: raw content is not base64url; skipped")
                continue
            received = None
            if str(resource.get("internalDate", "")).isdigit():
                received = datetime.fromtimestamp(int(resource["internalDate"]) / 1000, tz=timezone.utc)
            thread = resource.get("threadId")
            messages.append(RawMessage(id=mid, raw=raw, thread_id=thread, received_at=received,
                                       sent_by_mailbox=self._verify(mid, thread, raw)))
        if self.label_processed and messages:
            self._label([m.id for m in messages])
        return tuple(messages), tuple(notes)

    def _get_raw(self, ids: Sequence[str]) -> dict[str, dict]:
        """messages.get(format=raw) in batches. Parts that fail with 429/5xx are re-queued with
        backoff (Retry-After honoured); a 404 part (deleted meanwhile) is dropped."""
        results: dict[str, dict] = {}
        queue = list(dict.fromkeys(ids))
        attempt = 0
        while queue:
            failed: list[str] = []
            waits: list[float] = []
            fatal: list[Exception] = []
            for start in range(0, len(queue), self._chunk):
                chunk = queue[start:start + self._chunk]

                def on_part(request_id: str, response: Any, exc: HttpError | None) -> None:
                    if exc is None:
                        results[request_id] = response
                        return
                    if exc.status_code == 404:
                        log.info("gmail message %s is gone (deleted after it was listed)", request_id)
                        return
                    err = _translate(exc, "messages.get")
                    if isinstance(err, _Transient):
                        failed.append(request_id)
                        if err.retry_after is not None:
                            waits.append(err.retry_after)
                    else:
                        err.__cause__ = exc
                        fatal.append(err)

                def run(chunk=chunk, on_part=on_part) -> None:
                    batch = BatchHttpRequest(callback=on_part, batch_uri=self.batch_uri)
                    for mid in chunk:
                        batch.add(self.service.users().messages().get(userId="me", id=mid, format="raw"),
                                  request_id=mid)
                    batch.execute()

                self._retrying("batch messages.get", run, self.unit_costs["messages.get"] * len(chunk))
                if fatal:
                    raise fatal[0]
            if not failed:
                break
            attempt += 1
            wait = self._backoff(attempt, max(waits) if waits else None)
            if attempt >= self.max_attempts or wait > _MAX_WAIT:
                raise Retryable(f"Gmail messages.get: {len(failed)} messages still failing after "
                                f"{attempt} attempts", retry_after=max(waits) if waits else None)
            log.info("gmail: %d batch parts failed; re-queued in %.1fs", len(failed), wait)
            self._sleep(wait)
            queue = failed
        return results

    # -- verification and labels ------------------------------------------------------------

    def _verify(self, mid: str, thread_id: str | None, raw: bytes) -> bool | None:
        """Does this bounce answer mail this mailbox sent? Threaded by Gmail: yes (free).
        Otherwise, with verify="lookup", search Sent for the Message-IDs the bounce quotes."""
        if self.verify == "off":
            return None
        if thread_id and thread_id != mid:
            return True
        if self.verify == "thread":
            return False
        end = _HEADER_END.search(raw)
        own = _QUOTED_MSGID.search(raw, 0, end.start() if end else len(raw))
        own_id = own.group(1) if own and own.group(0).lower().startswith(b"message-id") else None
        quoted: list[bytes] = []
        for m in _QUOTED_MSGID.finditer(raw, 0, _MSGID_SCAN):
            value = m.group(1)
            if value != own_id and value not in quoted:
                quoted.append(value)
            if len(quoted) == 3:
                break
        for value in quoted:
            req = self.service.users().messages().list(
                userId="me", q=f"rfc822msgid:{value.decode('ascii', 'replace')} in:sent", maxResults=1)
            if self._execute("messages.list", req).get("messages"):
                return True
        return False

    def _label(self, ids: Sequence[str]) -> None:
        if self._label_id is None:
            self._label_id = self._ensure_label(self.label_processed or "")
        body = {"ids": list(ids), "addLabelIds": [self._label_id]}
        self._execute("messages.batchModify", self.service.users().messages().batchModify(userId="me", body=body))

    def _ensure_label(self, name: str) -> str:
        def find() -> str | None:
            labels = self._execute("labels.list", self.service.users().labels().list(userId="me"))
            return next((lb["id"] for lb in labels.get("labels", []) if lb["name"].lower() == name.lower()), None)

        if (found := find()) is not None:
            return found
        body = {"name": name, "labelListVisibility": "labelShow", "messageListVisibility": "show"}
        try:
            return self._execute("labels.create", self.service.users().labels().create(userId="me", body=body))["id"]
        except Permanent as exc:  # 409: created meanwhile by someone else
            if isinstance(exc.__cause__, HttpError) and exc.__cause__.status_code == 409 and (found := find()):
                return found
            raise

    # -- check -------------------------------------------------------------------------------

    def check(self) -> Sequence[CheckItem]:
        items: list[CheckItem] = []
        try:
            profile = self._execute("getProfile", self.service.users().getProfile(userId="me"))
        except (AuthError, Permanent, Retryable) as exc:
            return [CheckItem(name=f"gmail {self.address}: credentials", ok=False, detail=str(exc))]
        email = str(profile.get("emailAddress", "")).lower()
        items.append(CheckItem(name=f"gmail {self.address}: credentials", ok=True,
                               detail=f"opens {email}, historyId {profile.get('historyId')}"))
        items.append(CheckItem(name=f"gmail {self.address}: mailbox", ok=email == self.address,
                               detail="matches address" if email == self.address else
                               f"the credentials open {email}, not {self.address}: fix address or credentials"))
        granted = getattr(self._credentials, "granted_scopes", None) or getattr(self._credentials, "scopes", None)
        need = set(self.scopes)
        if granted is not None:
            ok = bool(need & set(granted)) or "https://mail.google.com/" in granted
            items.append(CheckItem(name=f"gmail {self.address}: scopes", ok=ok,
                                   detail=f"granted {' '.join(sorted(granted))}; needs {' '.join(sorted(need))}"))
        try:
            self._execute("messages.list", self.service.users().messages().list(userId="me", q=self.query, maxResults=1))
            items.append(CheckItem(name=f"gmail {self.address}: bounce query", ok=True, detail="search allowed"))
            if self.label_processed:
                labels = self._execute("labels.list", self.service.users().labels().list(userId="me"))
                exists = any(lb["name"].lower() == self.label_processed.lower() for lb in labels.get("labels", []))
                items.append(CheckItem(name=f"gmail {self.address}: label", ok=True,
                                       detail=f"{self.label_processed!r} {'exists' if exists else 'will be created'}"))
        except (AuthError, Permanent, Retryable) as exc:
            items.append(CheckItem(name=f"gmail {self.address}: bounce query", ok=False, detail=str(exc)))
        return items


def authorize(client_secrets_path: str | Path, token_path: str | Path, *, modify: bool = False) -> Path:
    """Run Google's installed-app consent flow in a browser and store the authorized-user JSON
    (with its refresh token) at `token_path`, readable by the owner only."""
    from google_auth_oauthlib.flow import InstalledAppFlow

    flow = InstalledAppFlow.from_client_secrets_file(str(client_secrets_path),
                                                     scopes=[SCOPE_MODIFY if modify else SCOPE_READONLY])
    creds = flow.run_local_server(port=0, open_browser=True)
    path = Path(token_path)
    path.touch(mode=0o600, exist_ok=True)
    path.write_text(creds.to_json(), encoding="utf-8")
    return path

