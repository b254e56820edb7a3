"""A stateful fake of the Salesforce REST API (and its login endpoints) on 127.0.0.1.

Follows `shared/api/salesforce.md`: Contact (with the read-only, derived IsEmailBounced) and
Lead (IsConverted, no IsEmailBounced); ActionCadence / ActionCadenceTracker and the two Sales
Engagement invocable actions with the generic action result envelope; custom fields created
through the Tooling API (`tooling/sobjects/CustomField`) that stay invisible to the
integration user until a permission set grants them (FLS: INVALID_FIELD otherwise);
PermissionSet / FieldPermissions / PermissionSetAssignment as REST sObjects; SOQL queries
(see `salesforce_soql`, semi-joins included) with 2,000-row pages and `nextRecordsUrl`;
`POST composite` (up to 25 subrequests, 5 of them queries or collections, run in order as
ONE API call, answered with `compositeResponse` items; `@{ref.field}` / `@{ref.list[n].f}`
references as documented, no others); sObject Collections PATCH
and POST answering 200 with per-record results; `limits`; describe; the SOAP
username-password login, the OAuth JWT bearer and client-credentials token flows.

Every response carries `Sforce-Limit-Info: api-usage=N/M`; once the daily allocation `M`
is spent, REST calls get the 403 REQUEST_LIMIT_EXCEEDED answer.

Injected faults are answered in the format of the endpoint they hit: REST calls get the JSON
error list (`[{"message", "errorCode"}]`; REQUEST_LIMIT_EXCEEDED is a 403 without
Retry-After, a 503 SERVER_UNAVAILABLE carries `faults.retry_after`); the SOAP login gets a
SOAP fault (HTTP 500, `sf:REQUEST_LIMIT_EXCEEDED` in an UnexpectedErrorFault; HTTP 503 with
`sf:SERVER_UNAVAILABLE` for a server error); the OAuth token endpoint gets the OAuth error
JSON (`{"error", "error_description"}`: 400 `rate_limit_exceeded`, 503
`temporarily_unavailable`; these statuses are [UNVERIFIED]). "expired_token" means nothing to
a login, which is answered normally. Two more kinds, for any endpoint: "maintenance" (a 503
HTML page, as during a Salesforce maintenance window) and "edge_403" (a 403 HTML page, as a
proxy or firewall in front of Salesforce answers); neither carries a Salesforce error code.
The token endpoint is exempt from random faults (`FaultSwitch.exempt`) unless a test
changes that. Indexes on Id, Email,
TargetId (and configured secondary email fields) keep 100,000 contacts cheap to query.

Deliberate choices where the notes say [UNVERIFIED]: an action call whose every input fails
answers 400 with the same list (otherwise 200); at most 200 inputs per action call;
assigning a target already active in a cadence fails that input with DUPLICATE_VALUE.
"""

from __future__ import annotations

import base64
import json
import itertools
import re
import secrets
import socket
import threading
from collections import defaultdict
from datetime import datetime, timedelta, timezone
from html import unescape
from typing import Any
from urllib.parse import parse_qs, urlsplit

import jwt

from tests.fakes import salesforce_soql as soql
from tests.fakes.base import FakeServer, Request, Response, json_response

API = r"/services/data/v(?P<version>\d+\.\d)/"
SOAP_LOGIN = r"/services/Soap/u/(?P<version>[\d.]+)(?:/.*)?"
TOKEN_ENDPOINT = r"/services/oauth2/token"
ORG_ID = "00D000000000001AAA"
USER_ID = "005000000000001AAA"
PAGE_SIZE = 2000
MAX_ACTION_INPUTS = 200
MAX_COLLECTION_RECORDS = 200
MAX_SUBREQUESTS = 25  # per composite request
MAX_QUERY_SUBREQUESTS = 5  # of which query / queryAll / sObject Collections operations
_REFERENCE = re.compile(r"@\{(?P<ref>\w+)(?P<path>(?:\.\w+|\[\d+\])*)\}")
DISPOSITIONS = {"Success", "Customer Engaged", "Customer Connected", "Contact Later",
                "No Response", "Not Interested", "Disqualified", "Bad Data", "Duplicate"}
ACTIVE_STATES = {"Running", "Paused", "Initializing", "Processing"}

PREFIX = {"Contact": "003", "Lead": "00Q", "ActionCadence": "77C", "ActionCadenceTracker": "7tr",
          "PermissionSet": "0PS", "FieldPermissions": "01k", "PermissionSetAssignment": "0Pa",
          "User": "005", "CustomField": "00N"}

# Standard fields: name -> (type, updateable). Custom fields live in `custom_fields`.
_COMMON = {"Id": ("id", False), "FirstName": ("string", True), "LastName": ("string", True),
           "Email": ("email", True), "EmailBouncedReason": ("string", True),
           "EmailBouncedDate": ("datetime", True), "OwnerId": ("reference", True),
           "SystemModstamp": ("datetime", False), "LastModifiedDate": ("datetime", False),
           "IsDeleted": ("boolean", False)}
STANDARD: dict[str, dict[str, tuple[str, bool]]] = {
    "Contact": {**_COMMON, "IsEmailBounced": ("boolean", False)},
    "Lead": {**_COMMON, "Company": ("string", True), "IsConverted": ("boolean", False)},
    "ActionCadence": {"Id": ("id", False), "Name": ("string", True), "State": ("picklist", True),
                      "OwnerId": ("reference", True), "SystemModstamp": ("datetime", False)},
    "ActionCadenceTracker": {
        "Id": ("id", False), "ActionCadenceId": ("reference", False),
        "TargetId": ("reference", False), "OwnerId": ("reference", False),
        "State": ("picklist", False), "IsTrackerActive": ("boolean", False),
        "CurrentStepId": ("reference", False), "CompletionReason": ("picklist", False),
        "CompletionDisposition": ("picklist", False), "SystemModstamp": ("datetime", False)},
    "PermissionSet": {"Id": ("id", False), "Name": ("string", True), "Label": ("string", True)},
    "FieldPermissions": {"Id": ("id", False), "ParentId": ("reference", True),
                         "SobjectType": ("string", True), "Field": ("string", True),
                         "PermissionsRead": ("boolean", True), "PermissionsEdit": ("boolean", True)},
    "PermissionSetAssignment": {"Id": ("id", False), "PermissionSetId": ("reference", True),
                                "AssigneeId": ("reference", True)},
    "User": {"Id": ("id", False), "Username": ("string", False), "Name": ("string", False)},
}
TOOLING = {"CustomField": {"Id": ("id", False), "DeveloperName": ("string", False),
                           "TableEnumOrId": ("string", False), "NamespacePrefix": ("string", False)}}
