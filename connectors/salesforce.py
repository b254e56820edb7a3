"""Salesforce CRM connector (simple-salesforce), Contact and Lead.

Settings (the `[crm]` table; secrets arrive as `sync.secret.Secret`):

  auth                  "jwt" | "password" | "client_credentials" | "session"
    jwt                 consumer_key, username, private_key (Secret holding the PEM, or a
                        path to the PEM file, relative to the config folder), domain
    password            username, password (Secret), security_token (Secret), domain
    client_credentials  consumer_key, consumer_secret (Secret), domain (your My Domain stem,
                        e.g. "acme.my"; "login"/"test" are refused by Salesforce)
    session             session_id (Secret), instance_url (no re-login: an expired session
                        is an AuthError)
  domain                login host stem: "login" (default), "test" (sandbox), "acme.my";
  login_url             or the full login URL instead (https://acme.my.salesforce.com)
  objects               ["Contact", "Lead"] (default)
  api_version           "59.0" (default)
  field_prefix          "Bounce_Sync_" (default): our fields are <prefix><Name>__c
  permission_set        "Bounce_Sync_Fields" (default): grants our fields to the integration user
  write_standard_fields true (default): also set EmailBouncedReason (<= 255) and
                        EmailBouncedDate on a hard bounce, so Salesforce shows its warning
  secondary_email_fields []: extra email fields matched besides Email (e.g. "Alt_Email__c")
  cadence_removal_disposition "Bad Data" (default)
  query_chunk           500 (default, at most 2000): addresses per lookup call; a lookup call is
                        one `composite` request carrying, per object, the record query and
                        its cadence tracker query (SOQL in the request body: no 16 KB URL
                        limit; each statement stays under SOQL's 100,000 characters)
  action_chunk          200 (default, at most 200): inputs per cadence action call (no
                        documented maximum; the notes advise 100-200)
  watch_lag_seconds     120 (default): overlap when the watcher resumes from its cursor
  request_timeout       30 (seconds, default)
  max_attempts          5 (default): tries per request on 5xx / timeouts / UNABLE_TO_LOCK_ROW
  backoff_seconds       1.0 (default): first backoff (doubles, capped at 60 s) without Retry-After
  insecure_http_for_tests  "http://127.0.0.1:PORT": TESTS ONLY. simple-salesforce always builds
                        https:// URLs; this maps every request to that plain-http loopback
                        address (the fake server). Refused for any other host.

Any other key is refused (`ConfigError`, with "did you mean ...?" for a near miss): SETTINGS
lists the keys above.

Retries and rate limits. A 5xx, a timeout, a dropped connection or UNABLE_TO_LOCK_ROW (at
login: SERVER_UNAVAILABLE, `temporarily_unavailable`, an HTTP 5xx/429 page, or a 403 page
carrying no Salesforce error code, as a proxy or edge sends) is tried up to `max_attempts`
times in all, waiting `backoff_seconds` doubled after each try (1, 2, 4 ... s, capped at
60 s), or the Retry-After when one is sent (capped at 300 s); then it surfaces as `Retryable`
(the run exits 1). REQUEST_LIMIT_EXCEEDED (a 403 on REST, a SOAP fault or the OAuth
`rate_limit_exceeded` at login) comes with no Retry-After, so it is not retried inside the
run: the connector raises `QuotaExhausted`, sends nothing more this run, and the next cron
run tries again (cron's interval is the backoff). Only a refusal of the credentials, the
user or the connected app at login (INVALID_LOGIN, LOGIN_MUST_USE_SECURITY_TOKEN,
PASSWORD_LOCKOUT, `invalid_grant`, `invalid_client_id`, `invalid_client`, `inactive_user`,
...: LOGIN_REFUSED) is an `AuthError` naming the settings to fix (exit 2); a login code we
do not know is `Permanent`.

`setup` creates our custom fields through the Tooling API REST endpoint
(`tooling/sobjects/CustomField`) rather than the SOAP Metadata API, then a permission set with
read/edit FieldPermissions on them, assigned to the integration user (fields created by API
get no field-level security otherwise). Vendor exceptions never leave this module.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote_plus, urlencode, urlsplit

import requests
from requests.adapters import HTTPAdapter
from simple_salesforce import Salesforce, SalesforceLogin
from simple_salesforce.exceptions import (
    SalesforceAuthenticationFailed, SalesforceError, SalesforceExpiredSession,
    SalesforceGeneralError, SalesforceMalformedRequest, SalesforceMoreThanOneRecord,
    SalesforceRefusedRequest, SalesforceResourceNotFound,
)
from simple_salesforce.format import quote_soql_value
from tenacity import RetryCallState, Retrying, retry_if_exception, stop_after_attempt

from connectors.base import CheckItem
from connectors.settings import reject_unknown
from sync.errors import (
    AuthError, ConfigError, Permanent, QuotaExhausted, Retryable, SyncError,
)
from sync.records import (
    Action, ApplyResult, BounceStatus, ChangeBatch, ClearBounce, Contact, ContactRef, Enrollment,
    Flag, MarkBounced, Outcome, Reenroll, Unenroll,
)
from sync.secret import Secret

log = logging.getLogger(__name__)
T = TypeVar("T")

AUTH_MODES = ("jwt", "password", "client_credentials", "session")
# Every key the docstring documents (`insecure_http_for_tests` is for tests: the fake server).
SETTINGS = frozenset({
    "auth", "consumer_key", "username", "private_key", "password", "security_token",
    "consumer_secret", "session_id", "instance_url", "domain", "login_url", "objects",
    "api_version", "field_prefix", "permission_set", "write_standard_fields",
    "secondary_email_fields", "cadence_removal_disposition", "query_chunk", "action_chunk",
    "watch_lag_seconds", "request_timeout", "max_attempts", "backoff_seconds",
    "insecure_http_for_tests"})
OBJECTS = {"Contact": "contact", "Lead": "lead"}
COLLECTION_MAX = 200  # sObject Collections: records per request
URL_BUDGET = 14_000  # encoded SOQL bytes per GET: 16,384 for URI + headers, minus headroom
SOQL_BUDGET = 90_000  # characters of IN lists per statement: SOQL allows 100,000 in all
COMPOSITE_QUERIES = 5  # query subrequests per `composite` request (25 subrequests, 5 queries)
ID_CHUNK = 1000  # record ids per tracker query (~21 characters each)
TRACKER_FIELDS = "Id, TargetId, ActionCadenceId, ActionCadence.Name, OwnerId, State, CurrentStepId"
CHANGES_PAGE = 2000
GONE = {"ENTITY_IS_DELETED", "INVALID_CROSS_REFERENCE_KEY", "CANNOT_UPDATE_CONVERTED_LEAD",
        "NOT_FOUND"}
TRANSIENT = {"UNABLE_TO_LOCK_ROW"}
# Login answers (SOAP fault `exceptionCode`s, OAuth token endpoint `error`s) by what they
# mean. Only a refusal of the credentials or of the integration user/app is an AuthError
# (the admin has to fix a setting); a rate limit stops the connector for the run; an
# outage is retried. An unknown code is Permanent, without blaming the credentials.
LOGIN_REFUSED = {
    # SOAP login faults
    "INVALID_LOGIN", "LOGIN_MUST_USE_SECURITY_TOKEN", "PASSWORD_LOCKOUT",
    "INVALID_OPERATION_WITH_EXPIRED_PASSWORD", "LOGIN_CHALLENGE_ISSUED",
    "LOGIN_DURING_RESTRICTED_DOMAIN", "LOGIN_DURING_RESTRICTED_TIME", "INVALID_SESSION_ID",
    "API_DISABLED_FOR_ORG", "API_CURRENTLY_DISABLED", "INSUFFICIENT_ACCESS",
    "INVALID AUTH",  # simple-salesforce's own: no usable credential combination
    # OAuth token endpoint errors
    "invalid_grant", "invalid_client_id", "invalid_client", "invalid_client_credentials",
    "unauthorized_client", "inactive_user", "inactive_org", "invalid_app_access",
    "invalid_scope", "access_denied",
}
LOGIN_LIMITED = {"REQUEST_LIMIT_EXCEEDED", "rate_limit_exceeded"}
LOGIN_TRANSIENT = {"SERVER_UNAVAILABLE", "UNKNOWN_EXCEPTION", "temporarily_unavailable",
                   "server_error"}
DISPOSITIONS = {"Success", "Customer Engaged", "Customer Connected", "Contact Later",
                "No Response", "Not Interested", "Disqualified", "Bad Data", "Duplicate"}


@dataclass(frozen=True, slots=True)
class _FieldSpec:
    suffix: str
    label: str
    metadata: dict[str, Any]


STATUS_VALUES = [s.value for s in BounceStatus]
FIELD_SPECS = (
    _FieldSpec("Status", "Bounce status", {"type": "Picklist", "valueSet": {
        "restricted": True, "valueSetDefinition": {"sorted": False, "value": [
            {"fullName": v, "default": False, "label": v} for v in STATUS_VALUES]}}}),
    _FieldSpec("Hard", "Hard bounce", {"type": "Checkbox", "defaultValue": "false"}),
    _FieldSpec("Reason", "Bounce reason", {"type": "Text", "length": 80}),
    _FieldSpec("Reason_Label", "Bounce reason (plain words)", {"type": "Text", "length": 255}),
    _FieldSpec("Diagnostic", "Bounce diagnostic", {"type": "LongTextArea", "length": 32768,
                                                   "visibleLines": 5}),
    _FieldSpec("Bounced_At", "Bounced at", {"type": "DateTime"}),
    _FieldSpec("Address", "Bounced address", {"type": "Email"}),
    _FieldSpec("Soft_Count", "Soft bounces", {"type": "Number", "precision": 6, "scale": 0}),
    _FieldSpec("Note", "Bounce note", {"type": "Text", "length": 255}),
    _FieldSpec("Cadences", "Cadences removed from (JSON)", {"type": "LongTextArea",
                                                            "length": 32768, "visibleLines": 3}),
)
TEXT_LIMITS = {"Reason": 80, "Reason_Label": 255, "Diagnostic": 32768, "Note": 255,
               "Cadences": 32768}


class _Transport(HTTPAdapter):
    """Gives every request a timeout (simple-salesforce sets none, and its login calls take
    no timeout argument) and, for tests only, sends https:// requests to a plain-http
    loopback server: simple-salesforce rewrites every instance URL to https."""

    def __init__(self, timeout: float, plain_http_target: str | None = None) -> None:
        super().__init__()
        self.timeout = timeout
        self.target = plain_http_target

    def send(self, request, **kwargs):  # type: ignore[override]
        if kwargs.get("timeout") is None:
            kwargs["timeout"] = self.timeout
        if self.target:
            rest = request.url.partition("://")[2].partition("/")[2]
            request.url = f"{self.target}/{rest}"
        return super().send(request, **kwargs)


# --------------------------------------------------------------------------- settings


@dataclass(frozen=True, slots=True, kw_only=True)
class _Settings:
    auth: str
    credentials: dict[str, Any]
    domain: str
    objects: tuple[str, ...]
    api_version: str
    prefix: str
    permission_set: str
    write_standard_fields: bool
    secondary: tuple[str, ...]
    disposition: str
    query_chunk: int
    action_chunk: int
    lag: timedelta
    timeout: float
    max_attempts: int
    backoff: float
    plain_http_target: str | None


def _parse_settings(settings: Mapping[str, Any], base_dir: Path) -> _Settings:
    reject_unknown(settings, SETTINGS, prefix="crm.")

    def get(key: str, default: Any = None) -> Any:
        return settings.get(key, default)

    def need(key: str, fix: str) -> Any:
        value = settings.get(key)
        if value in (None, ""):
            raise ConfigError(f"crm.{key}", f"required for auth = {auth!r}", fix)
        return value

    def secret(key: str) -> Secret:
        value = need(key, f"set {key} = \"env:NAME\" or \"file:PATH\"")
        if not isinstance(value, Secret):
            raise ConfigError(f"crm.{key}", "a secret written in the config file",
                              "reference it as \"env:NAME\" or \"file:PATH\"")
        return value

    auth = get("auth")
    if auth not in AUTH_MODES:
        raise ConfigError("crm.auth", f"unknown auth mode {auth!r}", f"use one of {', '.join(AUTH_MODES)}")

    domain = str(get("domain", "login"))
    if get("login_url"):
        host = urlsplit(str(get("login_url"))).hostname or ""
        if not host.endswith(".salesforce.com"):
            raise ConfigError("crm.login_url", "not a *.salesforce.com URL",
                              "use https://<mydomain>.my.salesforce.com or set domain")
        domain = host[: -len(".salesforce.com")]

    creds: dict[str, Any] = {}
    if auth == "jwt":
        creds["consumer_key"] = need("consumer_key", "the connected app's consumer key")
        creds["username"] = need("username", "the integration user's username")
        key = need("private_key", "a Secret holding the PEM or the path to the PEM file")
        if isinstance(key, Secret):
            creds["private_key"] = key
        else:
            path = Path(str(key))
            path = path if path.is_absolute() else base_dir / path
            if not path.is_file():
                raise ConfigError("crm.private_key", f"no file at {path}", "give the PEM file's path")
            creds["private_key"] = Secret(path.read_text(), f"file:{path}")
    elif auth == "password":
        creds["username"] = need("username", "the integration user's username")
        creds["password"] = secret("password")
        creds["security_token"] = secret("security_token")
    elif auth == "client_credentials":
        creds["consumer_key"] = need("consumer_key", "the connected app's consumer key")
        creds["consumer_secret"] = secret("consumer_secret")
        if domain in ("login", "test"):
            raise ConfigError("crm.domain", "client credentials need your My Domain",
                              "set domain = \"<mydomain>.my\" (not login/test)")
    else:
        creds["session_id"] = secret("session_id")
        creds["instance_url"] = need("instance_url", "https://<mydomain>.my.salesforce.com")

    objects = tuple(get("objects", ["Contact", "Lead"]))
    if not objects or any(o not in OBJECTS for o in objects):
        raise ConfigError("crm.objects", f"unsupported objects {list(objects)}",
                          "use a non-empty subset of [\"Contact\", \"Lead\"]")
    version = str(get("api_version", "59.0")).lstrip("v")
    prefix = str(get("field_prefix", "Bounce_Sync_"))
    if not prefix.replace("_", "").isalnum() or not prefix[0].isalpha():
        raise ConfigError("crm.field_prefix", f"{prefix!r} is not a valid API name start",
                          "use letters, digits and underscores, starting with a letter")
    disposition = str(get("cadence_removal_disposition", "Bad Data"))
    if disposition not in DISPOSITIONS:
        raise ConfigError("crm.cadence_removal_disposition", f"unknown value {disposition!r}",
                          f"use one of {sorted(DISPOSITIONS)}")

    def positive(key: str, default: float, kind: type = int) -> Any:
        value = get(key, default)
        if not isinstance(value, (int, float)) or isinstance(value, bool) or value <= 0:
            raise ConfigError(f"crm.{key}", f"{value!r} is not a positive number", f"e.g. {default}")
        return kind(value)

    secondary = get("secondary_email_fields", ())
    if isinstance(secondary, str) or not all(
            isinstance(n, str) and re.fullmatch(r"[A-Za-z]\w*", n) for n in secondary):
        raise ConfigError("crm.secondary_email_fields", f"{secondary!r} is not a list of field API names",
                          "e.g. [\"Alt_Email__c\"]")

    target = get("insecure_http_for_tests")
    if target:
        parts = urlsplit(str(target))
        if parts.scheme != "http" or parts.hostname not in ("127.0.0.1", "localhost", "::1"):
            raise ConfigError("crm.insecure_http_for_tests", "only allowed for a loopback test server",
                              "remove it: production always uses https")
        target = f"http://{parts.netloc}"

    return _Settings(
        auth=auth, credentials=creds, domain=domain, objects=objects, api_version=version,
        prefix=prefix, permission_set=str(get("permission_set", "Bounce_Sync_Fields")),
        write_standard_fields=bool(get("write_standard_fields", True)),
        secondary=tuple(secondary), disposition=disposition,
        query_chunk=min(positive("query_chunk", 500), 2000),
        action_chunk=min(positive("action_chunk", 200), 200),
        lag=timedelta(seconds=positive("watch_lag_seconds", 120, float)),
        timeout=positive("request_timeout", 30, float),
        max_attempts=positive("max_attempts", 5), backoff=positive("backoff_seconds", 1.0, float),
        plain_http_target=target or None)


# --------------------------------------------------------------------------- helpers


def _iso(value: datetime) -> str:
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _soql_time(value: datetime) -> str:
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    text = value.replace("Z", "+00:00")
    if len(text) > 5 and text[-5] in "+-" and text[-3] != ":":
        text = text[:-2] + ":" + text[-2:]
    return datetime.fromisoformat(text).astimezone(timezone.utc)


def _chunks(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _errors_of(exc: SalesforceError) -> list[dict[str, Any]]:
    content = exc.content
    if isinstance(content, dict):
        content = [content]
    return [c for c in content if isinstance(c, dict)] if isinstance(content, list) else []


def _describe_errors(errors: Iterable[dict[str, Any]]) -> str:
    return "; ".join(f"{e.get('statusCode') or e.get('errorCode')}: {e.get('message')}"
                     for e in errors) or "unknown error"


_VENDOR_ERRORS = {300: SalesforceMoreThanOneRecord, 400: SalesforceMalformedRequest,
                  401: SalesforceExpiredSession, 403: SalesforceRefusedRequest,
                  404: SalesforceResourceNotFound}


def _subrequest_error(status: int, url: str, body: Any) -> SalesforceError:
    """A failed composite subrequest as the exception simple-salesforce raises for the
    same answer on its own, so one translation serves both."""
    return _VENDOR_ERRORS.get(status, SalesforceGeneralError)(url, status, "composite", body)


@dataclass(slots=True)
class _Write:
    """One record's merged field updates in this apply call, and who asked for them."""

    sobject: str
    id: str
    fields: dict[str, Any] = field(default_factory=dict)
    keys: list[str] = field(default_factory=list)
    outcome: Outcome | None = None
    error: str | None = None


