"""The fake's contact routes (/crm/v3/objects/contacts: batch read and update, get, list,
search) and what every route shares: HubSpot's error body and the scope check. Each route
answers as HubSpot does, traps included (207s, whole-batch 400s, shuffled results, search
lag and its paging cap), and changes the state only through `HubSpotState`."""

from __future__ import annotations

import json
import re
import time
import uuid
from collections.abc import Iterable
from typing import Any

from tests.fakes.base import Request, Response, json_response
from tests.fakes.hubspot.state import _DEFAULT_RETURNED, HubSpotState, iso_ms, now_ms, parse_time_ms
from tests.fakes.hubspot.strict import (
    MAX_BATCH_INPUTS, MAX_QUERY_LENGTH, MAX_VALUE_LENGTH, model_problems,
)

# Which granted scope each route needs (only consulted when `granted_scopes` is set).
SCOPES = {
    "contacts_read": "crm.objects.contacts.read",
    "contacts_write": "crm.objects.contacts.write",
    "schemas_read": "crm.schemas.contacts.read",
    "schemas_write": "crm.schemas.contacts.write",
    "automation": "automation",
    "sequences_read": "automation.sequences.read",
    "sequences_write": "automation.sequences.enrollments.write",
}

# Request bodies checked against hubspot-api-client's generated models (strict.py): the
# models HubSpot generated from the specs of these endpoints.
BODY_MODELS = (
    ("POST", re.compile(r"/crm/v3/objects/contacts/batch/read$"),
     "BatchReadInputSimplePublicObjectId", "contacts"),
    ("POST", re.compile(r"/crm/v3/objects/contacts/batch/update$"),
     "BatchInputSimplePublicObjectBatchInput", "contacts"),
    ("POST", re.compile(r"/crm/v3/objects/contacts/search$"), "PublicObjectSearchRequest",
     "contacts"),
    ("POST", re.compile(r"/crm/v3/properties/contacts$"), "PropertyCreate", "properties"),
    ("PATCH", re.compile(r"/crm/v3/properties/contacts/(?!groups)[^/]+$"), "PropertyUpdate",
     "properties"),
    ("POST", re.compile(r"/crm/v3/properties/contacts/groups$"), "PropertyGroupCreate",
     "properties"),
)
# Search `query` reaches these contact properties ("Search default searchable properties",
# developers.hubspot.com/docs/api-reference/search/guide): a record matches when one of
# their values contains the query string.
QUERY_PROPERTIES = ("firstname", "lastname", "email", "phone", "hs_additional_emails", "fax",
                    "mobilephone", "company")


def error(status: int, category: str, message: str, **extra: Any) -> Response:
    """HubSpot's JSON error body, with the category the connector reads."""
    body = {"status": "error", "message": message, "correlationId": str(uuid.uuid4()),
            "category": category, **extra}
    return json_response(body, status)