SCHEMAS = {**STANDARD, **TOOLING}
STRING_LENGTHS = {"EmailBouncedReason": 255, "FirstName": 40, "LastName": 80, "Email": 80}
# What bounce-sync's setup creates (kept here, not imported, so the fake stays independent).
OUR_FIELDS = (
    ("Status", "Picklist", {"restricted": True,
                            "values": ["bounced", "soft_bounced", "resend", "refused"]}),
    ("Hard", "Checkbox", {}), ("Reason", "Text", {"length": 80}),
    ("Reason_Label", "Text", {"length": 255}), ("Diagnostic", "LongTextArea", {"length": 32768}),
    ("Bounced_At", "DateTime", {}), ("Address", "Email", {}), ("Soft_Count", "Number", {}),
    ("Note", "Text", {"length": 255}), ("Cadences", "LongTextArea", {"length": 32768}),
)
_ID_RX = re.compile(r"[A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?\Z")


def _error(code: str, message: str, status: int = 400, fields: list[str] | None = None) -> Response:
    item: dict[str, Any] = {"message": message, "errorCode": code}
    if fields is not None:
        item["fields"] = fields
    return json_response([item], status)


def _soap_fault(code: str, message: str, status: int = 500, fault: str = "UnexpectedErrorFault") -> Response:
    """A SOAP API fault as Salesforce sends it (faultcode, faultstring and a typed detail)."""
    return Response(status, _SOAP_FAULT.format(code=code, message=message, fault=fault),
                    {"Content-Type": "text/xml;charset=UTF-8"})


def _html_page(status: int, title: str) -> Response:
    return Response(status, f"<html><head><title>{title}</title></head><body><h1>{title}</h1>"
                            "</body></html>", {"Content-Type": "text/html;charset=UTF-8"})


def _item_error(code: str, message: str, fields: list[str] | None = None) -> dict[str, Any]:
    return {"statusCode": code, "message": message, "fields": fields or []}


class _QueryError(Exception):
    """A query refused; `response` is Salesforce's answer."""

    def __init__(self, response: Response) -> None:
        super().__init__(response.status)
        self.response = response


def format_datetime(value: datetime) -> str:
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000+0000")


