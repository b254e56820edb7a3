"""The fake's Sales Engagement invocable actions: assign a target to a cadence and remove
it, answered in the generic action result envelope."""

from __future__ import annotations

import re
from typing import Any

from tests.fakes.base import Request, Response, json_response
from tests.fakes.salesforce.schema import (
    DISPOSITIONS, MAX_ACTION_INPUTS, USER_ID, api_error, item_error,
)


class ActionRoutes:
    """Cadence action handlers of `FakeSalesforce` (a mixin over `SalesforceState`)."""

    def _action(self, request: Request) -> Response:
        action = request.match.group("action")
        handler = {"assignTargetToSalesCadence": self._assign_input,
                   "removeTargetFromSalesCadence": self._remove_input}.get(action)
        if handler is None:
            return api_error("NOT_FOUND", "The requested resource does not exist", 404)
        inputs = (request.json() or {}).get("inputs")
        if not isinstance(inputs, list) or not inputs:
            return api_error("JSON_PARSER_ERROR", "inputs: a non-empty list is required")
        if len(inputs) > MAX_ACTION_INPUTS:
            return api_error("LIMIT_EXCEEDED", f"Too many inputs: at most {MAX_ACTION_INPUTS}")
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
                return [item_error("REQUIRED_FIELD_MISSING", f"Missing required input parameter: {key}")]
        cadence = self._find_cadence(item["salesCadenceNameOrId"])
        if cadence is None or cadence["State"] != "Active":
            return [item_error("INVALID_INPUT", "The sales cadence doesn't exist or isn't active.")]
        target = item["targetId"]
        if self.where.get(target) not in ("Contact", "Lead"):
            return [item_error("INVALID_CROSS_REFERENCE_KEY", "invalid cross reference id")]
        user = item.get("userId") or USER_ID
        if self.where.get(user) != "User":
            return [item_error("INVALID_CROSS_REFERENCE_KEY", "The user ID isn't valid.")]
        if any(t["ActionCadenceId"] == cadence["Id"] for t in self.trackers(target)):
            return [item_error("DUPLICATE_VALUE", "The target is already assigned to this cadence.")]
        step = 1
        if m := re.fullmatch(r"Step (\d+)", str(item.get("startStepNameOrId") or "")):
            step = int(m.group(1))
        self._assign(cadence["Id"], target, user, step)
        return []

    def _remove_input(self, item: dict[str, Any]) -> list[dict]:
        if item.get("completionReasonCode") != "ManuallyRemoved":
            return [item_error("INVALID_INPUT", "completionReasonCode: only ManuallyRemoved is valid")]
        disposition = item.get("completionDisposition")
        if disposition is not None and disposition not in DISPOSITIONS:
            return [item_error("INVALID_INPUT", f"completionDisposition: bad value {disposition}")]
        table = self.tables["ActionCadenceTracker"]
        if item.get("actionCadenceTrackerId"):
            tracker = table.get(item["actionCadenceTrackerId"])
            if tracker is None:
                return [item_error("INVALID_CROSS_REFERENCE_KEY", "invalid cross reference id")]
            if not tracker["IsTrackerActive"]:
                return [item_error("INVALID_INPUT", "The target isn't in an active cadence.")]
            chosen = [tracker]
        elif item.get("targetId"):
            chosen = [table[t["Id"]] for t in self.trackers(item["targetId"])]
            if not chosen:
                return [item_error("INVALID_INPUT", "The target isn't in an active cadence.")]
        else:
            return [item_error("REQUIRED_FIELD_MISSING",
                                "Missing required input parameter: targetId or actionCadenceTrackerId")]
        for tracker in chosen:
            tracker.update(State="Complete", IsTrackerActive=False, CompletionReason="ManuallyRemoved",
                           CompletionDisposition=disposition)
            self._touch(tracker)
        return []
