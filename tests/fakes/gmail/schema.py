"""Strict requests: every call the fake answers is first checked against the Gmail discovery
document that ships inside google-api-python-client (the same one the client builds its
methods from), and refused as Google refuses it: unknown query parameters, a value of the
wrong type, a value outside an enum, a repeated parameter that is not repeatable, unknown or
mistyped body fields, and body fields the method requires but did not get.

Refusals are HTTP 400 with Google's error shape ({"error": {"code": 400, "message": ...,
"errors": [{"reason": "invalidParameter", "location": ..., "locationType": ...}],
"status": "INVALID_ARGUMENT"}}) and are recorded in `FakeGmail.refusals`, so a test can prove
the connector never triggers one.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import googleapiclient

from tests.fakes.base import Request, Response, json_response

__all__ = ["DISCOVERY", "check_request", "method_spec", "invalid_parameter"]

DISCOVERY: dict = json.loads((Path(googleapiclient.__file__).parent / "discovery_cache" / "documents" /
                              "gmail.v1.json").read_text(encoding="utf-8"))
_UINT_MAX = {"uint32": 2**32 - 1, "int32": 2**31 - 1, "uint64": 2**64 - 1, "int64": 2**63 - 1}


def invalid_parameter(message: str, location: str, location_type: str = "parameter") -> Response:
    """Google's 400 for a request the API cannot bind."""
    err = {"message": message, "domain": "global", "reason": "invalidParameter",
           "location": location, "locationType": location_type}
    return json_response({"error": {"code": 400, "message": message, "errors": [err],
                                    "status": "INVALID_ARGUMENT"}}, 400)


@cache
def method_spec(method: str) -> dict:
    """The discovery entry of `method` ("messages.get", "getProfile": under users)."""
    node: dict = DISCOVERY["resources"]["users"]
    *resources, name = method.split(".")
    for resource in resources:
        node = node["resources"][resource]
    return node["methods"][name]


def _value_problem(spec: dict, value: str) -> str | None:
    kind, fmt = spec.get("type"), spec.get("format")
    if "enum" in spec and value not in spec["enum"]:
        return "not one of " + ", ".join(spec["enum"])
    if kind == "boolean" and value not in ("true", "false"):
        return "TYPE_BOOL"
    if kind == "integer" or fmt in _UINT_MAX:
        digits = value[1:] if value.startswith("-") and not (fmt or "").startswith("u") else value
        if not digits.isdigit() or int(value) > _UINT_MAX.get(fmt or "int32", 2**31 - 1):
            return f"TYPE_{(fmt or 'int32').upper()}"
    return None


def _check_query(spec: dict, request: Request) -> Response | None:
    params = {**DISCOVERY["parameters"],
              **{k: v for k, v in spec.get("parameters", {}).items() if v.get("location") == "query"}}
    for name, values in request.query.items():
        p = params.get(name)
        if p is None:
            return invalid_parameter(f'Invalid JSON payload received. Unknown name "{name}": Cannot bind '
                                     f"query parameter. Field '{name}' could not be found in request message.",
                                     name)
        if len(values) > 1 and not p.get("repeated"):
            return invalid_parameter(f"Invalid value for '{name}': given {len(values)} times, "
                                     "but it is not a repeated field", name)
        for value in values:
            if (problem := _value_problem(p, value)) is not None:
                return invalid_parameter(f"Invalid value at '{name}' ({problem}), \"{value}\"", name)
    return None


def _check_body(value: Any, schema: dict, method_id: str, path: str) -> str | None:
    """The first problem of a JSON body against a discovery schema, or None."""
    if "$ref" in schema:
        return _check_body(value, DISCOVERY["schemas"][schema["$ref"]], method_id, path)
    kind = schema.get("type")
    if kind == "object":
        if not isinstance(value, dict):
            return f"Invalid value at '{path}': an object is expected"
        props = schema.get("properties", {})
        for key, item in value.items():
            if key not in props:
                return f'Invalid JSON payload received. Unknown name "{key}" at \'{path}\': Cannot find field.'
            if (problem := _check_body(item, props[key], method_id, f"{path}.{key}".lstrip("."))) is not None:
                return problem
        for key, prop in props.items():
            if method_id in prop.get("annotations", {}).get("required", []) and key not in value:
                return f"Invalid value at '{path}': '{key}' is required"
        return None
    if kind == "array":
        if not isinstance(value, list):
            return f"Invalid value at '{path}': a list is expected"
        return next((p for i, item in enumerate(value)
                     if (p := _check_body(item, schema["items"], method_id, f"{path}[{i}]")) is not None), None)
    expected = {"string": str, "boolean": bool, "integer": int, "number": (int, float)}.get(kind)
    if expected is not None and (not isinstance(value, expected) or (kind != "boolean" and isinstance(value, bool))):
        return f"Invalid value at '{path}' ({kind}), {json.dumps(value)}"
    if "enum" in schema and value not in schema["enum"]:
        return f"Invalid value at '{path}', {json.dumps(value)}: not one of {', '.join(schema['enum'])}"
    return None


def check_request(method: str, request: Request) -> Response | None:
    """Google's 400 for a request the discovery document does not allow, else None."""
    spec = method_spec(method)
    if (refused := _check_query(spec, request)) is not None:
        return refused
    if "request" in spec:
        try:
            body = json.loads(request.body or b"null")
        except ValueError:
            return invalid_parameter("Invalid JSON payload received.", "body", "body")
        problem = _check_body(body, spec["request"], spec["id"], "")
        if problem is not None:
            return invalid_parameter(problem, "body", "body")
    return None