class FakeSalesforce(FakeServer):
    def __init__(self, *, username: str = "integration@example.com", daily_limit: int = 15000,
                 secondary_fields: tuple[str, ...] = ("Alt_Email__c",)) -> None:
        super().__init__()
        self.username = username
        self.api_max = daily_limit
        self.api_used = 0
        self._ids = itertools.count(1)
        self.tables: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
        self.tooling: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
        self.where: dict[str, str] = {}  # id -> sObject type
        self.index: dict[tuple[str, str], dict[Any, set[str]]] = {}
        self.indexed = {"Email", "TargetId", "ActionCadenceId", *secondary_fields}
        self.custom_fields: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
        self.sessions: set[str] = set()
        self.passwords: dict[str, str] = {}  # username -> password + security token
        self.jwt_apps: dict[str, tuple[str, bytes]] = {}  # consumer key -> (username, public PEM)
        self.client_apps: dict[str, str] = {}  # consumer key -> secret
        self.locked: dict[str, int] = {}  # record id -> collection writes that will hit a lock
        self.query_pages: dict[str, list[dict[str, Any]]] = {}
        self.clock_offset = timedelta(0)
        # Whether `TargetId IN (SELECT Id FROM Contact ...)` is accepted on trackers (it
        # is in SOQL; False plays an org that refuses it, to exercise the fallback).
        self.semi_join_on_target_id = True
        self.tables["User"][USER_ID] = {"Id": USER_ID, "Username": username, "Name": "Integration"}
        self.where[USER_ID] = "User"
        for obj in ("Contact", "Lead"):  # a field the org already had (profile-visible)
            for name in secondary_fields:
                self.custom_fields[obj][name] = {"type": "Email", "label": "Alternate Email",
                                                 "profile_visible": True}
        self._routes_for_api()

    def start(self, port: int = 0) -> FakeSalesforce:
        super().start(port)
        # Headers and body go out in two writes; without TCP_NODELAY, Nagle plus the
        # client's delayed ACK adds ~40 ms to every answer.
        handler = self._server.RequestHandlerClass
        self._server.RequestHandlerClass = type("NoDelayHandler", (handler,),
                                                {"disable_nagle_algorithm": True})
        return self

    def stop(self) -> None:
        """As the base class, but wakes the accept loop (it polls every 0.5 s) so a
        per-test server stops at once."""
        server = self._server
        if server is None:
            return
        stopper = threading.Thread(target=FakeServer.stop, args=(self,))
        stopper.start()
        while stopper.is_alive():
            try:
                socket.create_connection(server.server_address[:2], timeout=0.1).close()
            except OSError:
                pass
            stopper.join(0.02)

    # ------------------------------------------------------------------ seeding / inspection

    def new_id(self, sobject: str) -> str:
        n = next(self._ids)
        return f"{PREFIX[sobject]}{n:012d}AAA"

    def now(self) -> datetime:
        return (datetime.now(timezone.utc) + self.clock_offset).replace(microsecond=0)

    def _insert(self, sobject: str, fields: dict[str, Any]) -> str:
        rid = self.new_id(sobject)
        record = {"Id": rid, "SystemModstamp": self.now(), "LastModifiedDate": self.now()}
        self.tables[sobject][rid] = record
        self.where[rid] = sobject
        for name, value in fields.items():
            self._put(sobject, record, name, value)
        return rid

    def _put(self, sobject: str, record: dict[str, Any], name: str, value: Any) -> None:
        if name in self.indexed:
            idx = self.index.setdefault((sobject, name), {})
            old = record.get(name)
            if old is not None:
                idx.get(str(old).lower(), set()).discard(record["Id"])
            if value is not None:
                idx.setdefault(str(value).lower(), set()).add(record["Id"])
        record[name] = value

    def _touch(self, record: dict[str, Any]) -> None:
        record["SystemModstamp"] = record["LastModifiedDate"] = self.now()

    def add_cadence(self, name: str, *, state: str = "Active") -> str:
        with self.state_lock:
            for rid, rec in self.tables["ActionCadence"].items():
                if rec["Name"] == name:
                    return rid
            return self._insert("ActionCadence", {"Name": name, "State": state, "OwnerId": USER_ID})

    def add_user(self, name: str) -> str:
        with self.state_lock:
            return self._insert("User", {"Username": f"{name}@example.com", "Name": name})

    def add_contact(self, email: str | None, object_type: str = "Contact", cadences=(), step: int = 2,
                    owner: str | None = None, converted: bool = False, **fields: Any) -> str:
        """A Contact or Lead, active in `cadences` (names; created if needed) at `step`,
        assigned to `owner` (a user id; a new rep by default)."""
        with self.state_lock:
            values = {"LastName": "Test", "Email": email, "OwnerId": owner or USER_ID, **fields}
            if object_type == "Lead":
                values.update(Company="Example", IsConverted=converted)
            rid = self._insert(object_type, values)
            if cadences:
                rep = owner or self.add_user(f"rep{rid[-6:]}")
                for name in cadences:
                    self._assign(self.add_cadence(name), rid, rep, step)
            return rid

    def _assign(self, cadence_id: str, target_id: str, owner: str, step: int) -> str:
        tid = self._insert("ActionCadenceTracker", {
            "ActionCadenceId": cadence_id, "TargetId": target_id, "OwnerId": owner,
            "State": "Running", "IsTrackerActive": True,
            "CurrentStepId": f"0cs{cadence_id[3:9]}{step:06d}AAA"})
        self.tables["ActionCadenceTracker"][tid]["_step"] = step
        return tid

    def record(self, rid: str) -> dict[str, Any]:
        with self.state_lock:
            sobject = self.where[rid]
            rec = dict(self.tables[sobject][rid])
            if sobject == "Contact":
                rec["IsEmailBounced"] = self._value(sobject, rec, "IsEmailBounced")
            return rec

    def edit_email(self, rid: str, new: str) -> None:
        with self.state_lock:
            sobject = self.where[rid]
            rec = self.tables[sobject][rid]
            self._put(sobject, rec, "Email", new)
            self._touch(rec)

    def delete(self, rid: str) -> None:
        with self.state_lock:
            sobject = self.where[rid]
            rec = self.tables[sobject].pop(rid)
            for name in self.indexed:
                self._put(sobject, dict(rec), name, None)

    def trackers(self, target_id: str, *, active: bool = True) -> list[dict[str, Any]]:
        with self.state_lock:
            ids = self.index.get(("ActionCadenceTracker", "TargetId"), {}).get(target_id.lower(), ())
            rows = [self.tables["ActionCadenceTracker"][t] for t in sorted(ids)]
            return [dict(r) for r in rows if not active or r["IsTrackerActive"]]

    def lock_rows(self, ids, times: int = 1) -> None:
        """The next `times` collection writes of each id answer UNABLE_TO_LOCK_ROW."""
        with self.state_lock:
            for rid in ids:
                self.locked[rid] = times

    def expire_sessions(self) -> None:
        with self.state_lock:
            self.sessions.clear()

    def issue_session(self) -> str:
        with self.state_lock:
            token = f"{ORG_ID[:15]}!AQ{secrets.token_urlsafe(40)}"
            self.sessions.add(token)
            return token

    def register_password(self, username: str, password: str, security_token: str) -> None:
        self.passwords[username] = password + security_token

    def register_jwt(self, consumer_key: str, username: str, public_key_pem: bytes) -> None:
        self.jwt_apps[consumer_key] = (username, public_key_pem)

    def register_client(self, consumer_key: str, consumer_secret: str) -> None:
        self.client_apps[consumer_key] = consumer_secret

    @property
    def started(self) -> bool:
        return self._server is not None

    def install_fields(self, prefix: str = "Bounce_Sync_", objects=("Contact", "Lead")) -> None:
        """The org as `bounce-sync setup` leaves it: our fields created and granted to the
        integration user (for tests and benchmarks that do not exercise setup)."""
        with self.state_lock:
            ps = self._insert("PermissionSet", {"Name": "Bounce_Sync_Fields", "Label": "Bounce Sync"})
            self._insert("PermissionSetAssignment", {"PermissionSetId": ps, "AssigneeId": USER_ID})
            for sobject in objects:
                for suffix, kind, extra in OUR_FIELDS:
                    name = f"{prefix}{suffix}__c"
                    self.custom_fields[sobject][name] = {"type": kind, "label": suffix, **extra}
                    fid = self.new_id("CustomField")
                    self.tooling["CustomField"][fid] = {"Id": fid, "DeveloperName": name[:-3],
                                                        "TableEnumOrId": sobject, "NamespacePrefix": None}
                    self._insert("FieldPermissions", {
                        "ParentId": ps, "SobjectType": sobject, "Field": f"{sobject}.{name}",
                        "PermissionsRead": True, "PermissionsEdit": True})

    def field_exists(self, sobject: str, name: str) -> bool:
        return name in self.custom_fields[sobject]

    # ------------------------------------------------------------------ field-level security

    def _granted(self) -> dict[str, tuple[bool, bool]]:
        sets = {a["PermissionSetId"] for a in self.tables["PermissionSetAssignment"].values()
                if a["AssigneeId"] == USER_ID}
        grants: dict[str, tuple[bool, bool]] = {}
        for fp in self.tables["FieldPermissions"].values():
            if fp["ParentId"] in sets:
                read, edit = grants.get(fp["Field"], (False, False))
                grants[fp["Field"]] = (read or bool(fp.get("PermissionsRead")),
                                       edit or bool(fp.get("PermissionsEdit")))
        return grants

    def _access(self, sobject: str, name: str, grants=None) -> tuple[bool, bool]:
        """(readable, updateable) for the integration user."""
        if name in SCHEMAS.get(sobject, {}):
            return True, SCHEMAS[sobject][name][1]
        spec = self.custom_fields.get(sobject, {}).get(name)
        if spec is None:
            return False, False
        if spec.get("profile_visible"):
            return True, True
        return (grants if grants is not None else self._granted()).get(f"{sobject}.{name}", (False, False))

    def _field_type(self, sobject: str, name: str) -> str:
        if name in SCHEMAS.get(sobject, {}):
            return SCHEMAS[sobject][name][0]
        return self.custom_fields[sobject][name]["type"].lower()

    # ------------------------------------------------------------------ routes

    def _routes_for_api(self) -> None:
        self.route("POST", SOAP_LOGIN, self._soap_login)
        self.route("POST", TOKEN_ENDPOINT, self._token)
        self._api("GET", r"/services/oauth2/userinfo", self._userinfo)
        self._api("GET", API + r"query/?", self._query)
        self._api("GET", API + r"query/(?P<locator>[\w-]+)", self._query_more)
        self._api("GET", API + r"tooling/query/?", self._tooling_query)
        self._api("GET", API + r"limits/?", self._limits)
        self._api("GET", API + r"sobjects/(?P<sobject>\w+)/describe/?", self._describe)
        self._api("POST", API + r"sobjects/(?P<sobject>\w+)/?", self._create_one)
        self._api("PATCH", API + r"composite/sobjects/?", self._collection_update)
        self._api("POST", API + r"composite/sobjects/?", self._collection_create)
        self._api("POST", API + r"tooling/sobjects/CustomField/?", self._create_field)
        self._api("POST", API + r"actions/standard/(?P<action>\w+)/?", self._action)
        self._api("POST", API + r"composite/?", self._composite)

    def _api(self, method: str, pattern: str, handler) -> None:
        def guarded(request: Request) -> Response:
            auth = request.headers.get("authorization", "")
            if not auth.startswith("Bearer ") or auth[7:] not in self.sessions:
                return _error("INVALID_SESSION_ID", "Session expired or invalid", 401)
            return handler(request)
        self.route(method, pattern, guarded)

    def dispatch(self, request: Request) -> Response:
        if request.path.startswith("/services/data/"):
            with self.state_lock:
                over = self.api_used >= self.api_max
                if not over:
                    self.api_used += 1
            response = (self.render_fault("daily_quota", request) if over
                        else super().dispatch(request))
        else:
            response = super().dispatch(request)
        response.headers.setdefault("Sforce-Limit-Info", f"api-usage={self.api_used}/{self.api_max}")
        return response

    def render_fault(self, kind: str, request: Request) -> Response:
        if kind == "maintenance":
            return _html_page(503, "Service Unavailable")
        if kind == "edge_403":
            return _html_page(403, "Forbidden")
        if re.fullmatch(SOAP_LOGIN, request.path) or re.fullmatch(TOKEN_ENDPOINT, request.path):
            return self._login_fault(kind, request)
        if kind == "rate_limit":  # the concurrent long-running request limit: also a 403
            return _error("REQUEST_LIMIT_EXCEEDED", "ConcurrentPerOrgLongTxn Limit exceeded.", 403)
        if kind == "daily_quota":
            return _error("REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.", 403)
        if kind == "expired_token":
            return _error("INVALID_SESSION_ID", "Session expired or invalid", 401)
        response = _error("SERVER_UNAVAILABLE",
                          "Server temporarily unavailable, please try again later.", 503)
        if self.faults.retry_after is not None:
            response.headers["Retry-After"] = f"{self.faults.retry_after:g}"
        return response

    # ------------------------------------------------------------------ login

    def _login_fault(self, kind: str, request: Request) -> Response:
        """A fault on a login endpoint, in that endpoint's own error format."""
        soap = re.fullmatch(SOAP_LOGIN, request.path)
        if kind == "expired_token":  # a login carries no session: answer it normally
            request.match = soap or re.fullmatch(TOKEN_ENDPOINT, request.path)
            with self.state_lock:
                return self._soap_login(request) if soap else self._token(request)
        if kind in ("rate_limit", "daily_quota"):
            if soap:
                return _soap_fault("REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.")
            return json_response({"error": "rate_limit_exceeded",
                                  "error_description": "rate limit exceeded"}, 400)
        response = (_soap_fault("SERVER_UNAVAILABLE", "Server temporarily unavailable.", 503) if soap
                    else json_response({"error": "temporarily_unavailable",
                                        "error_description": "service temporarily unavailable"}, 503))
        if self.faults.retry_after is not None:
            response.headers["Retry-After"] = f"{self.faults.retry_after:g}"
        return response

    def _soap_login(self, request: Request) -> Response:
        body = request.body.decode()
        user = re.search(r"<(?:\w+:)?username>(.*?)</(?:\w+:)?username>", body, re.S)
        word = re.search(r"<(?:\w+:)?password>(.*?)</(?:\w+:)?password>", body, re.S)
        username = unescape(user.group(1)) if user else ""
        password = unescape(word.group(1)) if word else ""
        if self.passwords.get(username) != password:
            return _soap_fault("INVALID_LOGIN", "Invalid username, password, security token; "
                               "or user locked out.", fault="LoginFault")
        version = request.match.group("version")
        server = f"https://127.0.0.1:{self.port}/services/Soap/u/{version}/{ORG_ID[:15]}"
        xml = _SOAP_OK.format(server=server, session=self.issue_session(), user=USER_ID,
                              org=ORG_ID, username=username, version=version)
        return Response(200, xml, {"Content-Type": "text/xml;charset=UTF-8"})

    def _token(self, request: Request) -> Response:
        form = {k: v[0] for k, v in parse_qs(request.body.decode()).items()}
        grant = form.get("grant_type")
        if grant == "urn:ietf:params:oauth:grant-type:jwt-bearer":
            try:
                claims = jwt.decode(form.get("assertion", ""), options={"verify_signature": False})
                username, public_key = self.jwt_apps[claims.get("iss")]
            except (jwt.PyJWTError, KeyError):
                return json_response({"error": "invalid_client_id",
                                      "error_description": "client identifier invalid"}, 400)
            try:
                claims = jwt.decode(form["assertion"], public_key, algorithms=["RS256"],
                                    audience="https://login.salesforce.com",
                                    options={"require": ["exp", "iss", "sub", "aud"]})
            except jwt.PyJWTError:
                return json_response({"error": "invalid_grant",
                                      "error_description": "invalid assertion"}, 400)
            if claims["sub"] != username:
                return json_response({"error": "invalid_grant",
                                      "error_description": "user hasn't approved this consumer"}, 400)
        elif grant == "client_credentials":
            auth = request.headers.get("authorization", "")
            try:
                key, _, secret = base64.b64decode(auth.removeprefix("Basic ")).decode().partition(":")
            except ValueError:
                key, secret = "", ""
            if not key or self.client_apps.get(key) != secret:
                return json_response({"error": "invalid_client",
                                      "error_description": "invalid client credentials"}, 400)
        else:
            return json_response({"error": "unsupported_grant_type",
                                  "error_description": "grant type not supported"}, 400)
        return json_response({
            "access_token": self.issue_session(), "instance_url": self.url,
            "id": f"https://login.salesforce.com/id/{ORG_ID}/{USER_ID}", "token_type": "Bearer",
            "issued_at": str(int(self.now().timestamp() * 1000)), "scope": "api",
            "signature": base64.b64encode(secrets.token_bytes(32)).decode()})

    def _userinfo(self, request: Request) -> Response:
        return json_response({"user_id": USER_ID, "organization_id": ORG_ID,
                              "preferred_username": self.username})

    # ------------------------------------------------------------------ reading

    def _value(self, sobject: str, record: dict[str, Any], name: str) -> Any:
        if "." in name:
            rel, _, sub = name.partition(".")
            target = record.get(rel + "Id")
            if target is None or target not in self.where:
                return None
            other = self.where[target]
            return self._value(other, self.tables[other][target], sub)
        if sobject == "Contact" and name == "IsEmailBounced":
            return bool(record.get("EmailBouncedReason") or record.get("EmailBouncedDate"))
        value = record.get(name)
        if value is None and self._field_type(sobject, name) == "boolean":
            return False
        return value

    def _render(self, sobject: str, record: dict[str, Any], fields: list[str], version: str) -> dict:
        out: dict[str, Any] = {"attributes": {
            "type": sobject, "url": f"/services/data/v{version}/sobjects/{sobject}/{record['Id']}"}}
        for name in fields:
            if "." in name:
                rel, _, sub = name.partition(".")
                target = record.get(rel + "Id")
                if target is None or target not in self.where:
                    out[rel] = None
                    continue
                other = self.where[target]
                nested = out.get(rel) or self._render(other, self.tables[other][target], [], version)
                nested[sub] = _jsonable(self._value(other, self.tables[other][target], sub))
                out[rel] = nested
            else:
                out[name] = _jsonable(self._value(sobject, record, name))
        return out

    def _candidates(self, sobject: str, cond: Any, table: dict[str, Any]) -> set[str] | None:
        if cond is None:
            return None
        tag = cond[0]
        if tag in ("in", "cmp") and (tag == "in" or cond[2] == "="):
            values = cond[2] if tag == "in" else [cond[3]]
            if cond[1] == "Id":
                return {v for v in values if isinstance(v, str) and v in table}
            idx = self.index.get((sobject, cond[1]))
            if cond[1] in self.indexed:
                idx = idx or {}
                return set().union(*(idx.get(str(v).lower(), set()) for v in values if v is not None))
            return None
        if tag == "and":
            found = [c for c in (self._candidates(sobject, t, table) for t in cond[1]) if c is not None]
            return set.intersection(*found) if found else None
        if tag == "or":
            found = [self._candidates(sobject, t, table) for t in cond[1]]
            return None if any(c is None for c in found) else set().union(*found)
        return None

    def _run_query(self, request: Request, tables, schema) -> Response:
        text = request.arg("q") or ""
        try:
            q = soql.parse(text)
        except soql.SoqlError as exc:
            return _error("MALFORMED_QUERY", str(exc))
        grants = self._granted()
        try:
            rows = self._select(q, tables, schema, grants)
        except _QueryError as exc:
            return exc.response
        version = request.match.group("version")
        rendered = [self._render(q.sobject, r, q.fields, version) for r in rows]
        size = PAGE_SIZE
        options = request.headers.get("sforce-query-options", "")
        if m := re.search(r"batchSize=(\d+)", options):
            size = max(200, min(PAGE_SIZE, int(m.group(1))))
        return self._page(rendered, 0, size, secrets.token_hex(8), version)

    def _select(self, q: soql.Query, tables, schema, grants) -> list[dict[str, Any]]:
        """The rows `q` selects, sorted and limited; semi-joins run first."""
        if q.sobject not in schema:
            raise _QueryError(_error("INVALID_TYPE", f"sObject type '{q.sobject}' is not supported."))
        for name in q.fields + soql.condition_fields(q.where) + [f for f, _ in q.order]:
            base = name.partition(".")[0] + "Id" if "." in name else name
            if not self._access(q.sobject, base, grants)[0]:
                raise _QueryError(_error(
                    "INVALID_FIELD", f"\n{name}\n^\nERROR at Row:1:Column:1\nNo such column "
                    f"'{name}' on entity '{q.sobject}'. If you are attempting to use a "
                    "custom field, be sure to append the '__c' after the custom field "
                    "name. Please reference your WSDL or the describe call for the "
                    "appropriate names."))

        def sub_select(sub: soql.Query) -> list[Any]:
            if not self.semi_join_on_target_id and q.sobject == "ActionCadenceTracker":
                raise _QueryError(_error("MALFORMED_QUERY", "semi-join sub-selects are not "
                                         "supported on TargetId in this org"))
            [name] = sub.fields
            if name != "Id" and self._field_type(sub.sobject, name) != "reference":
                raise _QueryError(_error("MALFORMED_QUERY", "a semi-join sub-select must "
                                         "select an Id or reference field"))
            return [r.get(name) for r in self._select(sub, tables, schema, grants)]

        where = soql.resolve_semi_joins(q.where, sub_select)
        table = tables[q.sobject]
        ids = self._candidates(q.sobject, where, table)
        pool = (table[i] for i in sorted(ids)) if ids is not None else table.values()
        try:
            rows = [r for r in pool
                    if soql.matches(where, lambda f, r=r: self._value(q.sobject, r, f))]
        except soql.SoqlError as exc:
            raise _QueryError(_error("MALFORMED_QUERY", str(exc))) from None
        for name, desc in reversed(q.order):
            rows.sort(key=lambda r: _sort_key(self._value(q.sobject, r, name)), reverse=desc)
        if q.limit is not None:
            rows = rows[:q.limit]
        return rows

    def _page(self, rows: list[dict], start: int, size: int, locator: str, version: str) -> Response:
        end = start + size
        body: dict[str, Any] = {"totalSize": len(rows), "done": end >= len(rows),
                                "records": rows[start:end]}
        if end < len(rows):
            self.query_pages[locator] = rows
            body["nextRecordsUrl"] = f"/services/data/v{version}/query/01g{locator}-{end}"
            self._page_size = size
        else:
            self.query_pages.pop(locator, None)
        return json_response(body)

    def _query(self, request: Request) -> Response:
        return self._run_query(request, self.tables, STANDARD)

    def _tooling_query(self, request: Request) -> Response:
        return self._run_query(request, self.tooling, TOOLING)

    def _query_more(self, request: Request) -> Response:
        m = re.fullmatch(r"01g(\w+)-(\d+)", request.match.group("locator"))
        if not m or m.group(1) not in self.query_pages:
            return _error("INVALID_QUERY_LOCATOR", "invalid query locator")
        rows = self.query_pages[m.group(1)]
        return self._page(rows, int(m.group(2)), getattr(self, "_page_size", PAGE_SIZE),
                          m.group(1), request.match.group("version"))

    def _limits(self, request: Request) -> Response:
        return json_response({"DailyApiRequests": {"Max": self.api_max,
                                                   "Remaining": self.api_max - self.api_used}})

    def _describe(self, request: Request) -> Response:
        sobject = request.match.group("sobject")
        if sobject not in STANDARD:
            return _error("NOT_FOUND", "The requested resource does not exist", 404)
        grants = self._granted()
        fields = []
        names = list(STANDARD[sobject]) + list(self.custom_fields.get(sobject, {}))
        for name in names:
            read, edit = self._access(sobject, name, grants)
            if not read:
                continue
            spec = self.custom_fields.get(sobject, {}).get(name, {})
            fields.append({"name": name, "label": spec.get("label", name),
                           "type": self._field_type(sobject, name), "custom": name.endswith("__c"),
                           "updateable": edit, "createable": edit, "nillable": True,
                           "length": spec.get("length", STRING_LENGTHS.get(name, 0)),
                           "picklistValues": [{"value": v, "label": v, "active": True}
                                              for v in spec.get("values", ())]})
        return json_response({"name": sobject, "label": sobject, "queryable": True,
                              "updateable": True, "fields": fields})

    # ------------------------------------------------------------------ writing

    def _check_value(self, sobject: str, name: str, value: Any) -> tuple[Any, dict | None]:
        """(stored value, per-record error or None)."""
        if value is None:
            return None, None
        kind = self._field_type(sobject, name)
        spec = self.custom_fields.get(sobject, {}).get(name, {})
        bad = _item_error("INVALID_TYPE_ON_FIELD_IN_RECORD",
                          f"{name}: value not of required type: {value}", [name])
        if kind == "datetime":
            try:
                return soql.parse_datetime(str(value)), None
            except ValueError:
                return None, bad
        if kind == "checkbox" or kind == "boolean":
            return (value, None) if isinstance(value, bool) else (None, bad)
        if kind == "number":
            return (float(value), None) if isinstance(value, (int, float)) else (None, bad)
        if not isinstance(value, str):
            return None, bad
        if kind == "picklist" and spec.get("restricted") and value not in spec.get("values", ()):
            return None, _item_error("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST",
                                     f"{name}: bad value for restricted picklist field: {value}", [name])
        limit = spec.get("length") or STRING_LENGTHS.get(name)
        if kind in ("text", "string", "email", "longtextarea") and limit and len(value) > limit:
            return None, _item_error("STRING_TOO_LONG",
                                     f"{name}: data value too large: {value[:20]}... (max length={limit})",
                                     [name])
        return value, None

    def _collection_update(self, request: Request) -> Response:
        body = request.json() or {}
        records = body.get("records") or []
        if len(records) > MAX_COLLECTION_RECORDS:
            return _error("EXCEEDED_ID_LIMIT", "record limit reached. cannot submit more than 200 "
                          "records into this call")
        grants = self._granted()
        for rec in records:  # an unknown or invisible field fails the whole request
            sobject = (rec.get("attributes") or {}).get("type")
            if sobject not in STANDARD:
                return _error("INVALID_TYPE", f"sObject type '{sobject}' is not supported.")
            for name in rec:
                if name not in ("attributes", "id", "Id") and not self._access(sobject, name, grants)[0]:
                    return _error("INVALID_FIELD", f"No such column '{name}' on sobject of type {sobject}")
        results = []
        for rec in records:
            results.append(self._update_one(rec, grants))
        if body.get("allOrNone") and not all(r["success"] for r in results):
            results = [r if not r["success"] else {"id": r["id"], "success": False, "errors": [
                _item_error("ALL_OR_NONE_OPERATION_ROLLED_BACK", "Record rolled back because not "
                            "all records were valid and the request was using AllOrNone header")]}
                       for r in results]  # (the fake does not undo the writes; we never send it)
        return json_response(results)

    def _update_one(self, rec: dict[str, Any], grants) -> dict[str, Any]:
        sobject = rec["attributes"]["type"]
        rid = rec.get("id") or rec.get("Id")
        if not isinstance(rid, str) or not _ID_RX.match(rid) or (
                rid[:3] != PREFIX.get(sobject) and rid[:3] in PREFIX.values()):
            return {"success": False, "errors": [_item_error(
                "MALFORMED_ID", f"{sobject} ID: id value of incorrect type: {rid}", ["Id"])]}
        row = self.tables[sobject].get(rid)
        if row is None:
            return {"id": rid, "success": False, "errors": [_item_error("ENTITY_IS_DELETED",
                                                                         "entity is deleted")]}
        if self.locked.get(rid):
            self.locked[rid] -= 1
            return {"id": rid, "success": False, "errors": [_item_error(
                "UNABLE_TO_LOCK_ROW", f"unable to obtain exclusive access to this record or 1 "
                f"records: {rid}")]}
        if sobject == "Lead" and row.get("IsConverted"):
            return {"id": rid, "success": False, "errors": [_item_error(
                "CANNOT_UPDATE_CONVERTED_LEAD", "cannot reference converted lead")]}
        updates = {}
        for name, value in rec.items():
            if name in ("attributes", "id", "Id"):
                continue
            if not self._access(sobject, name, grants)[1]:
                return {"id": rid, "success": False, "errors": [_item_error(
                    "INVALID_FIELD_FOR_INSERT_UPDATE", f"Unable to create/update fields: {name}. "
                    "Please check the security settings of this field and verify that it is "
                    "read/write for your profile or permission set.", [name])]}
            stored, error = self._check_value(sobject, name, value)
            if error:
                return {"id": rid, "success": False, "errors": [error]}
            updates[name] = stored
        for name, value in updates.items():
            self._put(sobject, row, name, value)
        self._touch(row)
        return {"id": rid, "success": True, "errors": []}

    def _create(self, sobject: str, fields: dict[str, Any]) -> dict[str, Any]:
        if sobject not in ("PermissionSet", "FieldPermissions", "PermissionSetAssignment",
                           "Contact", "Lead"):
            return {"success": False, "errors": [_item_error(
                "INVALID_TYPE", f"entity type {sobject} does not support insert")]}
        fields = {k: v for k, v in fields.items() if k != "attributes"}
        for name in fields:
            if name not in STANDARD[sobject] and name not in self.custom_fields.get(sobject, {}):
                return {"success": False, "errors": [_item_error(
                    "INVALID_FIELD", f"No such column '{name}' on sobject of type {sobject}")]}
        table = self.tables[sobject]
        dup_keys = {"PermissionSet": ("Name",), "FieldPermissions": ("ParentId", "Field"),
                    "PermissionSetAssignment": ("PermissionSetId", "AssigneeId")}.get(sobject)
        if dup_keys and any(all(r.get(k) == fields.get(k) for k in dup_keys) for r in table.values()):
            return {"success": False, "errors": [_item_error(
                "DUPLICATE_VALUE", f"duplicate value found: {', '.join(dup_keys)} duplicates "
                "value on record with id: " + next(r["Id"] for r in table.values()
                                                   if all(r.get(k) == fields.get(k) for k in dup_keys)))]}
        if sobject == "FieldPermissions":
            obj, _, name = str(fields.get("Field", "")).partition(".")
            if name not in self.custom_fields.get(obj, {}):
                return {"success": False, "errors": [_item_error(
                    "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST",
                    f"Field Name: bad value for restricted picklist field: {fields.get('Field')}",
                    ["Field"])]}
        return {"id": self._insert(sobject, fields), "success": True, "errors": []}

    def _create_one(self, request: Request) -> Response:
        result = self._create(request.match.group("sobject"), request.json() or {})
        if not result["success"]:
            e = result["errors"][0]
            return _error(e["statusCode"], e["message"], 400, e["fields"])
        return json_response(result, 201)

    def _collection_create(self, request: Request) -> Response:
        records = (request.json() or {}).get("records") or []
        if len(records) > MAX_COLLECTION_RECORDS:
            return _error("EXCEEDED_ID_LIMIT", "record limit reached. cannot submit more than 200 "
                          "records into this call")
        return json_response([self._create((r.get("attributes") or {}).get("type"), r)
                              for r in records])

    def _create_field(self, request: Request) -> Response:
        body = request.json() or {}
        full = str(body.get("FullName", ""))
        meta = body.get("Metadata") or {}
        sobject, _, name = full.partition(".")
        if sobject not in ("Contact", "Lead") or not re.fullmatch(r"[A-Za-z]\w*__c", name):
            return _error("INVALID_INPUT", f"invalid FullName: {full}")
        kind = meta.get("type")
        need = {"Text": ("length",), "LongTextArea": ("length", "visibleLines"),
                "Number": ("precision", "scale"), "Checkbox": ("defaultValue",),
                "Picklist": ("valueSet",), "DateTime": (), "Email": ()}
        if kind not in need or not meta.get("label"):
            return _error("FIELD_INTEGRITY_EXCEPTION", f"{full}: type and label are required")
        missing = [k for k in need[kind] if meta.get(k) in (None, "")]
        if missing:
            return _error("FIELD_INTEGRITY_EXCEPTION", f"{full}: {', '.join(missing)} required")
        if name in self.custom_fields[sobject]:
            return _error("DUPLICATE_DEVELOPER_NAME",
                          f"There is already a field named {name[:-3]} on {sobject}.")
        spec: dict[str, Any] = {"type": kind, "label": meta["label"], "length": meta.get("length")}
        if kind == "Picklist":
            vs = meta["valueSet"]
            spec["restricted"] = bool(vs.get("restricted"))
            spec["values"] = [v["fullName"] for v in vs["valueSetDefinition"]["value"]]
        self.custom_fields[sobject][name] = spec
        fid = self.new_id("CustomField")
        self.tooling["CustomField"][fid] = {"Id": fid, "DeveloperName": name[:-3],
                                            "TableEnumOrId": sobject, "NamespacePrefix": None}
        self.where[fid] = "CustomField"
        return json_response({"id": fid, "success": True, "errors": [], "warnings": [],
                              "infos": []}, 201)

    # ------------------------------------------------------------------ composite

    def _composite(self, request: Request) -> Response:
        """`POST composite`: up to 25 subrequests run in order as one API call, answered
        HTTP 200 with one `compositeResponse` item per subrequest (`body`, `httpHeaders`,
        `httpStatusCode`, `referenceId`). A subrequest may use an earlier one's answer
        through `@{referenceId.field}` / `@{referenceId.list[0].field}` in its url or body;
        one whose reference cannot be resolved (its source failed) is not run."""
        body = request.json() or {}
        subs = body.get("compositeRequest")
        if not isinstance(subs, list) or not subs:
            return _error("JSON_PARSER_ERROR", "compositeRequest: a non-empty list is required")
        if len(subs) > MAX_SUBREQUESTS:
            return _error("LIMIT_EXCEEDED", f"Limit Exceeded: at most {MAX_SUBREQUESTS} subrequests")
        heavy = sum(1 for sub in subs if re.search(r"/(query|queryAll)/?(\?|$)|/composite/sobjects",
                                                   str(sub.get("url", ""))))
        if heavy > MAX_QUERY_SUBREQUESTS:
            return _error("LIMIT_EXCEEDED", f"Limit Exceeded: at most {MAX_QUERY_SUBREQUESTS} "
                          "query or sObject Collections subrequests")
        refs = [sub.get("referenceId") for sub in subs]
        if any(not isinstance(r, str) or not re.fullmatch(r"[A-Za-z0-9_]+", r) for r in refs) \
                or len(set(refs)) != len(refs):
            return _error("INVALID_INPUT", "referenceId: unique letters, digits and underscores required")
        all_or_none = bool(body.get("allOrNone"))
        results: dict[str, tuple[int, Any]] = {}
        answers = []
        failed = False
        for sub in subs:
            ref = sub["referenceId"]
            if failed and all_or_none:
                answers.append(self._sub_answer(ref, 400, [{"errorCode": "PROCESSING_HALTED",
                               "message": "The transaction was rolled back since another operation "
                                          "in the same transaction failed."}], {}))
                continue
            try:
                url = self._resolve_refs(str(sub.get("url", "")), results, in_url=True)
                sub_body = self._resolve_refs(sub.get("body"), results)
            except LookupError as exc:
                answers.append(self._sub_answer(ref, 400, [{"errorCode": "PROCESSING_HALTED",
                               "message": f"Invalid reference specified. {exc}"}], {}))
                failed = True
                continue
            response = self._subrequest(request, str(sub.get("method", "")).upper(), url, sub_body,
                                        sub.get("httpHeaders") or {})
            payload = response.body
            if isinstance(payload, bytes):
                payload = payload.decode()
            results[ref] = (response.status, payload)
            headers = {k: v for k, v in response.headers.items()
                       if k.lower() not in ("content-type", "content-length", "sforce-limit-info")}
            answers.append(self._sub_answer(ref, response.status, payload, headers))
            failed = failed or response.status >= 400
        if failed and all_or_none:  # the fake does not undo writes; we never send allOrNone
            answers = [a if a["httpStatusCode"] >= 400 else {**a, "httpStatusCode": 400, "body": [
                {"errorCode": "PROCESSING_HALTED", "message": "The transaction was rolled back "
                 "since another operation in the same transaction failed."}]} for a in answers]
        return json_response({"compositeResponse": answers})

    @staticmethod
    def _sub_answer(ref: str, status: int, body: Any, headers: dict[str, str]) -> dict[str, Any]:
        return {"body": body, "httpHeaders": headers, "httpStatusCode": status, "referenceId": ref}

    def _resolve_refs(self, value: Any, results: dict[str, tuple[int, Any]], *, in_url: bool = False) -> Any:
        """`@{ref.path}` references replaced by values of earlier answers (the `.` and
        `[n]` operators of the documentation; nothing else)."""
        if isinstance(value, dict):
            return {k: self._resolve_refs(v, results) for k, v in value.items()}
        if isinstance(value, list):
            return [self._resolve_refs(v, results) for v in value]
        if not isinstance(value, str) or "@{" not in value:
            return value

        def lookup(m: re.Match) -> Any:
            ref, path = m.group("ref"), m.group("path")
            status, body = results.get(ref, (None, None))
            if status is None or status >= 400:
                raise LookupError(f"No value for {ref}{path} found in {ref}.")
            node = body
            for step in re.findall(r"\.(\w+)|\[(\d+)\]", path):
                try:
                    node = node[step[0]] if step[0] else node[int(step[1])]
                except (KeyError, IndexError, TypeError):
                    raise LookupError(f"No value for {ref}{path} found in {ref}.") from None
            return node

        whole = _REFERENCE.fullmatch(value)
        if whole and not in_url:
            return lookup(whole)
        if "@{" in _REFERENCE.sub("", value):
            raise LookupError(f"Unsupported reference in {value[:80]!r}.")
        return _REFERENCE.sub(lambda m: str(lookup(m)), value)

    def _subrequest(self, outer: Request, method: str, url: str, body: Any,
                    headers: dict[str, str]) -> Response:
        parts = urlsplit(url)
        if not parts.path.startswith("/services/data/"):
            return _error("INVALID_INPUT", f"url must start with /services/data/: {url[:80]}")
        sub = Request(method=method, path=parts.path,
                      query=parse_qs(parts.query, keep_blank_values=True),
                      headers={**outer.headers, **{k.lower(): str(v) for k, v in headers.items()}},
                      body=json.dumps(body).encode() if body is not None else b"")
        for route_method, pattern, handler in self._routes:
            if route_method == method and (m := pattern.match(sub.path)):
                if m.re.pattern.startswith(API + r"composite/?"):
                    break  # a composite inside a composite is not allowed
                sub.match = m
                return handler(sub)
        return _error("NOT_FOUND", "The requested resource does not exist", 404)

    # ------------------------------------------------------------------ cadence actions

    def _action(self, request: Request) -> Response:
        action = request.match.group("action")
        handler = {"assignTargetToSalesCadence": self._assign_input,
                   "removeTargetFromSalesCadence": self._remove_input}.get(action)
        if handler is None:
            return _error("NOT_FOUND", "The requested resource does not exist", 404)
        inputs = (request.json() or {}).get("inputs")
        if not isinstance(inputs, list) or not inputs:
            return _error("JSON_PARSER_ERROR", "inputs: a non-empty list is required")
        if len(inputs) > MAX_ACTION_INPUTS:
            return _error("LIMIT_EXCEEDED", f"Too many inputs: at most {MAX_ACTION_INPUTS}")
        results = []
        for item in inputs:
            errors = handler(item)
            results.append({"actionName": action, "errors": errors or None,
                            "isSuccess": not errors, "outputValues": None})
        status = 200 if any(r["isSuccess"] for r in results) else 400
        return json_response(results, status)

    def _find_cadence(self, name_or_id: str) -> dict[str, Any] | None:
        table = self.tables["ActionCadence"]
        return table.get(name_or_id) or next(
            (c for c in table.values() if c["Name"] == name_or_id), None)

    def _assign_input(self, item: dict[str, Any]) -> list[dict]:
        for key in ("salesCadenceNameOrId", "targetId"):
            if not item.get(key):
                return [_item_error("REQUIRED_FIELD_MISSING", f"Missing required input parameter: {key}")]
        cadence = self._find_cadence(item["salesCadenceNameOrId"])
        if cadence is None or cadence["State"] != "Active":
            return [_item_error("INVALID_INPUT", "The sales cadence doesn't exist or isn't active.")]
        target = item["targetId"]
        if self.where.get(target) not in ("Contact", "Lead"):
            return [_item_error("INVALID_CROSS_REFERENCE_KEY", "invalid cross reference id")]
        user = item.get("userId") or USER_ID
        if self.where.get(user) != "User":
            return [_item_error("INVALID_CROSS_REFERENCE_KEY", "The user ID isn't valid.")]
        if any(t["ActionCadenceId"] == cadence["Id"] for t in self.trackers(target)):
            return [_item_error("DUPLICATE_VALUE", "The target is already assigned to this cadence.")]
        step = 1
        if m := re.fullmatch(r"Step (\d+)", str(item.get("startStepNameOrId") or "")):
            step = int(m.group(1))
        self._assign(cadence["Id"], target, user, step)
        return []

    def _remove_input(self, item: dict[str, Any]) -> list[dict]:
        if item.get("completionReasonCode") != "ManuallyRemoved":
            return [_item_error("INVALID_INPUT", "completionReasonCode: only ManuallyRemoved is valid")]
        disposition = item.get("completionDisposition")
        if disposition is not None and disposition not in DISPOSITIONS:
            return [_item_error("INVALID_INPUT", f"completionDisposition: bad value {disposition}")]
        table = self.tables["ActionCadenceTracker"]
        if item.get("actionCadenceTrackerId"):
            tracker = table.get(item["actionCadenceTrackerId"])
            if tracker is None:
                return [_item_error("INVALID_CROSS_REFERENCE_KEY", "invalid cross reference id")]
            if not tracker["IsTrackerActive"]:
                return [_item_error("INVALID_INPUT", "The target isn't in an active cadence.")]
            chosen = [tracker]
        elif item.get("targetId"):
            chosen = [table[t["Id"]] for t in self.trackers(item["targetId"])]
            if not chosen:
                return [_item_error("INVALID_INPUT", "The target isn't in an active cadence.")]
        else:
            return [_item_error("REQUIRED_FIELD_MISSING",
                                "Missing required input parameter: targetId or actionCadenceTrackerId")]
        for tracker in chosen:
            tracker.update(State="Complete", IsTrackerActive=False, CompletionReason="ManuallyRemoved",
                           CompletionDisposition=disposition)
            self._touch(tracker)
        return []


