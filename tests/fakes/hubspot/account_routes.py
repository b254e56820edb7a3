"""The fake's account-level routes: property groups and properties (what `setup` creates),
sequences and their v4 enrollments, and automation v4 flows (the unenroll workflow).
Workflows run in `HubSpotState._run_flows`, at once rather than ~80 s after a write."""

from __future__ import annotations

from typing import Any

from tests.fakes.base import Request, Response, json_response
from tests.fakes.hubspot.routes import Routes, error
from tests.fakes.hubspot.state import iso_ms, now_ms
from tests.fakes.hubspot.strict import ENROLL_KEYS, flow_problems


class AccountRoutes(Routes):
    """Schema, sequence and workflow routes, answering HubSpot's shapes and refusals
    (409 on a second create, 400 when a contact is already in a sequence, 403 when the
    account has no workflows)."""

    # ------------------------------------------------------------------ properties

    # Reads of property groups and properties: the server's route table names the table.
    def _read_all(self, request: Request, table: dict[str, Any]) -> Response:
        """A list call over property groups or properties (scope schemas_read)."""
        if (denied := self._scope(request, "schemas_read")):
            return denied
        return json_response({"results": list(table.values())})

    def _read_one(self, request: Request, table: dict[str, Any], what: str) -> Response:
        """A read of one property group or property by name; HubSpot's 404 when missing."""
        if (denied := self._scope(request, "schemas_read")):
            return denied
        found = table.get(request.match["name"])
        if found is None:
            return error(404, "OBJECT_NOT_FOUND", f"Unable to find {what} {request.match['name']}")
        return json_response(found)

    def _create_group(self, request: Request) -> Response:
        if (denied := self._scope(request, "schemas_write")):
            return denied
        body = request.json() or {}
        if not body.get("name") or not body.get("label"):
            return error(400, "VALIDATION_ERROR", "name and label are required")
        if body["name"] in self.groups:
            return error(409, "OBJECT_ALREADY_EXISTS",
                         f"A property group named {body['name']} already exists.")
        group = {"name": body["name"], "label": body["label"],
                 "displayOrder": body.get("displayOrder", -1), "archived": False}
        self.groups[body["name"]] = group
        return json_response(group, 201)

    def _create_property(self, request: Request) -> Response:
        if (denied := self._scope(request, "schemas_write")):
            return denied
        body = request.json() or {}
        missing = [k for k in ("name", "label", "type", "fieldType", "groupName") if not body.get(k)]
        if missing:
            return error(400, "VALIDATION_ERROR", f"missing required fields {missing}")
        if body["type"] not in ("string", "number", "date", "datetime", "enumeration", "bool"):
            return error(400, "VALIDATION_ERROR", f"unknown type {body['type']}")
        if body["type"] == "enumeration" and not body.get("options"):
            return error(400, "VALIDATION_ERROR", "enumeration properties need options")
        if body["groupName"] not in self.groups and body["groupName"] != "contactinformation":
            return error(400, "VALIDATION_ERROR", f"property group {body['groupName']} "
                         "does not exist")
        if body["name"] in self.properties:
            return error(409, "OBJECT_ALREADY_EXISTS",
                         f"A property named '{body['name']}' already exists.")
        prop = self._property_record(body)
        self.properties[body["name"]] = prop
        return json_response(prop, 201)

    def _update_property(self, request: Request) -> Response:
        """PATCH /crm/v3/properties/contacts/{name} ("Update a property",
        developers.hubspot.com/docs/api/crm/properties): the fields sent replace the stored
        ones (an `options` list replaces the whole list); the name and the values stored on
        records do not change. 404 for an unknown property, 400 for one HubSpot defines."""
        if (denied := self._scope(request, "schemas_write")):
            return denied
        body = request.json() or {}
        with self.state_lock:
            prop = self.properties.get(request.match["name"])
            if prop is None:
                return error(404, "OBJECT_NOT_FOUND", f"Unable to find property "
                             f"{request.match['name']}")
            if prop["modificationMetadata"]["readOnlyDefinition"]:
                return error(400, "VALIDATION_ERROR", f"{prop['name']} is a HubSpot-defined "
                             "property; its definition cannot be changed")
            if "groupName" in body and body["groupName"] not in self.groups \
                    and body["groupName"] != "contactinformation":
                return error(400, "VALIDATION_ERROR", f"property group {body['groupName']} "
                             "does not exist")
            if prop["type"] == "enumeration" and "options" in body:
                values = [o.get("value") for o in body["options"] or []]
                if not values or len(set(values)) != len(values):
                    return error(400, "VALIDATION_ERROR", "enumeration options must be "
                                 "non-empty with unique values")
            for key in ("label", "description", "hidden", "formField", "groupName", "options",
                        "displayOrder"):
                if key in body and body[key] is not None:
                    prop[key] = body[key]
            prop["updatedAt"] = iso_ms(now_ms())
            self.property_updates.append(prop["name"])
            return json_response(prop)

    # ------------------------------------------------------------------ sequences

    def _list_sequences(self, request: Request) -> Response:
        if (denied := self._scope(request, "sequences_read")):
            return denied
        if not request.arg("userId"):
            return error(400, "VALIDATION_ERROR", "userId is required")
        return json_response({"total": len(self.sequences), "results": list(self.sequences.values())})

    def _enrollment_body(self, e: dict[str, Any]) -> dict[str, Any]:
        return {"id": e["id"], "sequenceId": e["sequenceId"],
                "sequenceName": self.sequences[e["sequenceId"]]["name"],
                # the user's login, not the inbox (legacy/automation/sequences/get-enrollment)
                "enrolledBy": e["userId"],
                "enrolledByEmail": self.users.get(e["userId"], {}).get("email", ""),
                "enrolledAt": e["enrolledAt"], "updatedAt": e["updatedAt"],
                "toEmail": e["toEmail"]}

    def _enrollment_of(self, request: Request) -> Response:
        if (denied := self._scope(request, "sequences_read")):
            return denied
        active = self.active_enrollments(request.match["id"])
        if not active:
            return error(404, "OBJECT_NOT_FOUND", "No active sequence enrollment for contact "
                         f"{request.match['id']}")
        if len(active) == 1:  # HubSpot's shape: one contact, one sequence
            return json_response(self._enrollment_body(active[0]))
        # Only reachable with one_sequence_per_contact=False (the shared CRM contract).
        return json_response({"results": [self._enrollment_body(e) for e in active]})

    def _enroll(self, request: Request) -> Response:
        if (denied := self._scope(request, "sequences_write")):
            return denied
        user_id = request.arg("userId")
        body = request.json() or {}
        missing = [k for k in ("contactId", "sequenceId", "senderEmail") if not body.get(k)]
        if not user_id or missing:
            return error(400, "VALIDATION_ERROR", f"missing required {missing or ['userId']}")
        unknown = sorted(set(body) - ENROLL_KEYS)
        if unknown:  # strict.ENROLL_KEYS cites the body's keys
            return self._refuse(request, "UNKNOWN_FIELD",
                                [f"Unrecognized field {k!r}" for k in unknown])
        # "User X has no connected inboxes for specified user email" [3P practitioner
        # notes, api/hubspot.md §6]: senderEmail must be an inbox connected to the user, an
        # alias goes in senderAliasAddress (legacy/automation/sequences/enroll-contact).
        inboxes = self.users.get(user_id, {}).get("inboxes", {})
        sender = str(body["senderEmail"]).lower()
        if sender not in inboxes:
            return self._refuse(request, "SENDER_NOT_CONNECTED", [
                f"User {user_id} has no connected inboxes for specified user email"])
        alias = body.get("senderAliasAddress")
        if alias and str(alias).lower() not in inboxes[sender]:
            return self._refuse(request, "ALIAS_NOT_CONNECTED", [
                f"{alias} is not an alias of the connected inbox {sender}"])
        cid, sid = str(body["contactId"]), str(body["sequenceId"])
        if cid not in self.contacts:
            return error(404, "OBJECT_NOT_FOUND", f"Contact {cid} not found")
        if sid not in self.sequences:
            return error(404, "OBJECT_NOT_FOUND", f"Sequence {sid} not found")
        active = self.active_enrollments(cid)
        if active and (self.one_sequence_per_contact
                       or any(e["sequenceId"] == sid for e in active)):
            return error(400, "VALIDATION_ERROR", "Contact already enrolled in a sequence")
        enrollment = self._start_enrollment(cid, sid, body["senderEmail"], user_id, 1)
        self._refresh_enrolled(cid)
        return json_response({"id": enrollment["id"], "enrolledAt": enrollment["enrolledAt"],
                              "updatedAt": enrollment["updatedAt"],
                              "toEmail": enrollment["toEmail"]})

    # ------------------------------------------------------------------ flows (workflows)

    def _list_flows(self, request: Request) -> Response:
        if (denied := self._scope(request, "automation")):
            return denied
        if not self.flows_allowed:
            return error(403, "MISSING_SCOPES", "This portal does not have access to workflows.")
        # Pages of `limit` (default 100) with paging.next.after, as GET /automation/v4/flows
        # does (developers.hubspot.com/docs/api-reference/legacy/automation/workflows/guide).
        limit = min(int(request.arg("limit", "100") or 100), 100)
        after = int(request.arg("after", "0") or 0)
        flows = sorted(self.flows.values(), key=lambda f: int(f["id"]))
        body: dict[str, Any] = {"results": [
            {"id": f["id"], "name": f["name"], "isEnabled": f["isEnabled"],
             "flowType": f["flowType"], "objectTypeId": f["objectTypeId"],
             "revisionId": f["revisionId"]} for f in flows[after:after + limit]]}
        if after + limit < len(flows):
            body["paging"] = {"next": {"after": str(after + limit),
                                       "link": f"?after={after + limit}"}}
        return json_response(body)

    def _create_flow(self, request: Request) -> Response:
        if (denied := self._scope(request, "automation")):
            return denied
        if not self.flows_allowed:
            return error(403, "MISSING_SCOPES", "This portal does not have access to workflows.")
        body = request.json() or {}
        if (problems := flow_problems(body)):  # strict.FLOW_* cite the pages
            return self._refuse(request, problems[0], problems[1])
        missing = [k for k in ("type", "objectTypeId", "flowType", "actions",
                               "enrollmentCriteria", "startActionId") if k not in body]
        if missing:
            return error(400, "VALIDATION_ERROR", f"missing required fields {missing}")
        fid = str(next(self._ids))
        ids = [int(a["actionId"]) for a in body.get("actions") or []
               if str(a.get("actionId", "")).isdigit()]
        flow = {**body, "id": fid, "revisionId": "1", "isEnabled": bool(body.get("isEnabled")),
                "name": body.get("name") or f"flow {fid}",
                "nextAvailableActionId": str(max(ids, default=0) + 1)}  # HubSpot's to report
        self.flows[fid] = flow
        return json_response(flow, 201)
