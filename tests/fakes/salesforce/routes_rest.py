"""The fake's REST endpoints: queries (with pages), limits, describe, sObject creation,
and sObject Collections writes (the Tooling API's CustomField routes: `routes_tooling`)."""

from __future__ import annotations

import re
import secrets
from typing import Any

from tests.fakes.base import Request, Response, json_response
from tests.fakes.salesforce import soql
from tests.fakes.salesforce.schema import (
    EMAIL_LENGTH, ID_RX, MAX_COLLECTION_RECORDS, PAGE_SIZE, PREFIX, STANDARD, STRING_LENGTHS,
    TEXT_KINDS, TOOLING, QueryError, api_error, email_accepted, item_error, java_length,
)


class RestRoutes:
    """REST handlers of `FakeSalesforce` (a mixin over `SalesforceState`)."""

    def _run_query(self, request: Request, tables, schema) -> Response:
        text = request.arg("q") or ""
        try:
            q = soql.parse(text)
        except soql.SoqlError as exc:
            return api_error("MALFORMED_QUERY", str(exc))
        grants = self._granted()
        try:
            rows = self._select(q, tables, schema, grants)
        except QueryError as exc:
            return exc.response
        version = request.match.group("version")
        rendered = [self._render(q.sobject, r, q.fields, version) for r in rows]
        size = PAGE_SIZE
        options = request.headers.get("sforce-query-options", "")
        if m := re.search(r"batchSize=(\d+)", options):
            size = max(200, min(PAGE_SIZE, int(m.group(1))))
        return self._page(rendered, 0, size, secrets.token_hex(8), version)

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
            return api_error("INVALID_QUERY_LOCATOR", "invalid query locator")
        rows = self.query_pages[m.group(1)]
        return self._page(rows, int(m.group(2)), getattr(self, "_page_size", PAGE_SIZE),
                          m.group(1), request.match.group("version"))

    def _limits(self, request: Request) -> Response:
        return json_response({"DailyApiRequests": {"Max": self.api_max,
                                                   "Remaining": self.api_max - self.api_used}})

    def _describe(self, request: Request) -> Response:
        """`sobjects/<Object>/describe`: the fields the integration user can see, with the
        type, length, edit right and picklist values the write checks below enforce
        (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_sobject_describe.htm)."""
        sobject = request.match.group("sobject")
        if sobject not in STANDARD:
            return api_error("NOT_FOUND", "The requested resource does not exist", 404)
        grants = self._granted()
        fields = []
        names = list(STANDARD[sobject]) + list(self.custom_fields.get(sobject, {}))
        for name in names:
            read, edit = self._access(sobject, name, grants)
            if not read:
                continue
            spec = self.custom_fields.get(sobject, {}).get(name, {})
            kind = self._field_type(sobject, name)
            labels = spec.get("value_labels") or {}
            fields.append({"name": name, "label": spec.get("label", name), "type": kind,
                           "inlineHelpText": spec.get("help"),
                           "custom": name.endswith("__c"), "updateable": edit, "createable": edit,
                           "nillable": kind != "boolean", "length": self._length(sobject, name) or 0,
                           "restrictedPicklist": bool(spec.get("restricted")),
                           "picklistValues": [{"value": v, "label": labels.get(v, v), "active": True,
                                               "defaultValue": False}
                                              for v in spec.get("values", ())]})
        denied = getattr(self, "denied_objects", {}).get(sobject, set())
        return json_response({"name": sobject, "label": sobject,
                              "queryable": "queryable" not in denied,
                              "updateable": "updateable" not in denied, "fields": fields})

    def _length(self, sobject: str, name: str) -> int | None:
        """A text field's length (every Email field holds 80)."""
        spec = self.custom_fields.get(sobject, {}).get(name, {})
        if self._field_type(sobject, name) == "email":
            return EMAIL_LENGTH
        return spec.get("length") or STRING_LENGTHS.get(name)

    def _check_value(self, sobject: str, name: str, value: Any) -> tuple[Any, dict | None]:
        """(stored value, per-record error or None): what Salesforce refuses in one record
        of a Collections update, with its per-record error (`statusCode`, `message`,
        `fields`; https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_composite_sobjects_collections_update.htm)."""
        if value is None:
            return None, None
        kind = self._field_type(sobject, name)
        spec = self.custom_fields.get(sobject, {}).get(name, {})
        bad = item_error("INVALID_TYPE_ON_FIELD_IN_RECORD",
                          f"{name}: value not of required type: {value}", [name])
        if kind == "datetime":
            try:
                return soql.parse_datetime(str(value)), None
            except ValueError:
                return None, bad
        if kind == "boolean":
            return (value, None) if isinstance(value, bool) else (None, bad)
        if kind == "double":
            return (float(value), None) if isinstance(value, (int, float)) else (None, bad)
        if not isinstance(value, str):
            return None, bad
        # Restricted picklists refuse a value they lack (Salesforce Help, "Restrict Picklists
        # to the Values You Define"); the error code as the API reports it.
        if kind == "picklist" and spec.get("restricted") and value not in spec.get("values", ()):
            return None, item_error("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST",
                                     f"{name}: bad value for restricted picklist field: {value}", [name])
        limit = self._length(sobject, name)
        if kind in TEXT_KINDS and limit and java_length(value) > limit:
            return None, item_error("STRING_TOO_LONG",
                                     f"{name}: data value too large: {value[:20]}... (max length={limit})",
                                     [name])
        # Email fields are format-checked ("Custom Field Types": "validated to ensure
        # proper format"); a bad value sinks the record's whole update.
        if kind == "email" and not email_accepted(value):
            return None, item_error("INVALID_EMAIL_ADDRESS", f"{name}: invalid email address: {value}",
                                     [name])
        return value, None

    def _collection_update(self, request: Request) -> Response:
        """PATCH `composite/sobjects`: at most 200 records (Update Records Using sObject
        Collections: "The list can contain up to 200 objects"; over that the whole request
        is refused with EXCEEDED_ID_LIMIT, as clients report it); an unknown or invisible
        field refuses the whole request (INVALID_FIELD); everything else is per record."""
        body = request.json() or {}
        records = body.get("records") or []
        if len(records) > MAX_COLLECTION_RECORDS:
            return api_error("EXCEEDED_ID_LIMIT", "record limit reached. cannot submit more than 200 "
                          "records into this call")
        grants = self._granted()
        for rec in records:  # an unknown or invisible field fails the whole request
            sobject = (rec.get("attributes") or {}).get("type")
            if sobject not in STANDARD:
                return api_error("INVALID_TYPE", f"sObject type '{sobject}' is not supported.")
            for name in rec:
                if name not in ("attributes", "id", "Id") and not self._access(sobject, name, grants)[0]:
                    return api_error("INVALID_FIELD", f"No such column '{name}' on sobject of type "
                                     f"{sobject}", fields=[name])
        results = []
        for rec in records:
            results.append(self._update_one(rec, grants))
        if body.get("allOrNone") and not all(r["success"] for r in results):
            results = [r if not r["success"] else {"id": r["id"], "success": False, "errors": [
                item_error("ALL_OR_NONE_OPERATION_ROLLED_BACK", "Record rolled back because not "
                            "all records were valid and the request was using AllOrNone header")]}
                       for r in results]  # (the fake does not undo the writes; we never send it)
        return json_response(results)

    def _update_one(self, rec: dict[str, Any], grants) -> dict[str, Any]:
        sobject = rec["attributes"]["type"]
        rid = rec.get("id") or rec.get("Id")
        if not isinstance(rid, str) or not ID_RX.match(rid) or (
                rid[:3] != PREFIX.get(sobject) and rid[:3] in PREFIX.values()):
            return {"success": False, "errors": [item_error(
                "MALFORMED_ID", f"{sobject} ID: id value of incorrect type: {rid}", ["Id"])]}
        row = self.tables[sobject].get(rid)
        if row is None:
            return {"id": rid, "success": False, "errors": [item_error("ENTITY_IS_DELETED",
                                                                         "entity is deleted")]}
        if self.locked.get(rid):
            self.locked[rid] -= 1
            return {"id": rid, "success": False, "errors": [item_error(
                "UNABLE_TO_LOCK_ROW", f"unable to obtain exclusive access to this record or 1 "
                f"records: {rid}")]}
        if sobject == "Lead" and row.get("IsConverted"):
            return {"id": rid, "success": False, "errors": [item_error(
                "CANNOT_UPDATE_CONVERTED_LEAD", "cannot reference converted lead")]}
        updates = {}
        for name, value in rec.items():
            if name in ("attributes", "id", "Id"):
                continue
            if not self._access(sobject, name, grants)[1]:
                return {"id": rid, "success": False, "errors": [item_error(
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
            return {"success": False, "errors": [item_error(
                "INVALID_TYPE", f"entity type {sobject} does not support insert")]}
        fields = {k: v for k, v in fields.items() if k != "attributes"}
        for name in fields:
            if name not in STANDARD[sobject] and name not in self.custom_fields.get(sobject, {}):
                return {"success": False, "errors": [item_error(
                    "INVALID_FIELD", f"No such column '{name}' on sobject of type {sobject}")]}
        table = self.tables[sobject]
        dup_keys = {"PermissionSet": ("Name",), "FieldPermissions": ("ParentId", "Field"),
                    "PermissionSetAssignment": ("PermissionSetId", "AssigneeId")}.get(sobject)
        if dup_keys and any(all(r.get(k) == fields.get(k) for k in dup_keys) for r in table.values()):
            return {"success": False, "errors": [item_error(
                "DUPLICATE_VALUE", f"duplicate value found: {', '.join(dup_keys)} duplicates "
                "value on record with id: " + next(r["Id"] for r in table.values()
                                                   if all(r.get(k) == fields.get(k) for k in dup_keys)))]}
        if sobject == "FieldPermissions":
            obj, _, name = str(fields.get("Field", "")).partition(".")
            if name not in self.custom_fields.get(obj, {}):
                return {"success": False, "errors": [item_error(
                    "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST",
                    f"Field Name: bad value for restricted picklist field: {fields.get('Field')}",
                    ["Field"])]}
        return {"id": self._insert(sobject, fields), "success": True, "errors": []}

    def _create_one(self, request: Request) -> Response:
        result = self._create(request.match.group("sobject"), request.json() or {})
        if not result["success"]:
            e = result["errors"][0]
            return api_error(e["statusCode"], e["message"], 400, e["fields"])
        return json_response(result, 201)

    def _collection_create(self, request: Request) -> Response:
        records = (request.json() or {}).get("records") or []
        if len(records) > MAX_COLLECTION_RECORDS:
            return api_error("EXCEEDED_ID_LIMIT", "record limit reached. cannot submit more than 200 "
                          "records into this call")
        return json_response([self._create((r.get("attributes") or {}).get("type"), r)
                              for r in records])
