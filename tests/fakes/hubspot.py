"""A stateful fake of the HubSpot APIs bounce-sync uses, on 127.0.0.1.

Follows the request and response shapes in shared/api/hubspot.md (a test deserialises its
answers with hubspot-api-client's own models), including the traps a connector must survive:

- batch read by `idProperty=email` matches the *primary* email only; missing inputs come back
  as 207 with an OBJECT_NOT_FOUND error listing them; results are never in input order;
- batch update takes ids only (100 at most); one invalid value (unknown property, bad
  enumeration option, read-only `hs_` property) or a duplicate id fails the whole batch (400);
  unknown ids give 207 OBJECT_NOT_FOUND;
- search sees writes only after `search_lag` seconds (`settle()` flushes), pages at most 200,
  refuses to page past `search_cap` (10,000) results, and has its own per-second limit;
- the ten-secondly rolling limit (190 per 10 s by default) answers HubSpot's 429 bodies with
  `policyName`; every non-search answer carries the X-HubSpot-RateLimit-* headers;
- sequences v4 (enroll; enrollment by contact) and automation v4 flows (create, list); a flow
  whose trigger property becomes known on a contact and whose action is "Unenroll from
  sequence" (actionTypeId 0-4702372) unenrolls that contact, as HubSpot's workflow would,
  but at once rather than ~80 s later;
- Bearer-token check (401 with HubSpot's body) and, optionally, granted scopes (403
  MISSING_SCOPES naming the missing ones).

Seeding and inspection (`add_contact`, `contact`, `edit_email`, `settle`, ...) go straight to
the state, never through HTTP, so tests see what a HubSpot user would.
"""

from __future__ import annotations

import itertools
import json
import random
import re
import time
import uuid
from collections import deque
from collections.abc import Iterable, Sequence
from datetime import datetime, timezone
from typing import Any

from tests.fakes.base import FakeServer, Request, Response, json_response

TOKEN = "pat-na1-11111111-2222-3333-4444-555555555555"  # the fake's one valid token
UNENROLL_ACTION_TYPE = "0-4702372"  # "Unenroll from sequence" (api/hubspot.md §6)

# Built-in contact properties: name -> (type, read-only). HubSpot calculates the hs_ ones.
_BUILTIN: dict[str, tuple[str, bool]] = {
    "email": ("string", False),
    "firstname": ("string", False),
    "lastname": ("string", False),
    "hs_additional_emails": ("enumeration_free", False),  # ;-separated, writable in our fake
    "createdate": ("datetime", True),
    "lastmodifieddate": ("datetime", True),
    "hs_object_id": ("number", True),
    "hs_sequences_is_enrolled": ("bool", True),
    "hs_sequences_actively_enrolled_count": ("number", True),
    "hs_latest_sequence_enrolled": ("string", True),
    "hs_email_hard_bounce_reason": ("string", True),
    "hs_email_bad_address": ("bool", True),
}
_DEFAULT_RETURNED = ("createdate", "email", "firstname", "hs_object_id", "lastmodifieddate",
                     "lastname")

# Which granted scope each route needs (only consulted when `granted_scopes` is set).
_SCOPES = {
    "contacts_read": "crm.objects.contacts.read",
    "contacts_write": "crm.objects.contacts.write",
    "schemas_read": "crm.schemas.contacts.read",
    "schemas_write": "crm.schemas.contacts.write",
    "automation": "automation",
    "sequences_read": "automation.sequences.read",
    "sequences_write": "automation.sequences.enrollments.write",
}


def _now_ms() -> int:
    return int(time.time() * 1000)


