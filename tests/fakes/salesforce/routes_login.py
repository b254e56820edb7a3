"""The fake's login endpoints: the SOAP username-password login and the OAuth token endpoint
(JWT bearer and client credentials), with their faults in each endpoint's own format."""

from __future__ import annotations

import base64
import re
import secrets
from html import unescape
from urllib.parse import parse_qs

import jwt

from tests.fakes.base import Request, Response, json_response
from tests.fakes.salesforce.schema import (
    ORG_ID, SOAP_LOGIN, SOAP_OK, TOKEN_ENDPOINT, USER_ID, soap_fault,
)


class LoginRoutes:
    """Login handlers of `FakeSalesforce` (a mixin over `SalesforceState`)."""

    def _login_fault(self, kind: str, request: Request) -> Response:
        """A fault on a login endpoint, in that endpoint's own error format."""
        soap = re.fullmatch(SOAP_LOGIN, request.path)
        if kind == "expired_token":  # a login carries no session: answer it normally
            request.match = soap or re.fullmatch(TOKEN_ENDPOINT, request.path)
            with self.state_lock:
                return self._soap_login(request) if soap else self._token(request)
        if kind in ("rate_limit", "daily_quota"):
            if soap:
                return soap_fault("REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.")
            return json_response({"error": "rate_limit_exceeded",
                                  "error_description": "rate limit exceeded"}, 400)
        response = (soap_fault("SERVER_UNAVAILABLE", "Server temporarily unavailable.", 503) if soap
                    else json_response({"error": "temporarily_unavailable",
                                        "error_description": "service temporarily unavailable"}, 503))
        if self.faults.retry_after is not None:
            response.headers["Retry-After"] = f"{self.faults.retry_after:g}"
        return response

    def _soap_login(self, request: Request) -> Response:
        body = request.body.decode()
        user = re.search(r"<(?:\w+:)?username>(.*?)</(?:\w+:)?username>", body, re.S)
        word = re.search(r"<(?:\w+:)?password>(.*?)</(?:\w+:)?password>", body, re.S)
        username = unescape(user.group(1)) if user else ""
        password = unescape(word.group(1)) if word else ""
        if self.passwords.get(username) != password:
            return soap_fault("INVALID_LOGIN", "Invalid username, password, security token; "
                               "or user locked out.", fault="LoginFault")
        version = request.match.group("version")
        server = f"https://127.0.0.1:{self.port}/services/Soap/u/{version}/{ORG_ID[:15]}"
        xml = SOAP_OK.format(server=server, session=self.issue_session(), user=USER_ID,
                              org=ORG_ID, username=username, version=version)
        return Response(200, xml, {"Content-Type": "text/xml;charset=UTF-8"})

    def _token(self, request: Request) -> Response:
        form = {k: v[0] for k, v in parse_qs(request.body.decode()).items()}
        grant = form.get("grant_type")
        if grant == "urn:ietf:params:oauth:grant-type:jwt-bearer":
            try:
                claims = jwt.decode(form.get("assertion", ""), options={"verify_signature": False})
                username, public_key = self.jwt_apps[claims.get("iss")]
            except (jwt.PyJWTError, KeyError):
                return json_response({"error": "invalid_client_id",
                                      "error_description": "client identifier invalid"}, 400)
            try:
                claims = jwt.decode(form["assertion"], public_key, algorithms=["RS256"],
                                    audience="https://login.salesforce.com",
                                    options={"require": ["exp", "iss", "sub", "aud"]})
            except jwt.PyJWTError:
                return json_response({"error": "invalid_grant",
                                      "error_description": "invalid assertion"}, 400)
            if claims["sub"] != username:
                return json_response({"error": "invalid_grant",
                                      "error_description": "user hasn't approved this consumer"}, 400)
        elif grant == "client_credentials":
            auth = request.headers.get("authorization", "")
            try:
                key, _, secret = base64.b64decode(auth.removeprefix("Basic ")).decode().partition(":")
            except ValueError:
                key, secret = "", ""
            if not key or self.client_apps.get(key) != secret:
                return json_response({"error": "invalid_client",
                                      "error_description": "invalid client credentials"}, 400)
        else:
            return json_response({"error": "unsupported_grant_type",
                                  "error_description": "grant type not supported"}, 400)
        return json_response({
            "access_token": self.issue_session(), "instance_url": self.url,
            "id": f"https://login.salesforce.com/id/{ORG_ID}/{USER_ID}", "token_type": "Bearer",
            "issued_at": str(int(self.now().timestamp() * 1000)), "scope": "api",
            "signature": base64.b64encode(secrets.token_bytes(32)).decode()})

    def _userinfo(self, request: Request) -> Response:
        return json_response({"user_id": USER_ID, "organization_id": ORG_ID,
                              "preferred_username": self.username})