class Routes(HubSpotState):
    """The contact routes; `FakeHubSpot` registers them. The scope check lives here because
    every route family (`account_routes.py` too) starts with it."""

    search_cap: int  # set by FakeHubSpot with the other limits
    refusals: list[tuple[str, str]]  # (path, code) of every validation refusal, in order

    def _refuse(self, request: Request, code: str, messages: list[str], *,
                message: str | None = None, **extra: Any) -> Response:
        """HubSpot's VALIDATION_ERROR body (developers.hubspot.com/docs/api-reference/
        error-handling), one `errors` entry per problem; logged for the tests."""
        with self.state_lock:
            self.refusals.append((request.path, code))
        return error(400, "VALIDATION_ERROR", message or "; ".join(messages),
                     errors=[{"message": m, "code": code} for m in messages], **extra)

    def check_body(self, request: Request) -> Response | None:
        """Refuse a body its endpoint's SDK model does not accept (unknown key, missing
        required field, value outside an enum): HubSpot parses these bodies strictly."""
        for method, pattern, model, package in BODY_MODELS:
            if request.method == method and pattern.search(request.path):
                try:
                    body = request.json()
                except ValueError:
                    return self._refuse(request, "INVALID_JSON", ["Invalid input JSON"])
                problems = model_problems(body, model, package)
                if problems:
                    return self._refuse(request, problems[0], problems[1])
        return None

    def _scope(self, request: Request, key: str) -> Response | None:
        needed = SCOPES[key]
        if self.granted_scopes is None or needed in self.granted_scopes:
            return None
        return error(403, "MISSING_SCOPES",
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
                                "completedAt": iso_ms(now_ms())}
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
        started = iso_ms(now_ms())
        body = request.json() or {}
        inputs = body.get("inputs") or []
        history = body.get("propertiesWithHistory") or []
        limit = 50 if history else MAX_BATCH_INPUTS
        if len(inputs) > limit:
            return self._refuse(request, "TOO_MANY_INPUTS", [
                f"The maximum number of inputs supported in a batch request is {limit}."])
        id_property = body.get("idProperty")
        if id_property not in (None, "email", "hs_object_id"):
            return error(400, "VALIDATION_ERROR", f"{id_property} is not a unique property")
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
        """HubSpot refuses the whole batch for a property that does not exist or is read-only
        ("Read-only and non-existent properties will result in an error", the batch update
        reference under developers.hubspot.com/docs/api/crm/contacts), for an enumeration
        value that is not one of its options' internal values (developers.hubspot.com/docs/
        api/crm/properties, "enumeration" options), and for a value over 65,536 characters
        (strict.MAX_VALUE_LENGTH)."""
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
            if len(value) > MAX_VALUE_LENGTH:  # strict.MAX_VALUE_LENGTH cites the limit
                problems.append({"isValid": False, "name": name, "error": "VALUE_TOO_LONG",
                                 "message": f"{name} is {len(value)} characters long; the "
                                            f"limit is {MAX_VALUE_LENGTH}"})
                continue
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
        started = iso_ms(now_ms())
        inputs = (request.json() or {}).get("inputs") or []
        if len(inputs) > MAX_BATCH_INPUTS:
            return self._refuse(request, "TOO_MANY_INPUTS", [
                f"The maximum number of inputs supported in a batch request is {MAX_BATCH_INPUTS}."])
        if any(i.get("idProperty") not in (None, "hs_object_id") for i in inputs):
            return error(400, "VALIDATION_ERROR",
                         "Unable to perform update/upsert by non-unique 0-1 property")
        ids = [str(i.get("id")) for i in inputs]
        if len(set(ids)) != len(ids):
            return error(400, "VALIDATION_ERROR",
                         "Duplicate IDs found in batch input: "
                         f"{sorted({i for i in ids if ids.count(i) > 1})}. IDs must be unique")
        problems = [p for i in inputs for p in self._validate(i.get("properties") or {})]
        if problems:  # one bad value fails the whole batch
            with self.state_lock:
                self.refusals += [(request.path, p["error"]) for p in problems]
            return error(400, "VALIDATION_ERROR",
                         f"Property values were not valid: {json.dumps(problems)}",
                         errors=[{"message": p["message"], "code": p["error"],
                                  "context": {"propertyName": [p["name"]]}} for p in problems],
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
        # Limits of developers.hubspot.com/docs/api-reference/search/guide ("Limitations"):
        # 5 filterGroups of 6 filters, 18 in all; 200 per page; 10,000 results per query.
        groups = body.get("filterGroups") or []
        n_filters = sum(len(g.get("filters") or []) for g in groups)
        if len(groups) > 5 or any(len(g.get("filters") or []) > 6 for g in groups) or n_filters > 18:
            return self._refuse(request, "TOO_MANY_FILTERS", [
                "Too many filters: at most 5 filterGroups of 6 filters, 18 filters in total."])
        query = body.get("query")
        if query is not None and len(str(query)) > MAX_QUERY_LENGTH:
            return self._refuse(request, "QUERY_TOO_LONG", [
                f"query is limited to {MAX_QUERY_LENGTH} characters"])
        limit = int(body.get("limit") or 10)
        if limit > 200:
            return self._refuse(request, "LIMIT_TOO_HIGH", ["limit must be at most 200"])
        after = int(body.get("after") or 0)
        if after + limit > self.search_cap:
            return error(400, "VALIDATION_ERROR", f"Search results are limited to "
                         f"{self.search_cap} records; paging past them is not allowed.")
        needle = str(query).strip().lower() if query else None
        hits = [cid for cid, props in self._index.items()
                if (not groups or any(all(self._match(props, f) for f in g.get("filters") or [])
                                      for g in groups))
                and (not needle or any(needle in str(props.get(n) or "").lower()
                                       for n in QUERY_PROPERTIES))]
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
