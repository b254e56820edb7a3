"""The fake org's data: records and their indexes, sessions and registered apps, field-level
security, and how a SOQL query is evaluated against the records.

`SalesforceState` is a mixin of `FakeSalesforce`: the routes read and change this state
under the server's `state_lock`; tests seed and inspect it through the public methods.
"""

from __future__ import annotations

import itertools
import secrets
from collections import defaultdict
from datetime import datetime, timedelta, timezone
from typing import Any

from tests.fakes.salesforce import soql
from tests.fakes.salesforce.schema import (
    DESCRIBE_TYPES, ORG_ID, PREFIX, SCHEMAS, USER_ID, QueryError, api_error, jsonable,
    sort_key,
)


class SalesforceState:
    """Records, indexes, sessions and grants of the fake org."""

    def _init_state(self, username: str, daily_limit: int, secondary_fields: tuple[str, ...]) -> None:
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
        self.field_meta: dict[str, dict[str, Any]] = {}  # CustomField id -> Tooling Metadata
        self.field_updates: list[str] = []  # FullNames PATCHed through the Tooling API
        self.sessions: set[str] = set()
        self.session_scopes: dict[str, str] = {}  # session -> its OAuth scopes
        # The org's kind and hosts: a sandbox accepts JWT assertions for test.salesforce.com
        # only; `instance_url` (default: the fake's own URL) is what token answers name.
        self.sandbox = False
        self.instance_url: str | None = None
        # "Allow OAuth Username-Password Flows" (off by default in orgs since Summer '23)
        self.password_flow_allowed = True
        self.read_only: set[str] = set()  # "Object.Field" the integration user may read, not edit
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

    def edit_field(self, rid: str, name: str, value: Any) -> None:
        """As a Salesforce user editing one field of the record (a picklist by its API value)."""
        with self.state_lock:
            sobject = self.where[rid]
            rec = self.tables[sobject][rid]
            self._put(sobject, rec, name, value)
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

    def issue_session(self, scope: str = "api") -> str:
        with self.state_lock:
            token = f"{ORG_ID[:15]}!AQ{secrets.token_urlsafe(40)}"
            self.sessions.add(token)
            self.session_scopes[token] = scope
            return token

    def register_password(self, username: str, password: str, security_token: str) -> None:
        self.passwords[username] = password + security_token

    def register_jwt(self, consumer_key: str, username: str, public_key_pem: bytes) -> None:
        self.jwt_apps[consumer_key] = (username, public_key_pem)

    def register_client(self, consumer_key: str, consumer_secret: str) -> None:
        self.client_apps[consumer_key] = consumer_secret

    def define_field(self, sobject: str, name: str, meta: dict[str, Any],
                     fid: str | None = None) -> str:
        """Create (or, with `fid`, redefine) custom field `sobject.name` from its Tooling
        `Metadata`; what describe and the writes enforce follows from it."""
        with self.state_lock:
            kind = meta["type"]
            values = ((meta.get("valueSet") or {}).get("valueSetDefinition") or {}).get("value") or []
            spec: dict[str, Any] = {"type": kind, "label": meta["label"], "length": meta.get("length"),
                                    "help": meta.get("inlineHelpText")}
            if kind == "Picklist":
                spec["restricted"] = bool(meta["valueSet"].get("restricted"))
                spec["values"] = [v["fullName"] for v in values]
                spec["value_labels"] = {v["fullName"]: v.get("label") or v["fullName"] for v in values}
            self.custom_fields[sobject][name] = spec
            if fid is None:
                fid = self.new_id("CustomField")
                self.tooling["CustomField"][fid] = {"Id": fid, "DeveloperName": name[:-3],
                                                    "TableEnumOrId": sobject, "NamespacePrefix": None}
                self.where[fid] = "CustomField"
            self.field_meta[fid] = dict(meta)
            return fid

    def install_fields(self, prefix: str = "Bounce_Sync_", objects=("Contact", "Lead"),
                       definitions=None) -> None:
        """The org as `bounce-sync setup` leaves it: our fields created and granted to the
        integration user (for tests and benchmarks that do not exercise setup).
        `definitions`: (suffix, Tooling Metadata) pairs; by default what setup sends today
        (an older release's, to test setup's migration)."""
        if definitions is None:
            from connectors.salesforce.definitions import FIELD_SPECS, create_metadata
            definitions = [(spec.suffix, create_metadata(spec)) for spec in FIELD_SPECS]
        with self.state_lock:
            ps = self._insert("PermissionSet", {"Name": "Bounce_Sync_Fields", "Label": "Bounce Sync"})
            self._insert("PermissionSetAssignment", {"PermissionSetId": ps, "AssigneeId": USER_ID})
            for sobject in objects:
                for suffix, meta in definitions:
                    name = f"{prefix}{suffix}__c"
                    self.define_field(sobject, name, meta)
                    self._insert("FieldPermissions", {
                        "ParentId": ps, "SobjectType": sobject, "Field": f"{sobject}.{name}",
                        "PermissionsRead": True, "PermissionsEdit": True})

    def field_exists(self, sobject: str, name: str) -> bool:
        return name in self.custom_fields[sobject]

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
        if f"{sobject}.{name}" in self.read_only:
            return self._access_as_defined(sobject, name, grants)[0], False
        return self._access_as_defined(sobject, name, grants)

    def _access_as_defined(self, sobject: str, name: str, grants=None) -> tuple[bool, bool]:
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
        return DESCRIBE_TYPES[self.custom_fields[sobject][name]["type"]]

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
                nested[sub] = jsonable(self._value(other, self.tables[other][target], sub))
                out[rel] = nested
            else:
                out[name] = jsonable(self._value(sobject, record, name))
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

    def _select(self, q: soql.Query, tables, schema, grants) -> list[dict[str, Any]]:
        """The rows `q` selects, sorted and limited; semi-joins run first."""
        if q.sobject not in schema:
            raise QueryError(api_error("INVALID_TYPE", f"sObject type '{q.sobject}' is not supported."))
        for name in q.fields + soql.condition_fields(q.where) + [f for f, _ in q.order]:
            base = name.partition(".")[0] + "Id" if "." in name else name
            if not self._access(q.sobject, base, grants)[0]:
                raise QueryError(api_error(
                    "INVALID_FIELD", f"\n{name}\n^\nERROR at Row:1:Column:1\nNo such column "
                    f"'{name}' on entity '{q.sobject}'. If you are attempting to use a "
                    "custom field, be sure to append the '__c' after the custom field "
                    "name. Please reference your WSDL or the describe call for the "
                    "appropriate names."))

        def sub_select(sub: soql.Query) -> list[Any]:
            if not self.semi_join_on_target_id and q.sobject == "ActionCadenceTracker":
                raise QueryError(api_error("MALFORMED_QUERY", "semi-join sub-selects are not "
                                         "supported on TargetId in this org"))
            [name] = sub.fields
            if name != "Id" and self._field_type(sub.sobject, name) != "reference":
                raise QueryError(api_error("MALFORMED_QUERY", "a semi-join sub-select must "
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
            raise QueryError(api_error("MALFORMED_QUERY", str(exc))) from None
        for name, desc in reversed(q.order):
            rows.sort(key=lambda r: sort_key(self._value(q.sobject, r, name)), reverse=desc)
        if q.limit is not None:
            rows = rows[:q.limit]
        return rows
