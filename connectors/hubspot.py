"""HubSpot CRM connector (hubspot-api-client), see shared/api/hubspot.md.

Settings (the `[crm]` table of the config file):
  access_token              private-app token (a `Secret`; `env:`/`file:` reference). Scopes:
                            crm.objects.contacts.read/write, crm.schemas.contacts.read/write,
                            automation, automation.sequences.read,
                            automation.sequences.enrollments.write
  base_url                  TESTS ONLY (the fake server); default https://api.hubapi.com
  property_group            default "bounce_sync": the group holding our properties
  property_prefix           default "bounce_sync_": prefix of our property names
  secondary_email_property  default "hs_additional_emails" (`;`-separated); "" disables
                            secondary-address lookups
  unenroll                  "workflow" (default): set a trigger property that a workflow with
                            HubSpot's "Unenroll from sequence" action watches (HubSpot has no
                            unenroll API); "none": never touch sequences
  reenroll_sender           sender inbox used to re-enroll when the enrollment did not say
  reenroll_user_id          HubSpot user id used to re-enroll when the enrollment did not say
  search_lag_seconds        overlap re-read by `bounced_changes` (search lags writes), default 300
  search_rate_per_second    our pace for the search API (HubSpot allows 5/s), default 4
  request_timeout           seconds per HTTP request, default 30
  max_attempts              tries per request on 429/5xx/timeouts, default 6

Any other key is refused (`ConfigError`, with "did you mean ...?" for a near miss): SETTINGS
lists the keys above.

Costs (requests): find_contacts = ceil(N/100) batch reads + ceil(U/5) paced searches for the U
addresses not found as a primary email + one enrollment GET per contact that is in a sequence
(there is no batch API). apply = ceil(C/100) batch updates for C contacts: each contact's writes
of the call (MarkBounced/ClearBounce/Flag fields, the Unenroll trigger, the Reenroll trigger
clearing) go in one input; a whole-batch 400 costs about 2*log2(100) extra requests to isolate
the bad record. An Unenroll carrying the enrollments the lookup saw reads nothing; one carrying
none costs a share of a batch read (+ one GET if enrolled). Reenroll = one POST per sequence
(+ one GET when HubSpot refuses it, to tell "already in it" from "in another one").
bounced_changes = one search when nothing changed, else 1 + ceil(W/200) for a W-contact window.

Nothing here logs or raises the token; vendor exceptions never leave this module.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import hubspot
import urllib3
from hubspot.crm.contacts import exceptions as contact_errors
from hubspot.crm.contacts.models import (
    BatchInputSimplePublicObjectBatchInput, BatchReadInputSimplePublicObjectId, Filter,
    FilterGroup, PublicObjectSearchRequest, SimplePublicObjectBatchInput, SimplePublicObjectId,
)
from hubspot.crm.properties import exceptions as property_errors
from hubspot.crm.properties.models import OptionInput, PropertyCreate, PropertyGroupCreate
from tenacity import Retrying, retry_if_exception_type, stop_after_attempt

from classifier.records import normalise_address
from connectors.base import CheckItem
from connectors.settings import reject_unknown
from sync.errors import AuthError, ConfigError, Permanent, QuotaExhausted, Retryable
from sync.records import (
    Action, ApplyResult, BounceStatus, ChangeBatch, ClearBounce, Contact, ContactRef, Enrollment,
    Flag, MarkBounced, Outcome, Reenroll, Unenroll,
)
from sync.secret import Secret

log = logging.getLogger(__name__)

# Incremental read, declared next to the method that uses it (STYLE: Singer/dlt signposts).
CURSOR_FIELD = "lastmodifieddate"  # contacts: not hs_lastmodifieddate
BATCH_SIZE = 100  # batch read/update maximum
SEARCH_PAGE = 200  # search maximum page
SEARCH_CAP = 10_000  # search refuses to page past this many results per query
SECONDARY_PER_SEARCH = 5  # filterGroups per search, one address each (limit 5 groups)
UNENROLL_ACTION_TYPE = "0-4702372"  # workflow action "Unenroll from sequence" (api §6)
WORKFLOW_NAME = "bounce-sync: unenroll bounced contacts"
TOKEN_SETTING = "crm.access_token"
# Every key the docstring documents (`base_url` is for tests: the fake server).
SETTINGS = frozenset({
    "access_token", "base_url", "property_group", "property_prefix", "secondary_email_property",
    "unenroll", "reenroll_sender", "reenroll_user_id", "search_lag_seconds",
    "search_rate_per_second", "request_timeout", "max_attempts"})
_API_ERRORS = (contact_errors.OpenApiException, property_errors.OpenApiException)
_DIAGNOSTIC_MAX = 2000  # keeps a multi-kB server text from bloating every record


class _Transient(Retryable):
    """A 429 (not DAILY), 5xx, timeout or dropped connection: tried again by `_Http`."""


class _HttpError(Permanent):
    """A 4xx the caller may want to handle (400 to bisect, 404, 409)."""

    def __init__(self, message: str, *, status: int, category: str | None) -> None:
        super().__init__(message)
        self.status, self.category = status, category


@dataclass(frozen=True, slots=True, kw_only=True)
class _Settings:
    token: Secret
    base_url: str
    group: str
    prefix: str
    secondary: str
    unenroll: str
    reenroll_sender: str | None
    reenroll_user_id: str | None
    lag_seconds: float
    search_rate: float
    timeout: float
    max_attempts: int

    @classmethod
    def parse(cls, s: Mapping[str, Any]) -> _Settings:
        reject_unknown(s, SETTINGS, prefix="crm.")
        token = s.get("access_token")
        if isinstance(token, str) and token:
            raise ConfigError("crm.access_token", "the token is written in the config file",
                              'use "env:HUBSPOT_TOKEN" or "file:/path/to/token"')
        if not isinstance(token, Secret):
            raise ConfigError("crm.access_token", "missing",
                              'set access_token = "env:HUBSPOT_TOKEN" (a private-app token)')
        base_url = str(s.get("base_url", "https://api.hubapi.com")).rstrip("/")
        if not base_url.startswith(("https://", "http://127.0.0.1", "http://localhost")):
            raise ConfigError("crm.base_url", f"{base_url!r} is not an https URL",
                              "use https://api.hubapi.com or leave it out")
        unenroll = str(s.get("unenroll", "workflow"))
        if unenroll not in ("workflow", "none"):
            raise ConfigError("crm.unenroll", f"unknown value {unenroll!r}",
                              'use "workflow" or "none"')

        def number(key: str, default: float, low: float) -> float:
            value = s.get(key, default)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value < low:
                raise ConfigError(f"crm.{key}", f"{value!r} is not a number >= {low}",
                                  f"set a number such as {default} or leave it out")
            return float(value)

        rate = number("search_rate_per_second", 4, 0.1)
        names = {k: str(s.get(k, d)) for k, d in (("property_group", "bounce_sync"),
                                                  ("property_prefix", "bounce_sync_"))}
        for key, value in names.items():
            if not value or not value.replace("_", "a").isalnum() or value != value.lower():
                raise ConfigError(f"crm.{key}", f"{value!r} is not a HubSpot internal name",
                                  "use lowercase letters, digits and underscores")
        return cls(
            token=token, base_url=base_url, group=names["property_group"],
            prefix=names["property_prefix"],
            secondary=str(s.get("secondary_email_property", "hs_additional_emails")),
            unenroll=unenroll,
            reenroll_sender=s.get("reenroll_sender") or None,
            reenroll_user_id=str(s["reenroll_user_id"]) if s.get("reenroll_user_id") else None,
            lag_seconds=number("search_lag_seconds", 300, 0), search_rate=rate,
            timeout=number("request_timeout", 30, 0.05),
            max_attempts=int(number("max_attempts", 6, 1)),
        )


# ------------------------------------------------------------------------------ HTTP seam


class _Http:
    """Every request goes through `call`: pacing, retries, and the translation of vendor
    errors into ours. The SDK's own urllib3 retries are off (they skip POST and raise
    MaxRetryError), so this is the only retry loop."""

    def __init__(self, settings: _Settings, sleep: Callable[[float], None] = time.sleep) -> None:
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

    def call(self, what: str, fn: Callable[..., Any], *args: Any, search: bool = False,
             **kwargs: Any) -> tuple[Any, int]:
        kwargs["_request_timeout"] = self._timeout
        retrying = Retrying(retry=retry_if_exception_type(_Transient),
                            stop=stop_after_attempt(self._max_attempts), wait=self._wait,
                            sleep=self._sleep, reraise=True)
        return retrying(self._once, what, fn, args, kwargs, search)

    def _once(self, what: str, fn: Callable[..., Any], args: tuple, kwargs: dict,
              search: bool) -> tuple[Any, int]:
        self._pace(search)
        self.requests += 1
        try:
            data, status, headers = fn(*args, **kwargs)
        except _API_ERRORS as exc:
            self._note_limits(getattr(exc, "headers", None))
            error = _translate(what, exc)
            if isinstance(error, Retryable) and error.retry_after is not None:
                with self._lock:
                    self._not_before[search] = max(self._not_before[search],
                                                   time.monotonic() + error.retry_after)
            raise error from exc
        except urllib3.exceptions.HTTPError as exc:  # timeouts, resets, refused connections
            raise _Transient(f"HubSpot {what}: {type(exc).__name__} (no answer)") from exc
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
        headers = _headers(headers)
        try:
            remaining = int(headers.get("x-hubspot-ratelimit-remaining"))
            window = int(headers.get("x-hubspot-ratelimit-interval-milliseconds")) / 1000
        except (TypeError, ValueError):
            return  # search answers carry no ten-secondly headers
        with self._lock:
            self._remaining, self._window = remaining, window

    @staticmethod
    def _wait(state: Any) -> float:
        exc = state.outcome.exception()
        if isinstance(exc, Retryable) and exc.retry_after is not None:
            return exc.retry_after
        return min(30.0, 0.5 * 2 ** (state.attempt_number - 1))


def _body(exc: Any) -> dict[str, Any]:
    raw = getattr(exc, "body", None)
    if isinstance(raw, bytes):
        raw = raw.decode("utf-8", "replace")
    try:
        body = json.loads(raw) if raw else {}
    except ValueError:
        return {}  # 404 by idProperty answers HTML (api §1)
    return body if isinstance(body, dict) else {}


def _translate(what: str, exc: Any) -> Exception:
    status = int(getattr(exc, "status", 0) or 0)
    body = _body(exc)
    headers = _headers(getattr(exc, "headers", None))
    message = str(body.get("message") or getattr(exc, "reason", "") or "no message")[:300]
    category = body.get("category")
    if status == 429:
        policy = body.get("policyName", "")
        if policy == "DAILY":
            return QuotaExhausted(f"HubSpot daily API limit reached during {what}; "
                                  "work waits for the next run")
        retry_after = _float(headers.get("retry-after"))
        if retry_after is None:
            interval = _float(headers.get("x-hubspot-ratelimit-interval-milliseconds"))
            retry_after = interval / 1000 if interval else 1.0  # SECONDLY: about a second
        return _Transient(f"HubSpot {what}: rate limited ({policy or 'unknown policy'})",
                          retry_after=retry_after)
    if status == 0 or status >= 500 or status == 423:
        return _Transient(f"HubSpot {what}: HTTP {status or 'error'} {message}",
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
    return _HttpError(f"HubSpot {what}: HTTP {status} {category or ''} {message}".strip(),
                      status=status, category=category)


def _headers(raw: Any) -> dict[str, str]:
    """Lower-cased header names: urllib3 gives an HTTPHeaderDict, a vcrpy replay a list."""
    if not raw:
        return {}
    items = raw.items() if hasattr(raw, "items") else raw
    return {str(k).lower(): str(v) for k, v in items}


def _float(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _chunks(items: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _iso(dt: datetime) -> str:
    ms = int(dt.timestamp() * 1000)
    return datetime.fromtimestamp(ms / 1000, timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + \
        f"{ms % 1000:03d}Z"


def _parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    value = value.strip()
    if value.lstrip("-").isdigit():
        return datetime.fromtimestamp(int(value) / 1000, timezone.utc)
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)


# ------------------------------------------------------------------------------ connector


class HubSpotConnector:
    name = "hubspot"
    BATCH_SIZE = BATCH_SIZE  # declared ability (sync.ports.Batched): the module's batch maximum

    def __init__(self, settings: Mapping[str, Any], *, base_dir: Path,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self._cfg = _Settings.parse(settings)
        self._base_dir = base_dir
        p = self._cfg.prefix
        self._p = {k: p + k for k in (
            "status", "hard", "reason", "reason_label", "diagnostic", "bounced_at",
            "bounced_address", "soft_count", "note", "saved_enrollments",
            "unenroll_requested_at")}
        # client_side_validation off: a live answer missing a field the generated models call
        # required (e.g. `links` on a 207 error) must not turn a good batch into an exception.
        client = hubspot.HubSpot(access_token=self._cfg.token.reveal(), host=self._cfg.base_url,
                                 base_url=self._cfg.base_url, retry=False,
                                 client_side_validation=False)
        # each discovery attribute builds a new ApiClient: keep one of each
        contacts = client.crm.contacts
        self._batch, self._search, self._basic = contacts.batch_api, contacts.search_api, \
            contacts.basic_api
        properties = client.crm.properties
        self._core, self._groups = properties.core_api, properties.groups_api
        self._http = _Http(self._cfg, sleep)

    @property
    def requests_sent(self) -> int:
        return self._http.requests

    # ------------------------------------------------------------------ raw endpoints

    def _raw(self, what: str, method: str, path: str, *, query: Mapping[str, str] | None = None,
             body: Any = None) -> tuple[Any, int]:
        """Endpoints the SDK has no module for (sequences v4, automation v4 flows). We send
        them through the generated ApiClient rather than `api_request`, which cannot take a
        timeout and does not raise on errors (api §6, §8)."""
        api_client = self._batch.api_client
        return self._http.call(
            what, api_client.call_api, path, method,
            query_params=list((query or {}).items()),
            header_params={"Accept": "application/json", "Content-Type": "application/json"},
            body=body, response_types_map={200: "object", 201: "object", 204: None},
            auth_settings=["oauth2"], _return_http_data_only=False)

    # ------------------------------------------------------------------ properties we own

    def _definitions(self) -> list[dict[str, Any]]:
        P = self._p
        status_options = [OptionInput(label=s.value.replace("_", " ").capitalize(),
                                      value=s.value, hidden=False, display_order=i)
                          for i, s in enumerate(BounceStatus)]
        bool_options = [OptionInput(label="Yes", value="true", hidden=False, display_order=0),
                        OptionInput(label="No", value="false", hidden=False, display_order=1)]
        return [
            dict(name=P["status"], label="Bounce status", type="enumeration", field_type="select",
                 options=status_options),
            dict(name=P["hard"], label="Hard bounce", type="bool", field_type="booleancheckbox",
                 options=bool_options),
            dict(name=P["reason"], label="Bounce reason code", type="string", field_type="text"),
            dict(name=P["reason_label"], label="Bounce reason", type="string", field_type="text"),
            dict(name=P["diagnostic"], label="Bounce diagnostic", type="string",
                 field_type="textarea"),
            dict(name=P["bounced_at"], label="Bounced at", type="datetime", field_type="date"),
            dict(name=P["bounced_address"], label="Bounced address", type="string",
                 field_type="text"),
            dict(name=P["soft_count"], label="Soft bounces", type="number", field_type="number"),
            dict(name=P["note"], label="Bounce note", type="string", field_type="text"),
            dict(name=P["saved_enrollments"], label="Sequences removed on bounce (bounce-sync)",
                 type="string", field_type="textarea"),
            dict(name=P["unenroll_requested_at"], label="Unenroll requested at (bounce-sync "
                 "workflow trigger)", type="datetime", field_type="date"),
        ]

    def _read_props(self) -> list[str]:
        extra = [self._cfg.secondary] if self._cfg.secondary else []
        return ["email", *extra, "hs_sequences_is_enrolled", CURSOR_FIELD, *self._p.values()]

    def _workflow_body(self) -> dict[str, Any]:
        trigger = self._p["unenroll_requested_at"]
        known = {"filterType": "PROPERTY", "property": trigger,
                 "operation": {"operationType": "ALL_PROPERTY", "operator": "IS_KNOWN",
                               "includeObjectsWithNoValueSet": False}}
        return {
            "name": WORKFLOW_NAME, "type": "CONTACT_FLOW", "objectTypeId": "0-1",
            "flowType": "WORKFLOW", "isEnabled": True, "canEnrollFromSalesforce": False,
            "startActionId": "1", "nextAvailableActionId": "2",
            "actions": [{"type": "SINGLE_CONNECTION", "actionId": "1", "actionTypeVersion": 0,
                         "actionTypeId": UNENROLL_ACTION_TYPE, "fields": {}}],
            "enrollmentCriteria": {
                "type": "LIST_BASED", "shouldReEnroll": True,
                "listFilterBranch": {"filterBranchType": "OR", "filterBranchOperator": "OR",
                                     "filters": [], "filterBranches": [
                                         {"filterBranchType": "AND", "filterBranchOperator": "AND",
                                          "filters": [known], "filterBranches": []}]},
                "reEnrollmentTriggersFilterBranches": [
                    {"filterBranchType": "AND", "filterBranchOperator": "AND",
                     "filters": [known], "filterBranches": []}],
                "unEnrollObjectsNotMeetingCriteria": False},
            "timeWindows": [], "blockedDates": [], "customProperties": {},
            "dataSources": [], "suppressionListIds": []}

    def _manual_workflow_steps(self) -> str:
        return (f'In HubSpot: Automation > Workflows > Create > From scratch > Contact-based; '
                f'trigger "{self._p["unenroll_requested_at"]} is known", turn re-enrollment on '
                f'for that property; add the action "Unenroll from sequence"; name it '
                f'"{WORKFLOW_NAME}" and turn it on. Needs Sales or Service Hub Professional.')

    def _find_workflow(self) -> CheckItem:
        try:
            data, _ = self._raw("list workflows", "GET", "/automation/v4/flows")
        except (AuthError, _HttpError) as exc:
            return CheckItem(name="workflow", ok=False,
                             detail=f"cannot read workflows ({exc}). {self._manual_workflow_steps()}")
        for flow in (data or {}).get("results") or []:
            if flow.get("name") == WORKFLOW_NAME:
                ok = bool(flow.get("isEnabled"))
                return CheckItem(name="workflow", ok=ok, detail=f"workflow {flow.get('id')} "
                                 + ("is on" if ok else "is OFF: turn it on in HubSpot"))
        return CheckItem(name="workflow", ok=False, detail="missing")

    def setup(self, *, dry_run: bool) -> Sequence[CheckItem]:
        items: list[CheckItem] = []
        cfg = self._cfg
        try:
            self._http.call("read property group", self._groups.get_by_name_with_http_info,
                            "contacts", cfg.group)
            items.append(CheckItem(name=f"group {cfg.group}", ok=True, detail="present"))
        except _HttpError as exc:
            if exc.status != 404:
                raise
            if dry_run:
                items.append(CheckItem(name=f"group {cfg.group}", ok=True, detail="would create"))
            else:
                self._create("create property group", self._groups.create_with_http_info,
                             "contacts", PropertyGroupCreate(name=cfg.group, label="Bounces "
                                                             "(bounce-sync)", display_order=-1))
                items.append(CheckItem(name=f"group {cfg.group}", ok=True, detail="created"))
        existing = self._existing_properties()
        for definition in self._definitions():
            name = definition["name"]
            if name in existing:
                items.append(CheckItem(name=f"property {name}", ok=True, detail="present"))
            elif dry_run:
                items.append(CheckItem(name=f"property {name}", ok=True, detail="would create"))
            else:
                self._create(f"create property {name}", self._core.create_with_http_info,
                             "contacts", PropertyCreate(group_name=cfg.group, **definition))
                items.append(CheckItem(name=f"property {name}", ok=True, detail="created"))
        if cfg.unenroll == "workflow":
            found = self._find_workflow()
            if found.ok or found.detail != "missing":
                items.append(found)
            elif dry_run:
                items.append(CheckItem(name="workflow", ok=True, detail=f"would create "
                                       f'"{WORKFLOW_NAME}" (action Unenroll from sequence)'))
            else:
                try:
                    data, _ = self._raw("create workflow", "POST", "/automation/v4/flows",
                                        body=self._workflow_body())
                    items.append(CheckItem(name="workflow", ok=True,
                                           detail=f"created workflow {(data or {}).get('id')}"))
                except (AuthError, _HttpError) as exc:
                    items.append(CheckItem(name="workflow", ok=False, detail=(
                        f"HubSpot refused to create it ({exc}). {self._manual_workflow_steps()}")))
        return items

    def _create(self, what: str, fn: Callable[..., Any], *args: Any) -> None:
        try:
            self._http.call(what, fn, *args)
        except _HttpError as exc:
            if exc.status != 409:  # 409: someone (a parallel setup) created it already
                raise

    def _existing_properties(self) -> set[str]:
        data, _ = self._http.call("list contact properties", self._core.get_all_with_http_info,
                                  "contacts")
        return {p.name for p in data.results or []}

    def check(self) -> Sequence[CheckItem]:
        items: list[CheckItem] = []
        try:
            self._http.call("authenticated read", self._basic.get_page_with_http_info, limit=1)
            items.append(CheckItem(name="token", ok=True, detail="accepted; contacts readable"))
        except AuthError as exc:
            return [CheckItem(name="token", ok=False, detail=str(exc))]
        try:
            self._http.call("read property group", self._groups.get_by_name_with_http_info,
                            "contacts", self._cfg.group)
            items.append(CheckItem(name=f"group {self._cfg.group}", ok=True))
        except (_HttpError, AuthError) as exc:
            items.append(CheckItem(name=f"group {self._cfg.group}", ok=False,
                                   detail=f"{exc}; run `bounce-sync setup`"))
        try:
            existing = self._existing_properties()
            missing = [d["name"] for d in self._definitions() if d["name"] not in existing]
            items.append(CheckItem(name="properties", ok=not missing, detail=(
                f"missing {', '.join(missing)}; run `bounce-sync setup`" if missing
                else f"all {len(self._p)} present")))
        except AuthError as exc:
            items.append(CheckItem(name="properties", ok=False, detail=str(exc)))
        if self._cfg.unenroll == "workflow":
            found = self._find_workflow()
            if found.detail == "missing":
                found = CheckItem(name="workflow", ok=False, detail=(
                    f"missing; run `bounce-sync setup` or: {self._manual_workflow_steps()}"))
            items.append(found)
        return items

    # ------------------------------------------------------------------ reads

    def _batch_read(self, keys: Sequence[str], *, by_email: bool) -> dict[str, dict[str, Any]]:
        """id -> properties, for the keys found (a 207 for the others is normal)."""
        found: dict[str, dict[str, Any]] = {}
        for chunk in _chunks(list(keys), BATCH_SIZE):
            request = BatchReadInputSimplePublicObjectId(
                inputs=[SimplePublicObjectId(id=k) for k in chunk],
                id_property="email" if by_email else None,
                properties=self._read_props(), properties_with_history=[])
            data, _ = self._http.call("batch read contacts", self._batch.read_with_http_info,
                                      request)  # archived defaults to false
            for obj in data.results or []:  # not in input order: keyed by id
                found[str(obj.id)] = dict(obj.properties or {})
        return found

    def _addresses(self, props: Mapping[str, Any]) -> list[str]:
        out = [props.get("email") or ""]
        if self._cfg.secondary:
            out += (props.get(self._cfg.secondary) or "").split(";")
        return [normalise_address(a) for a in out if a and a.strip()]

    def find_contacts(self, emails: Sequence[str]) -> Sequence[Contact]:
        wanted = list(dict.fromkeys(normalise_address(e) for e in emails if e and e.strip()))
        if not wanted:
            return []
        found = self._batch_read(wanted, by_email=True)
        matched = {a for props in found.values() for a in self._addresses(props)}
        rest = [e for e in wanted if e not in matched]
        if rest and self._cfg.secondary:
            found.update(self._find_secondary(rest))
        wanted_set = set(wanted)
        contacts = []
        for cid, props in found.items():
            if not wanted_set & set(self._addresses(props)):
                continue  # a loose CONTAINS_TOKEN hit
            contacts.append(self._contact(cid, props, with_enrollments=True))
        return contacts

    def _find_secondary(self, addresses: Sequence[str]) -> dict[str, dict[str, Any]]:
        """Batch read by email matches the primary address only; the secondary ones need a
        (paced, 5/s-limited) search: five addresses per request, one filterGroup each."""
        found: dict[str, dict[str, Any]] = {}
        for chunk in _chunks(list(addresses), SECONDARY_PER_SEARCH):
            groups = [FilterGroup(filters=[Filter(property_name=self._cfg.secondary,
                                                  operator="CONTAINS_TOKEN", value=a)])
                      for a in chunk]
            after = None
            while True:
                request = PublicObjectSearchRequest(filter_groups=groups, properties=self._read_props(),
                                                    limit=SEARCH_PAGE, after=after)
                data, _ = self._http.call("search secondary emails", self._search.do_search_with_http_info,
                                          request, search=True)
                for obj in data.results or []:
                    found[str(obj.id)] = dict(obj.properties or {})
                nxt = data.paging.next.after if data.paging and data.paging.next else None
                if not nxt:
                    break
                after = nxt
        return found

    def _contact(self, cid: str, props: Mapping[str, Any], *, with_enrollments: bool) -> Contact:
        P = self._p
        raw_status = props.get(P["status"])
        status = next((s for s in BounceStatus if s.value == raw_status), None)
        enrolled = props.get("hs_sequences_is_enrolled") == "true"
        enrollments = (self._enrollments(cid) if with_enrollments and enrolled
                       and self._cfg.unenroll != "none" else ())
        addresses = self._addresses(props)
        try:
            soft = int(float(props.get(P["soft_count"]) or 0))
        except ValueError:
            soft = 0
        return Contact(ref=ContactRef(id=cid), email=props.get("email") or None,
                       emails=tuple(addresses), bounce_status=status,
                       bounced_address=props.get(P["bounced_address"]) or None,
                       soft_count=soft, enrollments=enrollments,
                       modified_at=_parse_time(props.get(CURSOR_FIELD)))

    def _enrollments(self, cid: str) -> tuple[Enrollment, ...]:
        try:
            data, _ = self._raw("read sequence enrollment", "GET",
                                f"/automation/v4/sequences/enrollments/contact/{cid}")
        except _HttpError as exc:
            if exc.status == 404:
                return ()
            raise
        data = data or {}
        # HubSpot answers one enrollment object (one sequence at a time); accept a list too
        items = data.get("results") if isinstance(data.get("results"), list) else [data]
        out = []
        for item in items:
            if not isinstance(item, dict) or not item.get("sequenceId"):
                continue
            step = item.get("currentStep") or item.get("stepOrder")  # not in the v4 spec
            out.append(Enrollment(
                sequence_id=str(item["sequenceId"]), sequence_name=item.get("sequenceName"),
                step=int(step) if step else None,
                sender=item.get("enrolledByEmail") or self._cfg.reenroll_sender,
                user_id=str(item.get("enrolledBy") or self._cfg.reenroll_user_id or "") or None,
                tracker_id=str(item["id"]) if item.get("id") else None))
        return tuple(out)

    # ------------------------------------------------------------------ writes

    def apply(self, actions: Sequence[Action]) -> Sequence[ApplyResult]:
        """Every property write of the call goes into ONE batch-update input per contact
        (a MarkBounced and its Unenroll trigger, a ClearBounce and its Reenroll's trigger
        clearing), so N contacts cost ceil(N/100) updates: HubSpot refuses a duplicate id
        in one batch anyway. Writes to the same property with different values go in later
        rounds, in action order. Then the re-enrollments' POSTs."""
        results: dict[int, ApplyResult] = {}
        writes: list[tuple[int, str, dict[str, str]]] = []
        removed: dict[int, tuple[Enrollment, ...]] = {}
        unenrolls: list[tuple[int, Unenroll]] = []
        reenrolls: list[int] = []
        P = self._p
        for i, action in enumerate(actions):
            if isinstance(action, (MarkBounced, ClearBounce, Flag)):
                writes.append((i, action.contact.id, self._properties_for(action)))
            elif isinstance(action, Unenroll):
                unenrolls.append((i, action))
            elif isinstance(action, Reenroll):
                # Clear the trigger in the same write as the contact's other changes, before
                # any enrollment: the workflow must not unenroll what we enroll next.
                reenrolls.append(i)
                writes.append((i, action.contact.id, {P["unenroll_requested_at"]: "",
                                                      P["saved_enrollments"]: ""}))
            else:
                results[i] = ApplyResult(key=getattr(action, "key", "?"), outcome=Outcome.FAILED,
                                         error=f"unknown action {type(action).__name__}")
        if unenrolls:
            done, trigger_writes, removed = self._unenroll_writes(unenrolls)
            results.update(done)
            writes += trigger_writes
        writes.sort(key=lambda w: w[0])  # action order decides which write comes last
        for i, outcome, error, retry_after in self._update(writes, actions):
            results[i] = ApplyResult(key=actions[i].key, outcome=outcome, error=error,
                                     retry_after=retry_after,
                                     removed=removed.get(i, ()) if outcome is Outcome.DONE else ())
        for i in reenrolls:
            action = actions[i]
            if results[i].outcome is not Outcome.DONE:
                continue  # trigger not cleared (or contact gone): enrolling now could be undone
            try:
                results[i] = self._enroll_one(action)
            except QuotaExhausted:
                raise
            except Retryable as exc:
                results[i] = ApplyResult(key=action.key, outcome=Outcome.RETRY, error=str(exc),
                                         retry_after=exc.retry_after)
        return [results[i] for i in sorted(results)]

    def _properties_for(self, action: MarkBounced | ClearBounce | Flag) -> dict[str, str]:
        P = self._p
        if isinstance(action, MarkBounced):
            return {P["status"]: action.status.value, P["hard"]: "true" if action.hard else "false",
                    P["reason"]: action.reason, P["reason_label"]: action.reason_label,
                    P["diagnostic"]: action.diagnostic[:_DIAGNOSTIC_MAX],
                    P["bounced_at"]: _iso(action.bounced_at),
                    P["bounced_address"]: normalise_address(action.address),
                    P["soft_count"]: str(action.soft_count), P["note"]: ""}
        if isinstance(action, ClearBounce):  # "" clears a HubSpot property
            cleared = {P[k]: "" for k in ("status", "hard", "reason", "reason_label", "diagnostic",
                                          "bounced_at", "bounced_address", "soft_count")}
            return {**cleared, P["note"]: action.note[:_DIAGNOSTIC_MAX]}
        return {P["status"]: action.status.value, P["note"]: action.note[:_DIAGNOSTIC_MAX]}

    def _update(self, writes: list[tuple[int, str, dict[str, str]]], actions: Sequence[Action],
                ) -> list[tuple[int, Outcome, str | None, float | None]]:
        """Batch update by id, 100 contacts per call. A contact's writes merge into one input;
        a write that would set a property the contact's input already sets to another value
        starts the contact's next round (rounds run in order), so the end state is the one
        the actions give applied one by one."""
        rounds: list[dict[str, _Input]] = []
        latest: dict[str, int] = {}  # contact id -> last round holding it
        for i, cid, props in writes:
            r = latest.get(cid)
            if r is not None and rounds[r][cid].accepts(props):
                rounds[r][cid].add(i, props)
                continue
            r = 0 if r is None else r + 1
            if r == len(rounds):
                rounds.append({})
            rounds[r][cid] = _Input(cid, i, props)
            latest[cid] = r
        out: list[tuple[int, Outcome, str | None, float | None]] = []
        for r in rounds:
            for chunk in _chunks(list(r.values()), BATCH_SIZE):
                out += self._update_chunk(list(chunk), actions)
        return out

    def _update_chunk(self, chunk: list[_Input], actions: Sequence[Action],
                      ) -> list[tuple[int, Outcome, str | None, float | None]]:
        request = BatchInputSimplePublicObjectBatchInput(inputs=[
            SimplePublicObjectBatchInput(id=w.cid, properties=w.props,
                                         object_write_trace_id=actions[w.parts[0][0]].key[:128])
            for w in chunk])
        try:
            data, _ = self._http.call("batch update contacts", self._batch.update_with_http_info,
                                      request)
        except _HttpError as exc:
            if exc.status != 400:
                return [(i, Outcome.FAILED, str(exc), None) for w in chunk for i in w.indices]
            if len(chunk) == 1:
                [w] = chunk
                if len(w.parts) == 1:  # the bad one, found
                    return [(w.parts[0][0], Outcome.FAILED, str(exc), None)]
                # Several actions merged into the bad input: try each on its own, in order,
                # so one bad value fails only its own action.
                return [o for i, props in w.parts
                        for o in self._update_chunk([_Input(w.cid, i, props)], actions)]
            half = len(chunk) // 2  # one bad value fails the whole batch: bisect
            return self._update_chunk(chunk[:half], actions) + self._update_chunk(chunk[half:], actions)
        except QuotaExhausted:
            raise
        except Retryable as exc:
            return [(i, Outcome.RETRY, str(exc), exc.retry_after) for w in chunk for i in w.indices]
        done = {str(o.id) for o in data.results or []}
        missing = {str(x) for e in getattr(data, "errors", None) or []
                   for x in (e.context or {}).get("ids", [])}
        out = []
        for w in chunk:
            if w.cid in done:
                out += [(i, Outcome.DONE, None, None) for i in w.indices]
            elif w.cid in missing:
                out += [(i, Outcome.SKIPPED, f"contact {w.cid} not found in HubSpot (deleted?)", None)
                        for i in w.indices]
            else:
                out += [(i, Outcome.RETRY, f"HubSpot did not confirm the write to {w.cid}", None)
                        for i in w.indices]
        return out

    def _saved(self, props: Mapping[str, Any]) -> list[Enrollment]:
        raw = props.get(self._p["saved_enrollments"])
        try:
            items = json.loads(raw) if raw else []
        except ValueError:
            return []
        return [Enrollment(sequence_id=str(d["sequence_id"]), sequence_name=d.get("sequence_name"),
                           step=d.get("step"), sender=d.get("sender"), user_id=d.get("user_id"))
                for d in items if isinstance(d, dict) and d.get("sequence_id")]

    @staticmethod
    def _dump(enrollments: Iterable[Enrollment]) -> str:
        return json.dumps([{"sequence_id": e.sequence_id, "sequence_name": e.sequence_name,
                            "step": e.step, "sender": e.sender, "user_id": e.user_id}
                           for e in enrollments], separators=(",", ":"))

    def _unenroll_writes(self, items: list[tuple[int, Unenroll]],
                         ) -> tuple[dict[int, ApplyResult], list[tuple[int, str, dict[str, str]]],
                                    dict[int, tuple[Enrollment, ...]]]:
        """(results decided without a write, trigger writes, what each write removes).

        An Unenroll carrying enrollments (what the lookup saw moments ago) is written at once:
        saved enrollments plus a new trigger value; the workflow unenrolls whatever is active,
        nothing if HubSpot already took the contact out on the bounce. Only an Unenroll that
        carries none (a retry after a crash, or a lookup that saw the contact out of
        sequences) reads the contact, and its enrollments when enrolled: one read each."""
        out: dict[int, ApplyResult] = {}
        writes: list[tuple[int, str, dict[str, str]]] = []
        removed: dict[int, tuple[Enrollment, ...]] = {}
        if self._cfg.unenroll == "none":
            return ({i: ApplyResult(key=a.key, outcome=Outcome.SKIPPED,
                                    error="unenroll = none: remove it from sequences by hand")
                     for i, a in items}, writes, removed)
        P = self._p

        def trigger(i: int, cid: str, saved: Iterable[Enrollment]) -> None:
            writes.append((i, cid, {
                P["saved_enrollments"]: self._dump(saved),
                # a new value each time, so the workflow's re-enrollment trigger fires again
                P["unenroll_requested_at"]: _iso(datetime.now(timezone.utc))}))

        unknown = []
        for i, action in items:
            if action.enrollments:
                removed[i] = action.enrollments
                trigger(i, action.contact.id, action.enrollments)
            else:
                unknown.append((i, action))
        if not unknown:
            return out, writes, removed
        try:
            current = self._batch_read(list(dict.fromkeys(a.contact.id for _, a in unknown)),
                                       by_email=False)
        except QuotaExhausted:
            raise
        except Retryable as exc:
            out.update({i: ApplyResult(key=a.key, outcome=Outcome.RETRY, error=str(exc),
                                       retry_after=exc.retry_after) for i, a in unknown})
            return out, writes, removed
        for i, action in unknown:
            props = current.get(action.contact.id)
            if props is None:
                out[i] = ApplyResult(key=action.key, outcome=Outcome.SKIPPED,
                                     error=f"contact {action.contact.id} not found in HubSpot")
                continue
            saved = self._saved(props)
            if props.get("hs_sequences_is_enrolled") != "true":
                # Already out (our earlier attempt, or HubSpot's own unenroll on a bounce):
                # report what we saved, so re-enroll can restore it.
                was = tuple(saved)
                out[i] = ApplyResult(key=action.key, outcome=Outcome.DONE if was else Outcome.SKIPPED,
                                     removed=was)
                continue
            try:
                active = self._enrollments(action.contact.id)
            except QuotaExhausted:
                raise
            except Retryable as exc:
                out[i] = ApplyResult(key=action.key, outcome=Outcome.RETRY, error=str(exc),
                                     retry_after=exc.retry_after)
                continue
            merged = {e.sequence_id: e for e in saved}
            merged.update({e.sequence_id: e for e in active})
            removed[i] = active
            trigger(i, action.contact.id, merged.values())
        return out, writes, removed

    def _enroll_one(self, action: Reenroll) -> ApplyResult:
        """POST each sequence; HubSpot refuses a contact that is in a sequence already, and
        only then do we read its enrollment to tell "already back in this one" (done: the
        action is idempotent) from "in another one" (failed, HubSpot's one-sequence rule)."""
        errors = []
        active: set[str] | None = None
        for e in action.enrollments:
            sender = e.sender or self._cfg.reenroll_sender
            user = e.user_id or self._cfg.reenroll_user_id
            if not sender or not user:
                errors.append(f"sequence {e.sequence_id}: no sender/user id known; set "
                              "crm.reenroll_sender and crm.reenroll_user_id")
                continue
            try:
                self._raw("enroll in sequence", "POST", "/automation/v4/sequences/enrollments",
                          query={"userId": user},
                          body={"contactId": action.contact.id, "sequenceId": e.sequence_id,
                                "senderEmail": sender})
            except _HttpError as exc:
                if exc.status in (400, 409):
                    if active is None:
                        active = {x.sequence_id for x in self._enrollments(action.contact.id)}
                    if e.sequence_id in active:
                        continue  # idempotent: already back in it
                errors.append(f"sequence {e.sequence_id}: {exc}")
        if errors:
            return ApplyResult(key=action.key, outcome=Outcome.FAILED, error="; ".join(errors))
        return ApplyResult(key=action.key, outcome=Outcome.DONE)

    # ------------------------------------------------------------------ watcher

    def bounced_changes(self, cursor: str | None, *, until: datetime,
                        limit: int = 1000) -> ChangeBatch:
        """Contacts with our status modified in [R - lag, until], where R is when the last
        complete read happened (its `until`, or its start if `until` was later).

        Search lags writes by up to `search_lag_seconds`: a write it did not show at R has a
        modified date after R - lag, so the next read starts there, whatever the newest date
        it saw (a quiet CRM's window slides forward instead of re-reading the last changes
        forever). Cursors:
          "<R ISO>#<fingerprint>"  resting; the fingerprint is the count of what that read
                                   saw in the next window and a digest of its newest page;
          "<ISO>"                  resting, no fingerprint (or from an older version);
          "more:<ISO>|<R ISO>"     a long read continues from the modified date <ISO>,
                                   without overlap; restarts the query past 10,000 results.

        An idle run costs ONE search: the newest page of the window (descending). When it
        holds the whole window, it is the answer; when its total and newest page match the
        fingerprint, nothing changed; otherwise the window is read in full, ascending. What
        a count-and-newest-page check cannot see (a contact seen in the window and edited
        again, whose edit search indexed only after our read and more than a page of other
        changes followed within that delay) stays in the window and comes with the next
        read that finds a change.
        """
        read_at = datetime.now(timezone.utc)
        settled_ms = int(min(until, read_at).timestamp() * 1000)
        until_ms = int(until.timestamp() * 1000)
        lag_ms = int(self._cfg.lag_seconds * 1000)
        if cursor is not None and cursor.startswith("more:"):
            at, _, rest = cursor[5:].partition("|")
            start_ms = _ms(at)
            if start_ms is None:
                raise Permanent(f"HubSpot watcher cursor {cursor!r} is not one we wrote")
            # an older "more:" cursor has no R: its own date is an earlier, safe stand-in
            return self._read_changes(start_ms, until_ms, limit, settled_ms=_ms(rest) or start_ms)
        if cursor is None:
            return self._read_changes(None, until_ms, limit, settled_ms=settled_ms)
        at, _, fingerprint = cursor.partition("#")
        rested_ms = _ms(at)
        if rested_ms is None:
            raise Permanent(f"HubSpot watcher cursor {cursor!r} is not one we wrote")
        start_ms = rested_ms - lag_ms
        if not fingerprint:
            return self._read_changes(start_ms, until_ms, limit, settled_ms=settled_ms)
        data = self._search_changes(start_ms, until_ms, descending=True, after=None)
        page = [(str(o.id), dict(o.properties or {})) for o in data.results or []]
        if not (data.paging and data.paging.next and data.paging.next.after):
            contacts = [self._contact(cid, props, with_enrollments=False) for cid, props in page]
            contacts.sort(key=lambda c: (c.modified_at or read_at, int(c.ref.id)))
            return ChangeBatch(contacts=tuple(contacts), more=False,
                               cursor=self._resting(settled_ms, page, covered=True))
        seen = [(cid, _ms(props.get(CURSOR_FIELD))) for cid, props in page]
        if _fingerprint(int(data.total or 0), seen) == fingerprint:
            return ChangeBatch(contacts=(), more=False, cursor=cursor)
        return self._read_changes(start_ms, until_ms, limit, settled_ms=settled_ms)

    def _search_changes(self, start_ms: int | None, until_ms: int, *, descending: bool,
                        after: str | None) -> Any:
        filters = [Filter(property_name=self._p["status"], operator="HAS_PROPERTY"),
                   Filter(property_name=CURSOR_FIELD, operator="LTE", value=str(until_ms))]
        if start_ms is not None:
            filters.append(Filter(property_name=CURSOR_FIELD, operator="GTE", value=str(start_ms)))
        request = PublicObjectSearchRequest(
            filter_groups=[FilterGroup(filters=filters)], properties=self._read_props(),
            sorts=[{"propertyName": CURSOR_FIELD,
                    "direction": "DESCENDING" if descending else "ASCENDING"}],
            limit=SEARCH_PAGE, after=after)
        data, _ = self._http.call("search changed contacts", self._search.do_search_with_http_info,
                                  request, search=True)
        return data

    def _read_changes(self, start_ms: int | None, until_ms: int, limit: int, *,
                      settled_ms: int) -> ChangeBatch:
        """The window from `start_ms`, oldest first, in pages of 200; past `limit` contacts
        it stops with a "more:" cursor. Searches past 10,000 results are refused, so a long
        read restarts its query from the last modified date seen instead of paging on."""
        contacts: dict[str, Contact] = {}
        stamps: dict[str, int | None] = {}
        last_ms: int | None = None
        after: str | None = None
        query_start = start_ms
        while True:
            try:
                data = self._search_changes(query_start, until_ms, descending=False, after=after)
            except _HttpError as exc:
                if exc.status == 400 and after is not None:  # hit the cap earlier than we knew
                    query_start, after = self._restart(query_start, last_ms), None
                    continue
                raise
            for obj in data.results or []:
                props = dict(obj.properties or {})
                contacts[str(obj.id)] = self._contact(str(obj.id), props, with_enrollments=False)
                seen = stamps[str(obj.id)] = _ms(props.get(CURSOR_FIELD))
                if seen is not None:
                    last_ms = seen if last_ms is None else max(last_ms, seen)
            nxt = data.paging.next.after if data.paging and data.paging.next else None
            if not nxt:
                # The fingerprint needs the whole next window [R - lag, until] in hand.
                covered = start_ms is None or start_ms <= settled_ms - int(self._cfg.lag_seconds * 1000)
                return ChangeBatch(contacts=tuple(contacts.values()), more=False,
                                   cursor=self._resting(settled_ms, list(stamps.items()),
                                                        covered=covered))
            if len(contacts) >= limit:
                return ChangeBatch(contacts=tuple(contacts.values()), more=True,
                                   cursor=f"more:{_iso_ms(self._restart(query_start, last_ms))}"
                                          f"|{_iso_ms(settled_ms)}")
            if int(nxt) + SEARCH_PAGE > SEARCH_CAP:
                query_start, after = self._restart(query_start, last_ms), None
            else:
                after = nxt

    def _resting(self, settled_ms: int, seen: Sequence[tuple[str, Any]], *, covered: bool) -> str:
        """"<R>#<fingerprint of what was seen in the next window>", or "<R>" when this read
        did not see all of that window (it began inside it)."""
        if not covered:
            return _iso_ms(settled_ms)
        start = settled_ms - int(self._cfg.lag_seconds * 1000)
        stamps = [(cid, v if isinstance(v, int) or v is None else _ms(v.get(CURSOR_FIELD)))
                  for cid, v in seen]
        window = [(cid, ms) for cid, ms in stamps if ms is not None and ms >= start]
        return f"{_iso_ms(settled_ms)}#{_fingerprint(len(window), window)}"

    @staticmethod
    def _restart(query_start: int | None, last_ms: int | None) -> int:
        """Where to restart: the last modified date seen (GTE re-reads its own millisecond;
        the worker dedupes). Should more than a page share that millisecond, step past it so
        the read always moves on."""
        if last_ms is None:
            raise Permanent("HubSpot search gave no modified dates; cannot move the cursor")
        return last_ms + 1 if query_start is not None and last_ms <= query_start else last_ms


