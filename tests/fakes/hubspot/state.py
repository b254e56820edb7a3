"""What a HubSpot account holds, for the fake: contacts (and what search sees of them, which
lags writes), properties, sequences and their enrollments, workflows. Seeding and inspection
go straight to this state, never through HTTP, so tests see what a HubSpot user would; the
routes (`routes.py`, `account_routes.py`) change it only through the same methods."""

from __future__ import annotations

import itertools
import json
import random
import re
import threading
import time
from collections import deque
from collections.abc import Sequence
from datetime import datetime, timezone
from typing import Any

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


def now_ms() -> int:
    """The fake's clock for record dates, in epoch milliseconds."""
    return int(time.time() * 1000)


def iso_ms(ms: int) -> str:
    """HubSpot's datetime form: UTC ISO 8601 with milliseconds and a Z."""
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


class HubSpotState:
    """The account's data and the rules HubSpot applies on its own (calculated `hs_`
    properties, modified dates, search lag, workflows reacting to a write). Mixed into
    `FakeHubSpot`, whose server base supplies `state_lock`."""

    state_lock: threading.RLock

    def __init__(self, *, search_lag: float, one_sequence_per_contact: bool, seed: int) -> None:
        self.search_lag = search_lag
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
        self.property_updates: list[str] = []  # names PATCHed, in order (what setup changed)
        # HubSpot users: id -> {"email": login, "inboxes": {connected inbox: {aliases}}}.
        # Enrolling needs a connected inbox of the user as senderEmail and, if given, one of
        # that inbox's aliases as senderAliasAddress; the enrollment read names the user's
        # login (`enrolledByEmail`), which is not an inbox.
        self.users: dict[str, dict[str, Any]] = {}

    # ------------------------------------------------------------------ seeding / inspection

    def add_contact(self, email: str | None, secondary: Sequence[str] = (),
                    sequences: Sequence[str] = (), step: int = 2,
                    sender: str = "rep@seller.example", user_id: str = "7001",
                    **properties: str) -> str:
        """Create a contact (indexed for search at once: seeded data is old data)."""
        with self.state_lock:
            cid = str(next(self._ids))
            ms = now_ms()
            props: dict[str, Any] = {k: None for k in _DEFAULT_RETURNED}
            props.update(createdate=iso_ms(ms), lastmodifieddate=iso_ms(ms), hs_object_id=cid,
                         email=email.lower() if email else None,
                         hs_additional_emails=";".join(s.lower() for s in secondary) or None)
            props.update(properties)
            self.contacts[cid] = {"id": cid, "properties": props, "createdAt": iso_ms(ms),
                                  "updatedAt": iso_ms(ms), "archived": False}
            if email:
                self._by_email[email.lower()] = cid
            if sequences:
                self.connect_inbox(user_id, sender)  # seeded enrollments were sent from it
            for name in sequences:
                self._start_enrollment(cid, self.sequence(name, user_id=user_id), sender,
                                       user_id, step)
            self._refresh_enrolled(cid)
            self._index[cid] = dict(props)
            return cid

    def connect_inbox(self, user_id: str, inbox: str, aliases: Sequence[str] = ()) -> None:
        """Connect `inbox` (with its `aliases`) to the user, created with the login
        user<id>@users.example if new: what a HubSpot user does in Settings > Inbox."""
        with self.state_lock:
            user = self.users.setdefault(str(user_id), {"email": f"user{user_id}@users.example",
                                                        "inboxes": {}})
            user["inboxes"].setdefault(inbox.lower(), set()).update(a.lower() for a in aliases)

    def add_flow(self, name: str, *, enabled: bool = True) -> str:
        """A workflow that is none of ours (to fill a portal past one list page)."""
        with self.state_lock:
            fid = str(next(self._ids))
            self.flows[fid] = {"id": fid, "name": name, "isEnabled": enabled,
                               "flowType": "WORKFLOW", "objectTypeId": "0-1", "revisionId": "1",
                               "type": "CONTACT_FLOW", "actions": [], "enrollmentCriteria": {}}
            return fid

    def sequence(self, name: str, *, user_id: str = "7001") -> str:
        """The id of the sequence called `name`, created if needed."""
        with self.state_lock:
            for sid, seq in self.sequences.items():
                if seq["name"] == name:
                    return sid
            sid = str(next(self._ids))
            self.sequences[sid] = {"id": sid, "name": name, "userId": user_id,
                                   "createdAt": iso_ms(now_ms()), "updatedAt": iso_ms(now_ms())}
            return sid

    def contact(self, cid: str) -> dict[str, Any]:
        """A deep copy of the stored record, so a test cannot change the state by accident."""
        with self.state_lock:
            return json.loads(json.dumps(self.contacts[cid]))

    def active_enrollments(self, cid: str) -> list[dict[str, Any]]:
        """The contact's enrollments still running (the workflow's unenroll ends them)."""
        with self.state_lock:
            return [dict(e) for e in self.enrollments.values()
                    if e["contactId"] == cid and e["state"] == "ACTIVE"]

    def edit_email(self, cid: str, new: str) -> None:
        """As a HubSpot user editing the record: modified date moves, search lags."""
        with self.state_lock:
            self._write(cid, {"email": new.lower()})

    def edit_property(self, cid: str, name: str, value: str | None) -> None:
        """As a HubSpot user setting a property on the record (a picklist value by its
        internal value): modified date moves, search lags."""
        with self.state_lock:
            self._write(cid, {name: value})

    def settle(self) -> None:
        """Let the indexing lag pass: every write becomes visible to search."""
        with self.state_lock:
            while self._pending:
                _, cid = self._pending.popleft()
                self._index[cid] = dict(self.contacts[cid]["properties"])

    # ------------------------------------------------------------------ changes HubSpot makes

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
        ms = max(now_ms(), parse_time_ms(before["lastmodifieddate"]) + 1)
        props["lastmodifieddate"] = record["updatedAt"] = iso_ms(ms)
        self._run_flows(cid, before, props)
        self._pending.append((time.monotonic() + self.search_lag, cid))

    def _property_record(self, body: dict[str, Any], *, read_only: bool = False) -> dict[str, Any]:
        now = iso_ms(now_ms())
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

    def _start_enrollment(self, cid: str, sid: str, sender: str, user_id: str,
                          step: int) -> dict[str, Any]:
        now = iso_ms(now_ms())
        eid = str(next(self._ids))
        enrollment = {"id": eid, "sequenceId": sid, "contactId": cid, "senderEmail": sender,
                      "userId": user_id, "step": step, "state": "ACTIVE", "enrolledAt": now,
                      "updatedAt": now,
                      "toEmail": self.contacts[cid]["properties"].get("email")}
        self.enrollments[eid] = enrollment
        return enrollment

    def _refresh_enrolled(self, cid: str) -> None:
        """hs_sequences_is_enrolled is calculated by HubSpot, never written by a client."""
        props = self.contacts[cid]["properties"]
        active = [e for e in self.enrollments.values()
                  if e["contactId"] == cid and e["state"] == "ACTIVE"]
        props["hs_sequences_is_enrolled"] = "true" if active else "false"
        props["hs_sequences_actively_enrolled_count"] = str(len(active))
        if active:
            props["hs_latest_sequence_enrolled"] = active[-1]["sequenceId"]

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
                            e["state"], e["updatedAt"] = "UNENROLLED", iso_ms(now_ms())
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