def _jsonable(value: Any) -> Any:
    return format_datetime(value) if isinstance(value, datetime) else value


def _sort_key(value: Any) -> tuple:
    if value is None:
        return (0, "")
    if isinstance(value, str):
        return (1, value.lower())
    if isinstance(value, datetime):
        return (1, value.timestamp())
    return (1, value)


_SOAP_OK = """<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope \
xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns="urn:partner.soap.sforce.com" \
xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soapenv:Body><loginResponse><result>\
<metadataServerUrl>{server}</metadataServerUrl><passwordExpired>false</passwordExpired>\
<sandbox>false</sandbox><serverUrl>{server}</serverUrl><sessionId>{session}</sessionId>\
<userId>{user}</userId><userInfo><organizationId>{org}</organizationId>\
<userName>{username}</userName></userInfo></result></loginResponse></soapenv:Body>\
</soapenv:Envelope>"""

_SOAP_FAULT = """<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope \
xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:sf="urn:fault.partner.soap.sforce.com" \
xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soapenv:Body><soapenv:Fault>\
<faultcode>sf:{code}</faultcode><faultstring>{code}: {message}</faultstring><detail>\
<sf:{fault} xsi:type="sf:{fault}"><sf:exceptionCode>{code}</sf:exceptionCode>\
<sf:exceptionMessage>{message}</sf:exceptionMessage></sf:{fault}></detail></soapenv:Fault>\
</soapenv:Body></soapenv:Envelope>"""