class _Input:
    """One contact's input in one batch update: the merged properties and, in action
    order, each action's own part (to try them one by one should the merge be refused)."""

    __slots__ = ("cid", "props", "parts")

    def __init__(self, cid: str, i: int, props: Mapping[str, str]) -> None:
        self.cid, self.props, self.parts = cid, dict(props), [(i, dict(props))]

    @property
    def indices(self) -> list[int]:
        return [i for i, _ in self.parts]

    def accepts(self, props: Mapping[str, str]) -> bool:
        return all(self.props.get(k, v) == v for k, v in props.items())

    def add(self, i: int, props: Mapping[str, str]) -> None:
        self.props.update(props)
        self.parts.append((i, dict(props)))


def _ms(value: str | None) -> int | None:
    dt = _parse_time(value)
    return int(dt.timestamp() * 1000) if dt else None


def _iso_ms(ms: int) -> str:
    return _iso(datetime.fromtimestamp(ms / 1000, timezone.utc))


def _fingerprint(total: int, newest: Iterable[tuple[str, int | None]]) -> str:
    """The window's size and a digest of its newest page: the (id, modified) pairs strictly
    newer than the page's oldest date when the page is full (search orders ties as it
    likes; those above the boundary are the same whatever the order)."""
    ranked = sorted(((ms or 0, int(cid) if cid.isdigit() else 0, cid) for cid, ms in newest),
                    reverse=True)[:SEARCH_PAGE]
    if len(ranked) == SEARCH_PAGE:
        ranked = [r for r in ranked if r[0] > ranked[-1][0]]
    digest = hashlib.sha256(";".join(f"{cid}:{ms}" for ms, _, cid in sorted(ranked)).encode())
    return f"{total}.{digest.hexdigest()[:16]}"
