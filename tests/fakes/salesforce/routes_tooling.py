"""The fake's Tooling API CustomField routes: create (what `setup` sends for a missing
field), read one (`Metadata` and `FullName` come back only one record at a time) and
update (PATCH with the whole `Metadata`: Salesforce replaces the definition; the field's
API name, type and stored values stay).
https://developer.salesforce.com/docs/atlas.en-us.api_tooling.meta/api_tooling/tooling_api_objects_customfield.htm"""

from __future__ import annotations

import copy
import re
from typing import Any

from tests.fakes.base import Request, Response, json_response
from tests.fakes.salesforce.schema import api_error

# Custom Field limits (Salesforce Help, "Custom Field Attributes"): label 40 characters,
# help text 510, description 1,000.
LIMITS = {"label": 40, "inlineHelpText": 510, "description": 1000}
NEED = {"Text": ("length",), "LongTextArea": ("length", "visibleLines"),
        "Number": ("precision", "scale"), "Checkbox": ("defaultValue",),
        "Picklist": ("valueSet",), "DateTime": (), "Email": ()}


class ToolingRoutes:
    """Tooling handlers of `FakeSalesforce` (a mixin over `SalesforceState`)."""

    def _metadata_problem(self, full: str, meta: dict[str, Any]) -> Response | None:
        kind = meta.get("type")
        if kind not in NEED or not meta.get("label"):
            return api_error("FIELD_INTEGRITY_EXCEPTION", f"{full}: type and label are required")
        missing = [k for k in NEED[kind] if meta.get(k) in (None, "")]
        if missing:
            return api_error("FIELD_INTEGRITY_EXCEPTION", f"{full}: {', '.join(missing)} required")
        for key, limit in LIMITS.items():
            if len(str(meta.get(key) or "")) > limit:
                return api_error("STRING_TOO_LONG", f"{full}: {key} is longer than {limit} "
                                 "characters")
        return None

    def _create_field(self, request: Request) -> Response:
        body = request.json() or {}
        full = str(body.get("FullName", ""))
        meta = body.get("Metadata") or {}
        sobject, _, name = full.partition(".")
        if sobject not in ("Contact", "Lead") or not re.fullmatch(r"[A-Za-z]\w*__c", name):
            return api_error("INVALID_INPUT", f"invalid FullName: {full}")
        if (problem := self._metadata_problem(full, meta)):
            return problem
        if name in self.custom_fields[sobject]:
            return api_error("DUPLICATE_DEVELOPER_NAME",
                             f"There is already a field named {name[:-3]} on {sobject}.")
        fid = self.define_field(sobject, name, meta)
        return json_response({"id": fid, "success": True, "errors": [], "warnings": [],
                              "infos": []}, 201)

    def _read_field(self, request: Request) -> Response:
        fid = request.match.group("id")
        row = self.tooling["CustomField"].get(fid)
        if row is None:
            return api_error("NOT_FOUND", "The requested resource does not exist", 404)
        meta = self.field_meta[fid]
        return json_response({"attributes": {"type": "CustomField"}, **row,
                              "FullName": f"{row['TableEnumOrId']}.{row['DeveloperName']}__c",
                              "Description": meta.get("description"),
                              "InlineHelpText": meta.get("inlineHelpText"),
                              "Metadata": copy.deepcopy(meta)})

    def _update_field(self, request: Request) -> Response:
        fid = request.match.group("id")
        row = self.tooling["CustomField"].get(fid)
        if row is None:
            return api_error("NOT_FOUND", "The requested resource does not exist", 404)
        body = request.json() or {}
        full = f"{row['TableEnumOrId']}.{row['DeveloperName']}__c"
        if body.get("FullName") not in (None, full):
            return api_error("INVALID_INPUT", f"FullName {body['FullName']} is not {full}")
        meta = body.get("Metadata") or {}
        if (problem := self._metadata_problem(full, meta)):
            return problem
        with self.state_lock:
            if meta["type"] != self.field_meta[fid]["type"]:
                return api_error("FIELD_INTEGRITY_EXCEPTION", f"{full}: changing the type is "
                                 "not supported here")
            self.define_field(row["TableEnumOrId"], f"{row['DeveloperName']}__c", meta, fid=fid)
            self.field_updates.append(full)
        return Response(204, b"", {})