# --------------------------------------------------------------------------- connector


class SalesforceConnector:
    name = "salesforce"
    BATCH_SIZE = COLLECTION_MAX  # declared ability (sync.ports.Batched): records per collection call

    def __init__(self, settings: Mapping[str, Any], *, base_dir: Path) -> None:
        self.settings = _parse_settings(settings, base_dir)
        self._sf: Salesforce | None = None
        self._session: requests.Session | None = None
        self._stopped: QuotaExhausted | None = None
        self._retry_after: float | None = None
        self._last_status: int | None = None
        self.api_usage: str | None = None  # last Sforce-Limit-Info seen, e.g. "api-usage=18/5000"
        # Trackers are read with the lookup through a semi-join on TargetId; an org that
        # refuses it gets a separate tracker query by ids instead (one more call a lookup).
        self._semi_join = True
        p = self.settings.prefix
        self.f = {spec.suffix: f"{p}{spec.suffix}__c" for spec in FIELD_SPECS}

    # -- transport, login, error translation ---------------------------------------------

    def _http(self) -> requests.Session:
        if self._session is None:
            s = requests.Session()
            transport = _Transport(self.settings.timeout, self.settings.plain_http_target)
            s.mount("https://", transport)
            s.mount("http://", transport)
            s.hooks["response"].append(self._observe)
            self._session = s
        return self._session

    def _observe(self, response: requests.Response, *args: Any, **kwargs: Any) -> None:
        """Every response (logins and failures too): remember usage, Retry-After and the
        status (simple-salesforce's login error does not carry it)."""
        self._last_status = response.status_code
        usage = response.headers.get("Sforce-Limit-Info")
        if usage:
            self.api_usage = usage
        after = response.headers.get("Retry-After")
        try:
            self._retry_after = float(after) if after else None
        except ValueError:
            self._retry_after = None

    def _login(self) -> Salesforce:
        s, c = self.settings, self.settings.credentials
        common = dict(session=self._http(), sf_version=s.api_version, domain=s.domain)
        try:
            if s.auth == "session":
                session_id, instance = c["session_id"].reveal(), c["instance_url"]
                instance = instance if "://" in instance else f"https://{instance}"
            else:
                if s.auth == "jwt":
                    session_id, host = SalesforceLogin(
                        username=c["username"], consumer_key=c["consumer_key"],
                        privatekey=c["private_key"].reveal(), **common)
                elif s.auth == "password":
                    session_id, host = SalesforceLogin(
                        username=c["username"], password=c["password"].reveal(),
                        security_token=c["security_token"].reveal(), **common)
                else:
                    session_id, host = SalesforceLogin(
                        consumer_key=c["consumer_key"], consumer_secret=c["consumer_secret"].reveal(),
                        **common)
                instance = f"https://{host}"
        except SalesforceAuthenticationFailed as exc:
            raise self._login_error(exc) from None  # the vendor text may hold the request
        except requests.Timeout:
            raise Retryable("Salesforce login: timed out") from None
        except requests.RequestException as exc:
            raise Retryable(f"Salesforce login: {type(exc).__name__} (no answer)") from None
        return Salesforce(instance_url=instance, session_id=session_id, session=self._http(),
                          version=s.api_version)

    def _login_error(self, exc: SalesforceAuthenticationFailed) -> SyncError:
        """A refused login, by what Salesforce said. simple-salesforce gives the SOAP fault's
        `exceptionCode` or the OAuth `error` as `code`; when the body was neither (a
        maintenance or proxy page) it gives the HTTP status (an int) and the page."""
        code, message = exc.code, str(getattr(exc, "auth_message", "") or "")
        if not isinstance(code, str) or not code:
            return self._login_page_error(code if isinstance(code, int) else self._last_status, message)
        said = " ".join(message.split())[:200]
        text = f"{code}: {said}" if said else code
        if code in LOGIN_LIMITED:
            return self._login_limited(text)
        if code in LOGIN_REFUSED:
            return AuthError(f"Salesforce refused the login ({text})", setting=self._auth_setting())
        if code in LOGIN_TRANSIENT:
            return Retryable(f"Salesforce login: service unavailable ({text})",
                             retry_after=self._retry_after)
        # A code we do not know (SOAP faults all come as HTTP 500, so the status says nothing).
        return Permanent(f"Salesforce login failed ({text})")

    def _login_page_error(self, status: int | None, body: str) -> SyncError:
        """A login answered without a Salesforce error code; the page is not quoted."""
        if "REQUEST_LIMIT_EXCEEDED" in body:  # a REST-style error list
            return self._login_limited(f"HTTP {status} REQUEST_LIMIT_EXCEEDED")
        if status is None or status == 429 or status >= 500:
            return Retryable(f"Salesforce login: HTTP {status} (service unavailable)",
                             retry_after=self._retry_after)
        if status == 403:
            # Not Salesforce refusing the credentials (that is a coded fault) but an edge,
            # proxy or firewall refusing the request: nothing in the config to fix yet.
            return Retryable("Salesforce login: HTTP 403 without a Salesforce error code "
                             "(an edge, proxy or firewall refused it)")
        return Permanent(f"Salesforce login: HTTP {status} without a Salesforce error code; "
                         "check crm.domain / crm.login_url")

    def _login_limited(self, text: str) -> QuotaExhausted:
        # Salesforce sends no Retry-After with its rate limits: the connector stops for this
        # run (nothing more is sent) and the next cron run tries again.
        self._stopped = QuotaExhausted(f"Salesforce login rate-limited ({text}); the next run "
                                       "tries again", retry_after=self._retry_after)
        return self._stopped

    def _auth_setting(self) -> str:
        return {"jwt": "crm.consumer_key / crm.username / crm.private_key",
                "password": "crm.username / crm.password / crm.security_token",
                "client_credentials": "crm.consumer_key / crm.consumer_secret / crm.domain",
                "session": "crm.session_id"}[self.settings.auth]

    def _client(self) -> Salesforce:
        if self._sf is None:
            self._sf = self._login()
        return self._sf

    def _call(self, what: str, fn: Callable[[Salesforce], T]) -> T:
        """Run one API call with our retry policy; vendor errors become ours here."""
        if self._stopped is not None:
            raise QuotaExhausted(f"Salesforce: {self._stopped} (stopped for this run)")

        def attempt() -> T:
            refreshed = False
            while True:
                sf = self._client()
                try:
                    return fn(sf)
                except SalesforceExpiredSession as exc:
                    # One re-login per call; a session that dies again is revoked.
                    if refreshed or self.settings.auth == "session":
                        raise AuthError(f"Salesforce session rejected during {what}",
                                        setting=self._auth_setting()) from exc
                    log.info("Salesforce session expired; logging in again")
                    self._sf, refreshed = None, True
                except SalesforceError as exc:
                    raise self._translate(what, exc) from exc
                except requests.Timeout as exc:
                    raise Retryable(f"Salesforce {what}: timed out") from exc
                except requests.ConnectionError as exc:
                    raise Retryable(f"Salesforce {what}: connection failed") from exc

        retrying = Retrying(
            retry=retry_if_exception(lambda e: isinstance(e, Retryable)
                                     and not isinstance(e, QuotaExhausted)),
            stop=stop_after_attempt(self.settings.max_attempts), wait=self._wait, reraise=True)
        return retrying(attempt)

    def _wait(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        hinted = getattr(exc, "retry_after", None)
        if hinted is not None:
            return min(float(hinted), 300.0)
        return min(self.settings.backoff * 2 ** (state.attempt_number - 1), 60.0)

    def _translate(self, what: str, exc: SalesforceError) -> SyncError:
        errors = _errors_of(exc)
        codes = {e.get("errorCode") or e.get("statusCode") for e in errors}
        text = _describe_errors(errors)
        if "REQUEST_LIMIT_EXCEEDED" in codes:
            self._stopped = QuotaExhausted(f"Salesforce API limit reached ({text})",
                                           retry_after=self._retry_after)
            return self._stopped
        if isinstance(exc, SalesforceRefusedRequest):
            return AuthError(f"Salesforce refused {what}: {text}", setting=self._auth_setting())
        if "INVALID_FIELD" in codes or "INVALID_FIELD_FOR_INSERT_UPDATE" in codes:
            return Permanent(f"Salesforce {what}: {text.strip()} -- a field is missing or not "
                             "visible to the integration user; run `bounce-sync setup`")
        if exc.status >= 500 or codes & TRANSIENT:
            return Retryable(f"Salesforce {what}: HTTP {exc.status} {text}",
                             retry_after=self._retry_after)
        if isinstance(exc, (SalesforceMalformedRequest, SalesforceResourceNotFound)):
            return Permanent(f"Salesforce {what}: HTTP {exc.status} {text}")
        return Permanent(f"Salesforce {what}: HTTP {exc.status} {text}")

    def _query(self, what: str, soql: str, *, tooling: bool = False) -> list[dict[str, Any]]:
        timeout = self.settings.timeout
        if tooling:
            def run(sf: Salesforce) -> list[dict[str, Any]]:
                return sf.restful("tooling/query/", params={"q": soql}, timeout=timeout)["records"]
        else:
            def run(sf: Salesforce) -> list[dict[str, Any]]:
                return list(sf.query_all_iter(soql, timeout=timeout))
        return self._call(what, run)

    def _restful(self, what: str, path: str, *, method: str = "GET", body: Any = None) -> Any:
        timeout = self.settings.timeout
        return self._call(what, lambda sf: sf.restful(path, method=method, json=body, timeout=timeout))

    def _query_many(self, what: str, soqls: Sequence[str], *,
                    optional: Iterable[int] = ()) -> list[list[dict[str, Any]] | None]:
        """Records of each query, in order, in as few API calls as Salesforce allows: a
        short lone query is one GET; otherwise `composite` requests carry up to five
        queries each (SOQL in the body, one API call per request). Further result pages
        (over 2,000 rows) cost one `query_more` call each. A query whose index is in
        `optional` and that Salesforce refuses as a bad request yields None; any other
        failure raises, as the same query sent alone would."""
        optional = set(optional)
        out: list[list[dict[str, Any]] | None] = []
        for start in range(0, len(soqls), COMPOSITE_QUERIES):
            group = list(soqls[start:start + COMPOSITE_QUERIES])
            if len(group) == 1 and len(quote_plus(group[0])) < URL_BUDGET and start not in optional:
                out.append(self._query(what, group[0]))
                continue
            tolerated = {i - start for i in optional if start <= i < start + len(group)}
            out += self._call(what, lambda sf, g=group, t=tolerated: self._composite_queries(sf, g, t))
        return out

    def _composite_queries(self, sf: Salesforce, soqls: list[str],
                           tolerated: set[int]) -> list[list[dict[str, Any]] | None]:
        version = sf.sf_version
        subrequests = [{"method": "GET", "url": f"/services/data/v{version}/query/?{urlencode({'q': q})}",
                        "referenceId": f"q{i}"} for i, q in enumerate(soqls)]
        answer = sf.restful("composite", method="POST", timeout=self.settings.timeout,
                            json={"allOrNone": False, "compositeRequest": subrequests})
        items = {item.get("referenceId"): item for item in (answer or {}).get("compositeResponse") or ()
                 if isinstance(item, dict)}
        out: list[list[dict[str, Any]] | None] = []
        for i, sub in enumerate(subrequests):
            item = items.get(sub["referenceId"])
            if item is None:
                raise Permanent("Salesforce composite: an answer without the query results")
            status, body = int(item.get("httpStatusCode") or 500), item.get("body")
            if status >= 300:
                if i in tolerated and status == 400:
                    out.append(None)
                    continue
                raise _subrequest_error(status, sub["url"], body)
            records = list(body.get("records") or ())
            while not body.get("done", True) and body.get("nextRecordsUrl"):
                body = sf.query_more(body["nextRecordsUrl"], identifier_is_url=True,
                                     timeout=self.settings.timeout)
                records += body.get("records") or ()
            out.append(records)
        return out

    # -- CrmConnector: setup / check -------------------------------------------------------

    def setup(self, *, dry_run: bool) -> Sequence[CheckItem]:
        items: list[CheckItem] = []
        s = self.settings
        objects = ", ".join(quote_soql_value(o) for o in s.objects)
        existing = {(r["TableEnumOrId"], f"{r['DeveloperName']}__c") for r in self._query(
            "custom field lookup", "SELECT Id, DeveloperName, TableEnumOrId FROM CustomField "
            f"WHERE TableEnumOrId IN ({objects})", tooling=True)}
        for sobject in s.objects:
            for spec in FIELD_SPECS:
                api = self.f[spec.suffix]
                full = f"{sobject}.{api}"
                if (sobject, api) in existing:
                    items.append(CheckItem(name=f"field {full}", ok=True, detail="exists"))
                elif dry_run:
                    items.append(CheckItem(name=f"field {full}", ok=True, detail="would create"))
                else:
                    body = {"FullName": full, "Metadata": {"label": spec.label, **spec.metadata}}
                    self._restful(f"create {full}", "tooling/sobjects/CustomField/", method="POST",
                                  body=body)
                    items.append(CheckItem(name=f"field {full}", ok=True, detail="created"))
        items.extend(self._grant_fields(dry_run))
        return items

    def _grant_fields(self, dry_run: bool) -> list[CheckItem]:
        s = self.settings
        name = s.permission_set
        found = self._query("permission set lookup",
                            f"SELECT Id FROM PermissionSet WHERE Name = {quote_soql_value(name)}")
        wanted = [f"{o}.{api}" for o in s.objects for api in self.f.values()]
        if not found:
            if dry_run:
                return [CheckItem(name=f"permission set {name}", ok=True, detail="would create"),
                        CheckItem(name="field access", ok=True,
                                  detail=f"would grant read/edit on {len(wanted)} fields"),
                        CheckItem(name="assignment", ok=True,
                                  detail="would assign to the integration user")]
            created = self._restful("create permission set", "sobjects/PermissionSet/", method="POST",
                                    body={"Name": name, "Label": "Bounce Sync fields"})
            ps_id, ps_detail = created["id"], "created"
        else:
            ps_id, ps_detail = found[0]["Id"], "exists"
        items = [CheckItem(name=f"permission set {name}", ok=True, detail=ps_detail)]

        rows = self._query("field permission lookup", "SELECT Id, Field, PermissionsRead, "
                           f"PermissionsEdit FROM FieldPermissions WHERE ParentId = {quote_soql_value(ps_id)}")
        have = {r["Field"]: r for r in rows}
        create = [f for f in wanted if f not in have]
        fix = [have[f]["Id"] for f in wanted if f in have
               and not (have[f]["PermissionsRead"] and have[f]["PermissionsEdit"])]
        if dry_run:
            detail = f"would grant read/edit on {len(create) + len(fix)} fields" if create or fix else "granted"
            items.append(CheckItem(name="field access", ok=True, detail=detail))
        else:
            failures = []
            for batch in _chunks(create, COLLECTION_MAX):
                records = [{"attributes": {"type": "FieldPermissions"}, "ParentId": ps_id,
                            "SobjectType": f.partition(".")[0], "Field": f,
                            "PermissionsRead": True, "PermissionsEdit": True} for f in batch]
                results = self._restful("grant field access", "composite/sobjects", method="POST",
                                        body={"allOrNone": False, "records": records})
                failures += [_describe_errors(r["errors"]) for r in results if not r["success"]]
            for batch in _chunks(fix, COLLECTION_MAX):
                records = [{"attributes": {"type": "FieldPermissions"}, "id": i,
                            "PermissionsRead": True, "PermissionsEdit": True} for i in batch]
                results = self._restful("grant field access", "composite/sobjects", method="PATCH",
                                        body={"allOrNone": False, "records": records})
                failures += [_describe_errors(r["errors"]) for r in results if not r["success"]]
            items.append(CheckItem(name="field access", ok=not failures,
                                   detail="; ".join(failures) or
                                   f"read/edit on {len(wanted)} fields ({len(create) + len(fix)} new)"))

        user = self._call("who am I", lambda sf: sf.oauth2("userinfo"))["user_id"]
        assigned = self._query("assignment lookup", "SELECT Id FROM PermissionSetAssignment WHERE "
                               f"PermissionSetId = {quote_soql_value(ps_id)} AND AssigneeId = "
                               f"{quote_soql_value(user)}")
        if assigned:
            items.append(CheckItem(name="assignment", ok=True, detail="assigned"))
        elif dry_run:
            items.append(CheckItem(name="assignment", ok=True, detail="would assign to the integration user"))
        else:
            self._restful("assign permission set", "sobjects/PermissionSetAssignment/", method="POST",
                          body={"PermissionSetId": ps_id, "AssigneeId": user})
            items.append(CheckItem(name="assignment", ok=True, detail="assigned to the integration user"))
        return items

    def check(self) -> Sequence[CheckItem]:
        items: list[CheckItem] = []
        try:
            limits = self._call("limits", lambda sf: sf.limits(timeout=self.settings.timeout))
        except SyncError as exc:
            return [CheckItem(name="salesforce login", ok=False, detail=str(exc))]
        items.append(CheckItem(name="salesforce login", ok=True,
                               detail=f"auth={self.settings.auth}, instance={self._client().sf_instance}"))
        daily = limits.get("DailyApiRequests", {})
        items.append(CheckItem(name="api usage", ok=daily.get("Remaining", 1) > 0,
                               detail=f"{daily.get('Remaining')}/{daily.get('Max')} daily requests "
                               f"remaining; {self.api_usage or 'no Sforce-Limit-Info'}"))
        standard = ["EmailBouncedReason", "EmailBouncedDate"] if self.settings.write_standard_fields else []
        for sobject in self.settings.objects:
            try:
                described = self._restful(f"describe {sobject}", f"sobjects/{sobject}/describe/")
            except SyncError as exc:
                items.append(CheckItem(name=f"{sobject} fields", ok=False, detail=str(exc)))
                continue
            fields = {f["name"]: f for f in described["fields"]}
            missing = [n for n in [*self.f.values(), *standard, *self.settings.secondary]
                       if n not in fields]
            readonly = [n for n in [*self.f.values(), *standard] if n in fields and not fields[n]["updateable"]]
            problems = ([f"missing or not visible: {', '.join(missing)}"] if missing else []) + (
                [f"not writable: {', '.join(readonly)}"] if readonly else [])
            items.append(CheckItem(name=f"{sobject} fields", ok=not problems,
                                   detail="; ".join(problems) + " (run `bounce-sync setup`)"
                                   if problems else f"{len(self.f)} fields readable and writable"))
        return items

    # -- CrmConnector: lookups -------------------------------------------------------------

    def _select(self, sobject: str) -> str:
        f = self.f
        fields = ["Id", "Email", *self.settings.secondary, f["Status"], f["Address"],
                  f["Soft_Count"], "SystemModstamp"]
        return ", ".join(dict.fromkeys(fields))

    def _email_chunks(self, emails: Sequence[str]) -> Iterator[list[str]]:
        """Chunks of at most `query_chunk` addresses whose quoted IN lists keep each SOQL
        statement under its 100,000-character limit (each address appears once per
        email field)."""
        per_field = 1 + len(self.settings.secondary)
        chunk: list[str] = []
        size = 0
        for email in emails:
            cost = (len(quote_soql_value(email)) + 2) * per_field
            if chunk and (len(chunk) >= self.settings.query_chunk or size + cost > SOQL_BUDGET):
                yield chunk
                chunk, size = [], 0
            chunk.append(email)
            size += cost
        if chunk:
            yield chunk

    def _contact(self, sobject: str, row: dict[str, Any],
                 enrollments: Sequence[Enrollment] = ()) -> Contact:
        f = self.f
        status = row.get(f["Status"])
        try:
            bounce_status = BounceStatus(status) if status else None
        except ValueError:
            bounce_status = None  # a value a CRM user typed into an unrestricted picklist
        secondary = tuple(row[n] for n in self.settings.secondary if row.get(n))
        return Contact(ref=ContactRef(id=row["Id"], object_type=OBJECTS[sobject]),
                       email=row.get("Email"), emails=secondary, bounce_status=bounce_status,
                       bounced_address=row.get(f["Address"]) or None,
                       soft_count=int(row.get(f["Soft_Count"]) or 0),
                       enrollments=tuple(enrollments),
                       modified_at=_parse_time(row.get("SystemModstamp")))

    def find_contacts(self, emails: Sequence[str]) -> Sequence[Contact]:
        """One `composite` call per chunk of addresses: per object, the record query and
        the query of its active cadence trackers (a semi-join on the same filter). The
        composite reference notation documents only `.` and `[n]` (no "all ids of an
        earlier query"), so the tracker query repeats the filter instead of referring to
        the record query's answer."""
        wanted = list(dict.fromkeys(e.strip().lower() for e in emails if e and e.strip()))
        if not wanted:
            return []
        found: list[tuple[str, dict[str, Any]]] = []
        trackers: dict[str, list[Enrollment]] = {}
        unread: list[str] = []  # record ids whose trackers still need reading
        for chunk in self._email_chunks(wanted):
            listed = ", ".join(quote_soql_value(e) for e in chunk)
            match = " OR ".join(f"{n} IN ({listed})" for n in ("Email", *self.settings.secondary))
            soqls: list[str] = []
            for sobject in self.settings.objects:
                where = f"({match})" + (" AND IsConverted = false" if sobject == "Lead" else "")
                soqls.append(f"SELECT {self._select(sobject)} FROM {sobject} WHERE {where}")
                if self._semi_join:
                    soqls.append(self._tracker_soql(f"TargetId IN (SELECT Id FROM {sobject} WHERE {where})"))
            step = 2 if self._semi_join else 1
            answers = self._query_many("contact lookup", soqls,
                                       optional=range(1, len(soqls), step) if self._semi_join else ())
            for n, sobject in enumerate(self.settings.objects):
                rows = answers[n * step] or []
                found += [(sobject, row) for row in rows]
                tracked = answers[n * step + 1] if self._semi_join else None
                if tracked is None:
                    unread += [row["Id"] for row in rows]
                else:
                    self._add_trackers(trackers, tracked)
            if any(answers[i] is None for i in range(1, len(answers), step)) and self._semi_join:
                log.warning("Salesforce refused the tracker semi-join; reading trackers by id")
                self._semi_join = False
        if unread:
            trackers.update(self._active_trackers(unread))
        return [self._contact(sobject, row, trackers.get(row["Id"], ())) for sobject, row in found]

    @staticmethod
    def _tracker_soql(condition: str) -> str:
        return (f"SELECT {TRACKER_FIELDS} FROM ActionCadenceTracker WHERE {condition} AND "
                "IsTrackerActive = true ORDER BY TargetId, Id")

    @staticmethod
    def _add_trackers(out: dict[str, list[Enrollment]], rows: Iterable[dict[str, Any]]) -> None:
        # The step stays None: Salesforce exposes no step number. CurrentStepId names an
        # ActionCadenceStepTracker whose ActionCadenceStep sits in a graph of steps linked
        # by name (branches included), and re-enrolment starts at step one regardless.
        for row in rows:
            cadence = row.get("ActionCadence") or {}
            out.setdefault(row["TargetId"], []).append(Enrollment(
                sequence_id=row["ActionCadenceId"], sequence_name=cadence.get("Name"),
                user_id=row.get("OwnerId"), tracker_id=row["Id"]))

    def _active_trackers(self, target_ids: Sequence[str]) -> dict[str, list[Enrollment]]:
        """Active trackers of these records: up to 5,000 ids per call."""
        out: dict[str, list[Enrollment]] = {}
        ids = list(dict.fromkeys(target_ids))
        soqls = [self._tracker_soql(f"TargetId IN ({', '.join(quote_soql_value(i) for i in chunk)})")
                 for chunk in _chunks(ids, ID_CHUNK)]
        for rows in self._query_many("cadence lookup", soqls):
            self._add_trackers(out, rows or ())
        return out

    # -- CrmConnector: writes --------------------------------------------------------------

    def _fields_for(self, action: Action) -> dict[str, Any]:
        f, s = self.f, self.settings
        if isinstance(action, MarkBounced):
            values = {
                f["Status"]: action.status.value, f["Hard"]: action.hard,
                f["Reason"]: action.reason[:TEXT_LIMITS["Reason"]],
                f["Reason_Label"]: action.reason_label[:TEXT_LIMITS["Reason_Label"]],
                f["Diagnostic"]: action.diagnostic[:TEXT_LIMITS["Diagnostic"]],
                f["Bounced_At"]: _iso(action.bounced_at), f["Address"]: action.address,
                f["Soft_Count"]: action.soft_count}
            if s.write_standard_fields and action.status is BounceStatus.BOUNCED:
                reason = f"{action.reason_label}: {action.diagnostic}" if action.diagnostic else action.reason_label
                values.update(EmailBouncedReason=reason[:255], EmailBouncedDate=_iso(action.bounced_at))
            return values
        if isinstance(action, ClearBounce):
            values = {f[n]: None for n in ("Status", "Reason", "Reason_Label", "Diagnostic",
                                           "Bounced_At", "Address", "Soft_Count")}
            values[f["Hard"]] = False  # a checkbox cannot be null
            values[f["Note"]] = action.note[:TEXT_LIMITS["Note"]] or None
            if s.write_standard_fields:
                values.update(EmailBouncedReason=None, EmailBouncedDate=None)
            return values
        if isinstance(action, Flag):
            return {f["Status"]: action.status.value, f["Note"]: action.note[:TEXT_LIMITS["Note"]]}
        return {}

    def apply(self, actions: Sequence[Action]) -> Sequence[ApplyResult]:
        results: dict[str, ApplyResult] = {}
        writes: dict[str, _Write] = {}

        def write_for(ref: ContactRef) -> _Write:
            sobject = "Lead" if ref.object_type == "lead" else "Contact"
            return writes.setdefault(ref.id, _Write(sobject=sobject, id=ref.id))

        unenrolls = [a for a in actions if isinstance(a, Unenroll)]
        # An Unenroll carries the trackers its lookup saw: remove those, by id, without
        # reading them again (one that ended meanwhile fails and is checked in _remove).
        # One carrying none is read now: it may have been enrolled since.
        active: dict[str, list[Enrollment]] = {
            a.contact.id: list(a.enrollments) for a in unenrolls
            if a.enrollments and all(e.tracker_id for e in a.enrollments)}
        unread = [a.contact.id for a in unenrolls if a.contact.id not in active]
        if unread:
            active.update(self._active_trackers(unread))
        for action in actions:
            if isinstance(action, (MarkBounced, ClearBounce, Flag)):
                w = write_for(action.contact)
                w.fields.update(self._fields_for(action))
                w.keys.append(action.key)
            elif isinstance(action, Unenroll) and active.get(action.contact.id):
                # Save what we remove before removing it: the record is the durable copy.
                w = write_for(action.contact)
                saved = [{"cadence_id": e.sequence_id, "cadence": e.sequence_name,
                          "tracker_id": e.tracker_id, "user_id": e.user_id, "step": e.step}
                         for e in active[action.contact.id]]
                w.fields[self.f["Cadences"]] = json.dumps(saved, separators=(",", ":"))
                w.keys.append(action.key)
        self._write(list(writes.values()))
        for w in writes.values():
            for key in w.keys:
                results[key] = ApplyResult(key=key, outcome=w.outcome or Outcome.DONE, error=w.error)

        removals: list[tuple[Unenroll, Enrollment]] = []
        for action in unenrolls:
            if not active.get(action.contact.id):
                results[action.key] = ApplyResult(key=action.key, outcome=Outcome.SKIPPED,
                                                  error="not in an active cadence")
            elif results[action.key].outcome is Outcome.DONE:
                removals += [(action, e) for e in active[action.contact.id]]
        self._remove(removals, results)

        reenrolls = [a for a in actions if isinstance(a, Reenroll)]
        if reenrolls:
            self._reenroll(reenrolls, results)
        return [results[a.key] for a in actions]

    def _write(self, writes: list[_Write]) -> None:
        """Collections PATCH, 200 per call, Contacts before Leads; locked rows are retried
        alone, the rest of each answer is final."""
        pending = sorted(writes, key=lambda w: w.sobject)
        for attempt in range(1, self.settings.max_attempts + 1):
            locked: list[_Write] = []
            for batch in _chunks(pending, COLLECTION_MAX):
                records = [{"attributes": {"type": w.sobject}, "id": w.id, **w.fields} for w in batch]
                answer = self._restful("update", "composite/sobjects", method="PATCH",
                                       body={"allOrNone": False, "records": records})
                for w, item in zip(batch, answer):
                    codes = {e.get("statusCode") for e in item.get("errors") or ()}
                    if item.get("success"):
                        w.outcome, w.error = Outcome.DONE, None
                    elif codes & TRANSIENT:
                        w.outcome, w.error = Outcome.RETRY, _describe_errors(item["errors"])
                        locked.append(w)
                    elif codes & GONE:
                        w.outcome, w.error = Outcome.SKIPPED, _describe_errors(item["errors"])
                    else:
                        w.outcome, w.error = Outcome.FAILED, _describe_errors(item["errors"])
            if not locked or attempt == self.settings.max_attempts:
                return
            time.sleep(min(self.settings.backoff * 2 ** (attempt - 1), 60.0))
            pending = locked

    def _invoke(self, action: str, inputs: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """One invocable-action call; per-input results in input order. A call whose every
        input failed may come back as HTTP 400 carrying the same result list."""
        timeout = self.settings.timeout

        def run(sf: Salesforce) -> list[dict[str, Any]]:
            try:
                return sf.restful(f"actions/standard/{action}", method="POST",
                                  json={"inputs": inputs}, timeout=timeout)
            except SalesforceMalformedRequest as exc:
                if isinstance(exc.content, list) and exc.content and all(
                        isinstance(c, dict) and "isSuccess" in c for c in exc.content):
                    return exc.content
                raise
        answer = self._call(action, run)
        if not isinstance(answer, list) or len(answer) != len(inputs):
            raise Permanent(f"Salesforce {action}: unexpected answer shape")
        return answer

    def _remove(self, removals: list[tuple[Unenroll, Enrollment]],
                results: dict[str, ApplyResult]) -> None:
        removed: dict[str, list[Enrollment]] = {}
        problems: dict[str, dict[str | None, str]] = {}  # key -> tracker id -> error
        transient: set[str] = set()
        for batch in _chunks(removals, self.settings.action_chunk):
            inputs = [{"actionCadenceTrackerId": e.tracker_id, "completionReasonCode": "ManuallyRemoved",
                       "completionDisposition": self.settings.disposition} for _, e in batch]
            for (action, enrollment), item in zip(batch, self._invoke("removeTargetFromSalesCadence", inputs)):
                if item.get("isSuccess"):
                    removed.setdefault(action.key, []).append(enrollment)
                else:
                    errors = item.get("errors") or []
                    problems.setdefault(action.key, {})[enrollment.tracker_id] = _describe_errors(errors)
                    if {e.get("statusCode") for e in errors} & TRANSIENT:
                        transient.add(action.key)
        if problems:
            # A retried call whose first try had gone through fails with "not active":
            # a tracker that is no longer active was removed, so it counts as removed.
            failed = [(a, e) for a, e in removals if e.tracker_id in problems.get(a.key, {})]
            still = self._active_trackers([a.contact.id for a, _ in failed])
            for action, enrollment in failed:
                if enrollment.tracker_id not in {e.tracker_id for e in still.get(action.contact.id, ())}:
                    removed.setdefault(action.key, []).append(enrollment)
                    del problems[action.key][enrollment.tracker_id]
        for key in {a.key for a, _ in removals}:
            gone = tuple(removed.get(key, ()))
            if problems.get(key):
                outcome = Outcome.RETRY if key in transient else Outcome.FAILED
                results[key] = ApplyResult(key=key, outcome=outcome, removed=gone,
                                           error="; ".join(problems[key].values()))
            else:
                results[key] = ApplyResult(key=key, outcome=Outcome.DONE, removed=gone)

    def _reenroll(self, actions: list[Reenroll], results: dict[str, ApplyResult]) -> None:
        running = self._active_trackers([a.contact.id for a in actions])
        todo: list[tuple[Reenroll, Enrollment]] = []
        for action in actions:
            already = {e.sequence_id for e in running.get(action.contact.id, ())}
            wanted = list({e.sequence_id: e for e in action.enrollments}.values())
            todo += [(action, e) for e in wanted if e.sequence_id not in already]
        problems: dict[str, list[str]] = {}
        transient: set[str] = set()
        for batch in _chunks(todo, self.settings.action_chunk):
            inputs = []
            for action, e in batch:
                item = {"salesCadenceNameOrId": e.sequence_id, "targetId": action.contact.id}
                if e.user_id:
                    item["userId"] = e.user_id
                inputs.append(item)
            for (action, _), item in zip(batch, self._invoke("assignTargetToSalesCadence", inputs)):
                errors = item.get("errors") or []
                codes = {e.get("statusCode") for e in errors}
                if item.get("isSuccess") or "DUPLICATE_VALUE" in codes:
                    continue  # already there (a retried call that had succeeded)
                problems.setdefault(action.key, []).append(_describe_errors(errors))
                if codes & TRANSIENT:
                    transient.add(action.key)
        for action in actions:
            if action.key in problems:
                outcome = Outcome.RETRY if action.key in transient else Outcome.FAILED
                results[action.key] = ApplyResult(key=action.key, outcome=outcome,
                                                  error="; ".join(problems[action.key]))
            else:
                results[action.key] = ApplyResult(key=action.key, outcome=Outcome.DONE)

    # -- CrmConnector: watcher -------------------------------------------------------------

    def bounced_changes(self, cursor: str | None, *, until: datetime) -> ChangeBatch:
        """Keyset pages over (SystemModstamp, Id) per object. The cursor remembers, per
        object, the last row seen and whether that object is mid-way through its pages;
        a fresh pass starts `watch_lag_seconds` before the last row to cover late commits."""
        if until.tzinfo is None:
            raise ValueError("until must be timezone-aware")
        try:
            state: dict[str, dict[str, Any]] = json.loads(cursor) if cursor else {}
        except ValueError:
            raise Permanent("Salesforce watcher cursor is not ours; reset the watcher cursor") from None
        paging = any(v.get("paging") for v in state.values())
        contacts: list[Contact] = []
        f = self.f
        asked: list[tuple[str, str]] = []
        for sobject in self.settings.objects:
            mine = state.get(sobject, {})
            if paging and not mine.get("paging"):
                continue  # finish the objects still paging first
            where = [f"{f['Status']} != null", f"SystemModstamp <= {_soql_time(until)}"]
            last = _parse_time(mine.get("ts"))
            if last and mine.get("paging"):
                where.append(f"(SystemModstamp > {_soql_time(last)} OR (SystemModstamp = "
                             f"{_soql_time(last)} AND Id > {quote_soql_value(mine['id'])}))")
            elif last:
                where.append(f"SystemModstamp >= {_soql_time(last - self.settings.lag)}")
            asked.append((sobject, f"SELECT {self._select(sobject)} FROM {sobject} WHERE "
                                   f"{' AND '.join(where)} ORDER BY SystemModstamp, Id LIMIT {CHANGES_PAGE}"))
        # every object's query in one call (a composite when there are several)
        answers = self._query_many("changes", [soql for _, soql in asked])
        for (sobject, _), rows in zip(asked, answers):
            rows = rows or []
            mine = state.get(sobject, {})
            contacts += [self._contact(sobject, row) for row in rows]
            if rows:
                state[sobject] = {"ts": rows[-1]["SystemModstamp"], "id": rows[-1]["Id"],
                                  "paging": len(rows) >= CHANGES_PAGE}
            else:
                state[sobject] = {"ts": mine.get("ts"), "id": None, "paging": False}
        more = any(v.get("paging") for v in state.values())
        return ChangeBatch(contacts=tuple(contacts), cursor=json.dumps(state, sort_keys=True), more=more)
