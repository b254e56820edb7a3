"""Google's error bodies and headers, as the client libraries parse them: what a 400, 401,
403, 404, 429 or 500 from the Gmail API looks like on the wire.
"""

from __future__ import annotations

import base64
from datetime import datetime, timedelta, timezone
from typing import Any

from tests.fakes.base import Response, json_response

def google_error(code: int, message: str, reason: str, status: str, domain: str = "global",
                 **extra: Any) -> dict:
    err = {"message": message, "domain": domain, "reason": reason}
    err.update(extra)
    return {"error": {"code": code, "message": message, "errors": [err], "status": status}}


def entity_not_found() -> Response:
    return json_response(google_error(404, "Requested entity was not found.", "notFound", "NOT_FOUND"), 404)


def bad_request(message: str) -> Response:
    return json_response(google_error(400, message, "invalidArgument", "INVALID_ARGUMENT"), 400)


def unauthenticated() -> Response:
    message = ("Request had invalid authentication credentials. Expected OAuth 2 access token, login "
               "cookie or other valid authentication credential. See "
               "https://developers.google.com/identity/sign-in/web/devconsole-project.")
    body = {"error": {"code": 401, "message": message, "status": "UNAUTHENTICATED", "errors": [
        {"message": "Invalid Credentials", "domain": "global", "reason": "authError",
         "location": "Authorization", "locationType": "header"}]}}
    return json_response(body, 401, **{
        "WWW-Authenticate": 'Bearer realm="https://accounts.google.com/", error="invalid_token"'})


def insufficient_scope() -> Response:
    body = google_error(403, "Request had insufficient authentication scopes.",
                        "insufficientPermissions", "PERMISSION_DENIED")
    body["error"]["errors"][0]["message"] = "Insufficient Permission"
    body["error"]["details"] = [{"@type": "type.googleapis.com/google.rpc.ErrorInfo",
                                 "reason": "ACCESS_TOKEN_SCOPE_INSUFFICIENT", "domain": "googleapis.com",
                                 "metadata": {"service": "gmail.googleapis.com"}}]
    return json_response(body, 403, **{
        "WWW-Authenticate": 'Bearer realm="https://accounts.google.com/", error="insufficient_scope"'})


def rate_limited(retry_after: float | None) -> Response:
    until = datetime.now(timezone.utc) + timedelta(seconds=retry_after or 1)
    msg = f"User-rate limit exceeded.  Retry after {until.strftime('%Y-%m-%dT%H:%M:%S.%f')[:-3]}Z"
    headers = {"Retry-After": f"{retry_after:g}"} if retry_after is not None else {}
    return json_response(google_error(429, msg, "rateLimitExceeded", "RESOURCE_EXHAUSTED",
                                      domain="usageLimits"), 429, **headers)


def daily_limit() -> Response:
    return json_response(google_error(403, "Daily Limit Exceeded", "dailyLimitExceeded",
                                      "PERMISSION_DENIED", domain="usageLimits"), 403)


def backend_error() -> Response:
    return json_response(google_error(500, "Backend Error", "backendError", "INTERNAL"), 500)


def b64url(data: bytes) -> str:
    # Gmail's raw is base64url; unpadded here so clients must pad before decoding.
    return base64.urlsafe_b64encode(data).decode().rstrip("=")
