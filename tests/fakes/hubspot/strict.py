"""What the fake refuses because real HubSpot refuses it, checked before any route runs.

Request bodies of the CRM endpoints are checked against hubspot-api-client's own generated
models (`hubspot.crm.contacts.models`, `hubspot.crm.properties.models`), which HubSpot
generates from its OpenAPI specs: a key the model does not have is refused, and the model's
own deserializer, client-side validation on, refuses a missing required field or a value
outside an enum. That is evidence that does not come from us. The v4 sequences and flows
endpoints have no model in the SDK: their keys come from HubSpot's reference pages, cited
where they are listed.

Every refusal has HubSpot's error shape (developers.hubspot.com/docs/api-reference/
error-handling): {"status": "error", "message", "correlationId", "category":
"VALIDATION_ERROR", "errors": [{"message", "code", "context"}]}. The `code` values are
ours (HubSpot documents the envelope, not every code), so tests can tell one refusal from
another; each is logged in `FakeHubSpot.refusals` so a test can prove the connector never
triggered it.
"""

from __future__ import annotations

import json
from typing import Any

from hubspot.crm.contacts import ApiClient as ContactsClient
from hubspot.crm.contacts import Configuration as ContactsConfig
from hubspot.crm.contacts import models as contact_models
from hubspot.crm.properties import ApiClient as PropertiesClient
from hubspot.crm.properties import Configuration as PropertiesConfig
from hubspot.crm.properties import models as property_models

# HubSpot string property values hold at most 65,536 characters
# (knowledge.hubspot.com/properties/property-field-types-in-hubspot, "Single-line text").
MAX_VALUE_LENGTH = 65_536
# Batch read/update take at most 100 inputs (developers.hubspot.com/docs/api-reference/
# crm-contacts-v3/guide, "Batch" limits; hubspot-api-client utils PAGE_MAX_SIZE = 100).
MAX_BATCH_INPUTS = 100
# Search `query` strings are limited to 3,000 characters
# (developers.hubspot.com/docs/api-reference/search/guide, "Limitations").
MAX_QUERY_LENGTH = 3_000

# POST /automation/v4/flows: the create request's keys, and the keys HubSpot only reports
# in flow responses (developers.hubspot.com/docs/api-reference/automation-automation-v4-v4/
# workflows/get-automation-v4-flows-flowId shows id, revisionId, createdAt, updatedAt,
# nextAvailableActionId, crmObjectCreationStatus in the response; the create request of
# developers.hubspot.com/docs/api-reference/legacy/automation/workflows/guide has none).
FLOW_CREATE_KEYS = frozenset({
    "type", "objectTypeId", "flowType", "name", "description", "uuid", "isEnabled",
    "canEnrollFromSalesforce", "startActionId", "actions", "enrollmentCriteria",
    "enrollmentSchedule", "timeWindows", "blockedDates", "customProperties", "dataSources",
    "suppressionListIds", "goalFilterBranch", "eventAnchor", "unEnrollmentSetting"})
FLOW_RESPONSE_KEYS = frozenset({
    "id", "revisionId", "createdAt", "updatedAt", "nextAvailableActionId",
    "crmObjectCreationStatus"})
# POST /automation/v4/sequences/enrollments body (developers.hubspot.com/docs/api-reference/
# legacy/automation/sequences/enroll-contact): contactId, sequenceId, senderEmail required,
# senderAliasAddress optional.
ENROLL_KEYS = frozenset({"contactId", "sequenceId", "senderEmail", "senderAliasAddress"})

_PACKAGES = {
    "contacts": (contact_models, ContactsClient, ContactsConfig),
    "properties": (property_models, PropertiesClient, PropertiesConfig),
}


class _Raw:
    def __init__(self, data: bytes) -> None:
        self.data = data


def unknown_keys(payload: Any, type_name: str, package: str, path: str = "") -> list[str]:
    """Paths of the keys in `payload` that the SDK model `type_name` does not declare."""
    models = _PACKAGES[package][0]
    if type_name.startswith("list["):
        if not isinstance(payload, list):
            return []  # the deserializer reports the wrong type
        return [p for i, item in enumerate(payload)
                for p in unknown_keys(item, type_name[5:-1], package, f"{path}[{i}]")]
    cls = getattr(models, type_name, None)
    if cls is None or not isinstance(payload, dict):
        return []  # a primitive or a free-form map (property values)
    by_json = {json_key: attr for attr, json_key in cls.attribute_map.items()}
    out = []
    for key, value in payload.items():
        if key not in by_json:
            out.append(f"{path}.{key}".lstrip("."))
        else:
            out += unknown_keys(value, cls.openapi_types[by_json[key]], package,
                                f"{path}.{key}")
    return out


def model_problems(payload: Any, type_name: str, package: str) -> tuple[str, list[str]] | None:
    """(code, messages) when `payload` is not a valid `type_name` of the SDK, else None."""
    extra = unknown_keys(payload, type_name, package)
    if extra:
        return "UNKNOWN_FIELD", [f"Unrecognized field {k!r} (not in {type_name})" for k in extra]
    _, client_cls, config_cls = _PACKAGES[package]
    config = config_cls()
    config.client_side_validation = True
    try:
        client_cls(config).deserialize(_Raw(json.dumps(payload).encode()), type_name)
    except (ValueError, TypeError) as exc:
        return "INVALID_BODY", [f"Cannot build {type_name}: {exc}"]
    return None


def flow_problems(body: dict[str, Any]) -> tuple[str, list[str]] | None:
    """(code, messages) for a flow create body carrying response-only or unknown keys."""
    response_only = sorted(set(body) & FLOW_RESPONSE_KEYS)
    if response_only:
        return "RESPONSE_ONLY_FIELD", [f"{k!r} is set by HubSpot, not by a create request"
                                       for k in response_only]
    unknown = sorted(set(body) - FLOW_CREATE_KEYS)
    if unknown:
        return "UNKNOWN_FIELD", [f"Unrecognized field {k!r}" for k in unknown]
    return None