def iso_ms(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + \
        f"{ms % 1000:03d}Z"


def parse_time_ms(value: str) -> int | None:
    """HubSpot accepts epoch milliseconds or ISO-8601 for datetime values."""
    value = value.strip()
    if re.fullmatch(r"-?\d+", value):
        return int(value)
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return int(dt.timestamp() * 1000)


def _error(status: int, category: str, message: str, **extra: Any) -> Response:
    body = {"status": "error", "message": message, "correlationId": str(uuid.uuid4()),
            "category": category, **extra}
    return json_response(body, status)


class FakeHubSpot(FakeServer):
    def __init__(self, *, token: str = TOKEN, search_lag: float = 5.0,
                 ten_secondly_limit: int = 190, window_seconds: float = 10.0,
                 search_per_second: int = 5, daily_limit: int = 625_000,
                 search_cap: int = 10_000, one_sequence_per_contact: bool = True,
                 seed: int = 1) -> None:
        super().__init__()
        self.token = token
        self.search_lag = search_lag
        self.ten_secondly_limit = ten_secondly_limit
        self.window_seconds = window_seconds
        self.search_per_second = search_per_second
        self.daily_limit = daily_limit
        self.search_cap = search_cap
        # HubSpot lets a contact be in one sequence at a time (api/hubspot.md §6). Tests of
        # the shared CRM contract, which uses two at once, lift the rule.
        self.one_sequence_per_contact = one_sequence_per_contact
        self.granted_scopes: set[str] | None = None  # None: the token has every scope
        self.flows_allowed = True  # False: the account has no workflows (403 on flows API)
        self._rng = random.Random(seed)
        self._ids = itertools.count(100_001)
        self.contacts: dict[str, dict[str, Any]] = {}
        self._by_email: dict[str, str] = {}
        self._index: dict[str, dict[str, Any]] = {}  # what search sees
        self._pending: deque[tuple[float, str]] = deque()  # (visible at, contact id)
        self.groups: dict[str, dict[str, Any]] = {}
        self.properties: dict[str, dict[str, Any]] = {}
        for name, (ptype, read_only) in _BUILTIN.items():
            self.properties[name] = self._property_record(
                {"name": name, "label": name, "type": "string" if ptype == "enumeration_free" else ptype,
                 "fieldType": "text", "groupName": "contactinformation"}, read_only=read_only)
        self.sequences: dict[str, dict[str, Any]] = {}
        self.enrollments: dict[str, dict[str, Any]] = {}
        self.flows: dict[str, dict[str, Any]] = {}
        self._calls: deque[float] = deque()
        self._searches: deque[float] = deque()
        self.daily_used = 0

        self.route("POST", r"/crm/v3/objects/contacts/batch/read", self._batch_read)
        self.route("POST", r"/crm/v3/objects/contacts/batch/update", self._batch_update)
        self.route("POST", r"/crm/v3/objects/contacts/search", self._search)
        self.route("GET", r"/crm/v3/objects/contacts", self._list_contacts)
        self.route("GET", r"/crm/v3/objects/contacts/(?P<id>[^/]+)", self._get_contact)
        self.route("GET", r"/crm/v3/properties/contacts/groups", self._list_groups)
        self.route("GET", r"/crm/v3/properties/contacts/groups/(?P<name>[^/]+)", self._get_group)
        self.route("POST", r"/crm/v3/properties/contacts/groups", self._create_group)
        self.route("GET", r"/crm/v3/properties/contacts", self._list_properties)
        self.route("GET", r"/crm/v3/properties/contacts/(?P<name>[^/]+)", self._get_property)
        self.route("POST", r"/crm/v3/properties/contacts", self._create_property)
        self.route("GET", r"/automation/v4/sequences", self._list_sequences)
        self.route("POST", r"/automation/v4/sequences/enrollments", self._enroll)
        self.route("GET", r"/automation/v4/sequences/enrollments/contact/(?P<id>[^/]+)",
                   self._enrollment_of)
        self.route("GET", r"/automation/v4/flows", self._list_flows)
        self.route("POST", r"/automation/v4/flows", self._create_flow)

    # ------------------------------------------------------------------ seeding / inspection

    def add_contact(self, email: str | None, secondary: Sequence[str] = (),
                    sequences: Sequence[str] = (), step: int = 2,
                    sender: str = "rep@seller.example", user_id: str = "7001",
                    **properties: str) -> str:
        """Create a contact (indexed for search at once: seeded data is old data)."""
        with self.state_lock:
            cid = str(next(self._ids))
            ms = _now_ms()
            props: dict[str, Any] = {k: None for k in _DEFAULT_RETURNED}
            props.update(createdate=iso_ms(ms), lastmodifieddate=iso_ms(ms), hs_object_id=cid,
                         email=email.lower() if email else None,
                         hs_additional_emails=";".join(s.lower() for s in secondary) or None)
            props.update(properties)
            self.contacts[cid] = {"id": cid, "properties": props, "createdAt": iso_ms(ms),
                                  "updatedAt": iso_ms(ms), "archived": False}
            if email:
                self._by_email[email.lower()] = cid
            for name in sequences:
                self._start_enrollment(cid, self.sequence(name, user_id=user_id), sender,
                                       user_id, step)
            self._refresh_enrolled(cid)
            self._index[cid] = dict(props)
            return cid

    def sequence(self, name: str, *, user_id: str = "7001") -> str:
        """The id of the sequence called `name`, created if needed."""
        with self.state_lock:
            for sid, seq in self.sequences.items():
                if seq["name"] == name:
                    return sid
            sid = str(next(self._ids))
            self.sequences[sid] = {"id": sid, "name": name, "userId": user_id,
                                   "createdAt": iso_ms(_now_ms()), "updatedAt": iso_ms(_now_ms())}
            return sid

    def contact(self, cid: str) -> dict[str, Any]:
        with self.state_lock:
            return json.loads(json.dumps(self.contacts[cid]))

    def active_enrollments(self, cid: str) -> list[dict[str, Any]]:
        with self.state_lock:
            return [dict(e) for e in self.enrollments.values()
                    if e["contactId"] == cid and e["state"] == "ACTIVE"]

    def edit_email(self, cid: str, new: str) -> None:
        """As a HubSpot user editing the record: modified date moves, search lags."""
        with self.state_lock:
            self._write(cid, {"email": new.lower()})

    def settle(self) -> None:
        """Let the indexing lag pass: every write becomes visible to search."""
        with self.state_lock:
            while self._pending:
                _, cid = self._pending.popleft()
                self._index[cid] = dict(self.contacts[cid]["properties"])

    def start(self, port: int = 0) -> FakeHubSpot:
        super().start(port)
        # The base handler writes headers and body in two sends; with Nagle on, each answer
        # waits for the client's delayed ACK (~40 ms). TCP_NODELAY makes it ~1 ms.
        self._server.RequestHandlerClass.disable_nagle_algorithm = True
        return self

    # ------------------------------------------------------------------ dispatch, auth, limits

    def dispatch(self, request: Request) -> Response:
        auth = request.headers.get("authorization", "")
        if auth != f"Bearer {self.token}":
            request.status = 401
            return _error(401, "INVALID_AUTHENTICATION",
                          "Authentication credentials not found. This API supports OAuth 2.0 "
                          "authentication and you can find more details at "
                          "https://developers.hubspot.com/docs/methods/auth/oauth-overview")
        is_search = request.path.endswith("/search")
        with self.state_lock:
            limited = self._rate_limited(request, is_search)
        if limited is not None:
            return limited
        response = super().dispatch(request)
        with self.state_lock:
            self.daily_used += 1
            self._add_limit_headers(response, is_search)
        return response

    def _rate_limited(self, request: Request, is_search: bool) -> Response | None:
        now = time.monotonic()
        if is_search:
            while self._searches and now - self._searches[0] >= 1.0:
                self._searches.popleft()
            if len(self._searches) >= self.search_per_second:
                request.fault = "search_secondly"
                return self._limit_body("SECONDLY", "You have reached your secondly limit.")
            self._searches.append(now)
            return None
        while self._calls and now - self._calls[0] >= self.window_seconds:
            self._calls.popleft()
        if len(self._calls) >= self.ten_secondly_limit:
            request.fault = "ten_secondly"
            response = self._limit_body("TEN_SECONDLY_ROLLING",
                                        "You have reached your ten_secondly_rolling limit.")
            self._add_limit_headers(response, False)
            return response
        self._calls.append(now)
        return None

    def _add_limit_headers(self, response: Response, is_search: bool) -> None:
        h = response.headers
        h.setdefault("X-HubSpot-Correlation-Id", str(uuid.uuid4()))
        h["X-HubSpot-RateLimit-Daily"] = str(self.daily_limit)
        h["X-HubSpot-RateLimit-Daily-Remaining"] = str(max(0, self.daily_limit - self.daily_used))
        if not is_search:
            h["X-HubSpot-RateLimit-Interval-Milliseconds"] = str(int(self.window_seconds * 1000))
            h["X-HubSpot-RateLimit-Max"] = str(self.ten_secondly_limit)
            h["X-HubSpot-RateLimit-Remaining"] = str(max(0, self.ten_secondly_limit - len(self._calls)))

    def _limit_body(self, policy: str, message: str) -> Response:
        body = {"status": "error", "message": message, "errorType": "RATE_LIMIT",
                "correlationId": str(uuid.uuid4()), "policyName": policy,
                "requestId": str(uuid.uuid4())}
        response = json_response(body, 429)
        if self.faults.retry_after is not None and policy != "DAILY":
            response.headers["Retry-After"] = f"{self.faults.retry_after:g}"
        return response

    def render_fault(self, kind: str, request: Request) -> Response:
        if kind == "rate_limit":
            return self._limit_body("TEN_SECONDLY_ROLLING",
                                    "You have reached your ten_secondly_rolling limit.")
        if kind == "daily_quota":
            return self._limit_body("DAILY", "You have reached your daily limit.")
        if kind == "expired_token":
            return _error(401, "EXPIRED_AUTHENTICATION",
                          "The OAuth token used to make this call expired 1 minute(s) ago.")
        if kind == "server_error":
            return _error(502, "INTERNAL_ERROR", "Bad Gateway: the upstream service failed.")
        raise ValueError(f"unknown fault kind {kind!r}")

    def _scope(self, request: Request, key: str) -> Response | None:
        needed = _SCOPES[key]
        if self.granted_scopes is None or needed in self.granted_scopes:
            return None
        return _error(403, "MISSING_SCOPES",
                      "This app hasn't been granted all required scopes to make this call.",
                      errors=[{"message": "One or more of the following scopes are required.",
                               "context": {"requiredGranularScopes": [needed]}}])

    # ------------------------------------------------------------------ contacts

    def _shape(self, cid: str, wanted: Iterable[str] | None) -> dict[str, Any]:
        record = self.contacts[cid]
        props = record["properties"]
        names = list(_DEFAULT_RETURNED) + list(wanted or ())
        return {"id": cid, "properties": {n: props.get(n) for n in dict.fromkeys(names)},
                "createdAt": record["createdAt"], "updatedAt": record["updatedAt"],
                "archived": False}

    def _batch_envelope(self, results: list[dict], errors: list[dict], started: str) -> Response:
        self._rng.shuffle(results)  # HubSpot does not keep input order
        body: dict[str, Any] = {"status": "COMPLETE", "results": results, "startedAt": started,
                                "completedAt": iso_ms(_now_ms())}
        if errors:
            body.update(numErrors=len(errors), errors=errors)
            return json_response(body, 207)
        return json_response(body, 200)

    def _not_found(self, kind: str, ids: list[str]) -> dict[str, Any]:
        return {"status": "error", "category": "OBJECT_NOT_FOUND",
                "message": f"Could not {kind} some CONTACT objects, they may be deleted or not "
                           "exist. Check that ids are valid.",
                "context": {"ids": ids}, "errors": [], "links": {}}

    def _batch_read(self, request: Request) -> Response:
        if (denied := self._scope(request, "contacts_read")):
            return denied
        started = iso_ms(_now_ms())
        body = request.json() or {}
        inputs = body.get("inputs") or []
        history = body.get("propertiesWithHistory") or []
        limit = 50 if history else 100
        if len(inputs) > limit:
            return _error(400, "VALIDATION_ERROR", f"The maximum number of inputs supported in "
                          f"a batch request is {limit}.")
        id_property = body.get("idProperty")
        if id_property not in (None, "email", "hs_object_id"):
            return _error(400, "VALIDATION_ERROR", f"{id_property} is not a unique property")
        results, missing = [], []
        seen: set[str] = set()
        for item in inputs:
            key = str(item.get("id", ""))
            cid = self._by_email.get(key.lower()) if id_property == "email" else key
            if cid is None or cid not in self.contacts:
                missing.append(key)
            elif cid not in seen:
                seen.add(cid)
                results.append(self._shape(cid, body.get("properties")))
        errors = [self._not_found("get", missing)] if missing else []
        return self._batch_envelope(results, errors, started)

    def _validate(self, properties: dict[str, Any]) -> list[dict[str, Any]]:
        problems = []
        for name, value in properties.items():
            spec = self.properties.get(name)
            if spec is None:
                problems.append({"isValid": False, "name": name, "error": "PROPERTY_DOESNT_EXIST",
                                 "message": f'Property "{name}" does not exist'})
                continue
            if spec["modificationMetadata"]["readOnlyValue"]:
                problems.append({"isValid": False, "name": name, "error": "READ_ONLY_VALUE",
                                 "message": f'"{name}" is a read only property; its value cannot '
                                            "be set."})
                continue
            if value in (None, ""):
                continue
            value = str(value)
            kind = spec["type"]
            bad = (
                (kind == "enumeration" and value not in {o["value"] for o in spec["options"]})
                or (kind == "bool" and value not in ("true", "false"))
                or (kind == "number" and not re.fullmatch(r"-?\d+(\.\d+)?", value))
                or (kind in ("datetime", "date") and parse_time_ms(value) is None)
            )
            if bad:
                problems.append({"isValid": False, "name": name, "error": "INVALID_OPTION"
                                 if kind == "enumeration" else "INVALID_VALUE",
                                 "message": f"{value!r} was not a valid {kind} for {name}"})
        return problems

    def _batch_update(self, request: Request) -> Response:
        if (denied := self._scope(request, "contacts_write")):
            return denied
        started = iso_ms(_now_ms())
        inputs = (request.json() or {}).get("inputs") or []
        if len(inputs) > 100:
            return _error(400, "VALIDATION_ERROR",
                          "The maximum number of inputs supported in a batch request is 100.")
        if any(i.get("idProperty") not in (None, "hs_object_id") for i in inputs):
            return _error(400, "VALIDATION_ERROR",
                          "Unable to perform update/upsert by non-unique 0-1 property")
        ids = [str(i.get("id")) for i in inputs]
        if len(set(ids)) != len(ids):
            return _error(400, "VALIDATION_ERROR",
                          "Duplicate IDs found in batch input: "
                          f"{sorted({i for i in ids if ids.count(i) > 1})}. IDs must be unique")
        problems = [p for i in inputs for p in self._validate(i.get("properties") or {})]
        if problems:  # one bad value fails the whole batch
            return _error(400, "VALIDATION_ERROR",
                          f"Property values were not valid: {json.dumps(problems)}",
                          context={"properties": sorted({p['name'] for p in problems})})
        results, missing = [], []
        for item in inputs:
            cid = str(item["id"])
            if cid not in self.contacts:
                missing.append(cid)
                continue
            self._write(cid, item.get("properties") or {})
            results.append(self._shape(cid, (item.get("properties") or {}).keys()))
        errors = [self._not_found("update", missing)] if missing else []
        return self._batch_envelope(results, errors, started)

    def _write(self, cid: str, properties: dict[str, Any]) -> None:
        record = self.contacts[cid]
        props = record["properties"]
        before = dict(props)
        for name, value in properties.items():
            value = None if value is None or value == "" else str(value)
            if value is not None and self.properties.get(name, {}).get("type") in ("datetime",):
                value = iso_ms(parse_time_ms(value))  # HubSpot answers ISO whatever was sent
            props[name] = value
        if before.get("email") != props.get("email"):
            if before.get("email"):
                self._by_email.pop(before["email"], None)
            if props.get("email"):
                props["email"] = props["email"].lower()
                self._by_email[props["email"]] = cid
        ms = max(_now_ms(), parse_time_ms(before["lastmodifieddate"]) + 1)
        props["lastmodifieddate"] = record["updatedAt"] = iso_ms(ms)
        self._run_flows(cid, before, props)
        self._pending.append((time.monotonic() + self.search_lag, cid))

    def _get_contact(self, request: Request) -> Response:
        if (denied := self._scope(request, "contacts_read")):
            return denied
        key = request.match["id"]
        cid = self._by_email.get(key.lower()) if request.arg("idProperty") == "email" else key
        if cid is None or cid not in self.contacts:
            # HubSpot answers this one with an HTML page (api/hubspot.md §1)
            return Response(404, "<html><body>Not Found</body></html>",
                            {"Content-Type": "text/html", "X-HubSpot-NotFound": "true"})
        wanted = (request.arg("properties") or "").split(",")
        return json_response(self._shape(cid, [w for w in wanted if w]))

    def _list_contacts(self, request: Request) -> Response:
        if (denied := self._scope(request, "contacts_read")):
            return denied
        limit = min(int(request.arg("limit", "10")), 100)
        after = int(request.arg("after", "0") or 0)
        ids = sorted(self.contacts, key=int)[after:after + limit]
        body: dict[str, Any] = {"results": [self._shape(i, ()) for i in ids]}
        if after + limit < len(self.contacts):
            body["paging"] = {"next": {"after": str(after + limit)}}
        return json_response(body)

    # ------------------------------------------------------------------ search

    def _search(self, request: Request) -> Response:
        if (denied := self._scope(request, "contacts_read")):
            return denied
        now = time.monotonic()
        while self._pending and self._pending[0][0] <= now:
            _, cid = self._pending.popleft()
            self._index[cid] = dict(self.contacts[cid]["properties"])
        body = request.json() or {}
        groups = body.get("filterGroups") or []
        n_filters = sum(len(g.get("filters") or []) for g in groups)
        if len(groups) > 5 or any(len(g.get("filters") or []) > 6 for g in groups) or n_filters > 18:
            return _error(400, "VALIDATION_ERROR", "Too many filters: at most 5 filterGroups "
                          "of 6 filters, 18 filters in total.")
        limit = int(body.get("limit") or 10)
        if limit > 200:
            return _error(400, "VALIDATION_ERROR", "limit must be at most 200")
        after = int(body.get("after") or 0)
        if after + limit > self.search_cap:
            return _error(400, "VALIDATION_ERROR", f"Search results are limited to "
                          f"{self.search_cap} records; paging past them is not allowed.")
        hits = [cid for cid, props in self._index.items()
                if not groups or any(all(self._match(props, f) for f in g.get("filters") or [])
                                     for g in groups)]
        sorts = body.get("sorts") or []
        if sorts:
            sort = sorts[0] if isinstance(sorts[0], dict) else {"propertyName": sorts[0]}
            name = sort["propertyName"]
            hits.sort(key=lambda c: (self._sort_key(self._index[c].get(name), name), int(c)),
                      reverse=sort.get("direction") == "DESCENDING")
        else:
            hits.sort(key=int)
        page = hits[after:after + limit]
        payload: dict[str, Any] = {
            "total": len(hits),
            "results": [self._shape_indexed(c, body.get("properties")) for c in page]}
        if after + limit < len(hits):
            payload["paging"] = {"next": {"after": str(after + limit)}}
        return json_response(payload)

    def _shape_indexed(self, cid: str, wanted: Iterable[str] | None) -> dict[str, Any]:
        props = self._index[cid]
        names = list(_DEFAULT_RETURNED) + list(wanted or ())
        record = self.contacts[cid]
        return {"id": cid, "properties": {n: props.get(n) for n in dict.fromkeys(names)},
                "createdAt": record["createdAt"], "updatedAt": props["lastmodifieddate"],
                "archived": False}

    def _sort_key(self, value: str | None, name: str) -> Any:
        if self.properties.get(name, {}).get("type") in ("datetime", "date"):
            return parse_time_ms(value) if value else -1
        return value or ""

    def _match(self, props: dict[str, Any], f: dict[str, Any]) -> bool:
        name, op = f.get("propertyName"), f.get("operator")
        value = props.get(name)
        if op == "HAS_PROPERTY":
            return value not in (None, "")
        if op == "NOT_HAS_PROPERTY":
            return value in (None, "")
        if value in (None, ""):
            return False
        wanted = str(f.get("value", ""))
        if op == "CONTAINS_TOKEN":
            tokens = [t.strip().lower() for t in re.split(r"[;,\s]+", value) if t.strip()]
            pattern = re.compile(re.escape(wanted.lower()).replace(r"\*", ".*") + r"\Z")
            return any(pattern.match(t) for t in tokens)
        if op in ("EQ", "NEQ"):
            same = value.lower() == wanted.lower()
            return same if op == "EQ" else not same
        if op in ("IN", "NOT_IN"):
            inside = value.lower() in {str(v) for v in f.get("values") or []}
            return inside if op == "IN" else not inside
        ptype = self.properties.get(name, {}).get("type")
        if ptype in ("datetime", "date"):
            left, right = parse_time_ms(value), parse_time_ms(wanted)
        elif ptype == "number":
            left, right = float(value), float(wanted)
        else:
            left, right = value, wanted
        if left is None or right is None:
            return False
        return {"GT": left > right, "GTE": left >= right, "LT": left < right,
                "LTE": left <= right}.get(op, False)

    # ------------------------------------------------------------------ properties

    def _property_record(self, body: dict[str, Any], *, read_only: bool = False) -> dict[str, Any]:
        now = iso_ms(_now_ms())
        return {
            "name": body["name"], "label": body["label"], "type": body["type"],
            "fieldType": body["fieldType"], "groupName": body["groupName"],
            "description": body.get("description", ""), "options": body.get("options") or [],
            "displayOrder": body.get("displayOrder", -1), "hidden": body.get("hidden", False),
            "formField": body.get("formField", False), "calculated": False,
            "externalOptions": False, "hasUniqueValue": body.get("hasUniqueValue", False),
            "createdAt": now, "updatedAt": now, "archived": False,
            "modificationMetadata": {"archivable": not read_only, "readOnlyDefinition": read_only,
                                     "readOnlyValue": read_only},
        }

    def _list_groups(self, request: Request) -> Response:
        if (denied := self._scope(request, "schemas_read")):
            return denied
        return json_response({"results": list(self.groups.values())})

    def _get_group(self, request: Request) -> Response:
        if (denied := self._scope(request, "schemas_read")):
            return denied
        group = self.groups.get(request.match["name"])
        if group is None:
            return _error(404, "OBJECT_NOT_FOUND", f"Unable to find property group "
                          f"{request.match['name']}")
        return json_response(group)

    def _create_group(self, request: Request) -> Response:
        if (denied := self._scope(request, "schemas_write")):
            return denied
        body = request.json() or {}
        if not body.get("name") or not body.get("label"):
            return _error(400, "VALIDATION_ERROR", "name and label are required")
        if body["name"] in self.groups:
            return _error(409, "OBJECT_ALREADY_EXISTS",
                          f"A property group named {body['name']} already exists.")
        group = {"name": body["name"], "label": body["label"],
                 "displayOrder": body.get("displayOrder", -1), "archived": False}
        self.groups[body["name"]] = group
        return json_response(group, 201)

    def _list_properties(self, request: Request) -> Response:
        if (denied := self._scope(request, "schemas_read")):
            return denied
        return json_response({"results": list(self.properties.values())})

    def _get_property(self, request: Request) -> Response:
        if (denied := self._scope(request, "schemas_read")):
            return denied
        prop = self.properties.get(request.match["name"])
        if prop is None:
            return _error(404, "OBJECT_NOT_FOUND", f"Unable to find property "
                          f"{request.match['name']}")
        return json_response(prop)

    def _create_property(self, request: Request) -> Response:
        if (denied := self._scope(request, "schemas_write")):
            return denied
        body = request.json() or {}
        missing = [k for k in ("name", "label", "type", "fieldType", "groupName") if not body.get(k)]
        if missing:
            return _error(400, "VALIDATION_ERROR", f"missing required fields {missing}")
        if body["type"] not in ("string", "number", "date", "datetime", "enumeration", "bool"):
            return _error(400, "VALIDATION_ERROR", f"unknown type {body['type']}")
        if body["type"] == "enumeration" and not body.get("options"):
            return _error(400, "VALIDATION_ERROR", "enumeration properties need options")
        if body["groupName"] not in self.groups and body["groupName"] != "contactinformation":
            return _error(400, "VALIDATION_ERROR", f"property group {body['groupName']} "
                          "does not exist")
        if body["name"] in self.properties:
            return _error(409, "OBJECT_ALREADY_EXISTS",
                          f"A property named '{body['name']}' already exists.")
        prop = self._property_record(body)
        self.properties[body["name"]] = prop
        return json_response(prop, 201)

    # ------------------------------------------------------------------ sequences

    def _list_sequences(self, request: Request) -> Response:
        if (denied := self._scope(request, "sequences_read")):
            return denied
        if not request.arg("userId"):
            return _error(400, "VALIDATION_ERROR", "userId is required")
        return json_response({"total": len(self.sequences), "results": list(self.sequences.values())})

    def _enrollment_body(self, e: dict[str, Any]) -> dict[str, Any]:
        return {"id": e["id"], "sequenceId": e["sequenceId"],
                "sequenceName": self.sequences[e["sequenceId"]]["name"],
                "enrolledBy": e["userId"], "enrolledByEmail": e["senderEmail"],
                "enrolledAt": e["enrolledAt"], "updatedAt": e["updatedAt"],
                "toEmail": e["toEmail"]}

    def _enrollment_of(self, request: Request) -> Response:
        if (denied := self._scope(request, "sequences_read")):
            return denied
        active = self.active_enrollments(request.match["id"])
        if not active:
            return _error(404, "OBJECT_NOT_FOUND", "No active sequence enrollment for contact "
                          f"{request.match['id']}")
        if len(active) == 1:  # HubSpot's shape: one contact, one sequence
            return json_response(self._enrollment_body(active[0]))
        # Only reachable with one_sequence_per_contact=False (the shared CRM contract).
        return json_response({"results": [self._enrollment_body(e) for e in active]})

    def _start_enrollment(self, cid: str, sid: str, sender: str, user_id: str,
                          step: int) -> dict[str, Any]:
        now = iso_ms(_now_ms())
        eid = str(next(self._ids))
        enrollment = {"id": eid, "sequenceId": sid, "contactId": cid, "senderEmail": sender,
                      "userId": user_id, "step": step, "state": "ACTIVE", "enrolledAt": now,
                      "updatedAt": now,
                      "toEmail": self.contacts[cid]["properties"].get("email")}
        self.enrollments[eid] = enrollment
        return enrollment

    def _enroll(self, request: Request) -> Response:
        if (denied := self._scope(request, "sequences_write")):
            return denied
        user_id = request.arg("userId")
        body = request.json() or {}
        missing = [k for k in ("contactId", "sequenceId", "senderEmail") if not body.get(k)]
        if not user_id or missing:
            return _error(400, "VALIDATION_ERROR", f"missing required {missing or ['userId']}")
        cid, sid = str(body["contactId"]), str(body["sequenceId"])
        if cid not in self.contacts:
            return _error(404, "OBJECT_NOT_FOUND", f"Contact {cid} not found")
        if sid not in self.sequences:
            return _error(404, "OBJECT_NOT_FOUND", f"Sequence {sid} not found")
        active = self.active_enrollments(cid)
        if active and (self.one_sequence_per_contact
                       or any(e["sequenceId"] == sid for e in active)):
            return _error(400, "VALIDATION_ERROR", "Contact already enrolled in a sequence")
        enrollment = self._start_enrollment(cid, sid, body["senderEmail"], user_id, 1)
        self._refresh_enrolled(cid)
        return json_response({"id": enrollment["id"], "enrolledAt": enrollment["enrolledAt"],
                              "updatedAt": enrollment["updatedAt"],
                              "toEmail": enrollment["toEmail"]})

    def _refresh_enrolled(self, cid: str) -> None:
        """hs_sequences_is_enrolled is calculated by HubSpot, never written by a client."""
        props = self.contacts[cid]["properties"]
        active = [e for e in self.enrollments.values()
                  if e["contactId"] == cid and e["state"] == "ACTIVE"]
        props["hs_sequences_is_enrolled"] = "true" if active else "false"
        props["hs_sequences_actively_enrolled_count"] = str(len(active))
        if active:
            props["hs_latest_sequence_enrolled"] = active[-1]["sequenceId"]

    # ------------------------------------------------------------------ flows (workflows)

    def _list_flows(self, request: Request) -> Response:
        if (denied := self._scope(request, "automation")):
            return denied
        if not self.flows_allowed:
            return _error(403, "MISSING_SCOPES", "This portal does not have access to workflows.")
        return json_response({"results": [{"id": f["id"], "name": f["name"],
                                           "isEnabled": f["isEnabled"], "flowType": f["flowType"],
                                           "objectTypeId": f["objectTypeId"],
                                           "revisionId": f["revisionId"]}
                                          for f in self.flows.values()]})

    def _create_flow(self, request: Request) -> Response:
        if (denied := self._scope(request, "automation")):
            return denied
        if not self.flows_allowed:
            return _error(403, "MISSING_SCOPES", "This portal does not have access to workflows.")
        body = request.json() or {}
        missing = [k for k in ("type", "objectTypeId", "flowType", "actions",
                               "enrollmentCriteria", "startActionId") if k not in body]
        if missing:
            return _error(400, "VALIDATION_ERROR", f"missing required fields {missing}")
        fid = str(next(self._ids))
        flow = {**body, "id": fid, "revisionId": "1", "isEnabled": bool(body.get("isEnabled")),
                "name": body.get("name") or f"flow {fid}"}
        self.flows[fid] = flow
        return json_response(flow, 201)

    def _run_flows(self, cid: str, before: dict[str, Any], after: dict[str, Any]) -> None:
        """Enroll the contact in each enabled flow whose IS_KNOWN trigger property just got a
        (new) value, and run its "Unenroll from sequence" action."""
        for flow in self.flows.values():
            if not flow["isEnabled"]:
                continue
            if not any(a.get("actionTypeId") == UNENROLL_ACTION_TYPE for a in flow["actions"]):
                continue
            for prop in _known_triggers(flow["enrollmentCriteria"]):
                if after.get(prop) and after.get(prop) != before.get(prop):
                    for e in self.enrollments.values():
                        if e["contactId"] == cid and e["state"] == "ACTIVE":
                            e["state"], e["updatedAt"] = "UNENROLLED", iso_ms(_now_ms())
                    self._refresh_enrolled(cid)


def _known_triggers(criteria: Any) -> set[str]:
    """Property names under IS_KNOWN filters anywhere in a flow's enrollment criteria."""
    found: set[str] = set()
    if isinstance(criteria, dict):
        op = criteria.get("operation")
        if isinstance(op, dict) and op.get("operator") == "IS_KNOWN" and criteria.get("property"):
            found.add(criteria["property"])
        for value in criteria.values():
            found |= _known_triggers(value)
    elif isinstance(criteria, list):
        for value in criteria:
            found |= _known_triggers(value)
    return found
