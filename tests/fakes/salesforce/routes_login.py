"""The fake's login endpoints: the SOAP username-password login (refused from API 65.0 on,
as Salesforce does) and the OAuth token endpoint (JWT bearer, username-password and client
credentials), with their faults in each endpoint's own format.

OAuth errors are `{"error", "error_description"}` with HTTP 400, as the flows' pages cited
below show them.
"""

from __future__ import annotations

import base64
import re
import secrets
from html import unescape
from urllib.parse import parse_qs

import jwt

from tests.fakes.base import Request, Response, json_response
from tests.fakes.salesforce.schema import (
    JWT_AUDIENCES, ORG_ID, SOAP_LOGIN, SOAP_LOGIN_FIRST_REFUSED, SOAP_OK, TOKEN_ENDPOINT, USER_ID,
    soap_fault,
)


def _oauth_error(error: str, description: str, status: int = 400) -> Response:
    return json_response({"error": error, "error_description": description}, status)


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
        version = request.match.group("version")
        major, _, minor = version.partition(".")
        if (int(major), int(minor or 0)) >= SOAP_LOGIN_FIRST_REFUSED:
            return soap_fault("INVALID_OPERATION", "The SOAP Login operation is not available in "
                              f"the API version specified ({version}). Refer to the documentation "
                              "for supported versions.")
        body = request.body.decode()
        user = re.search(r"<(?:\w+:)?username>(.*?)</(?:\w+:)?username>", body, re.S)
        word = re.search(r"<(?:\w+:)?password>(.*?)</(?:\w+:)?password>", body, re.S)
        username = unescape(user.group(1)) if user else ""
        password = unescape(word.group(1)) if word else ""
        if self.passwords.get(username) != password:
            return soap_fault("INVALID_LOGIN", "Invalid username, password, security token; "
                               "or user locked out.", fault="LoginFault")
        server = f"https://127.0.0.1:{self.port}/services/Soap/u/{version}/{ORG_ID[:15]}"
        xml = SOAP_OK.format(server=server, session=self.issue_session(), user=USER_ID,
                              org=ORG_ID, username=username, version=version)
        return Response(200, xml, {"Content-Type": "text/xml;charset=UTF-8"})

    def _token(self, request: Request) -> Response:
        form = {k: v[0] for k, v in parse_qs(request.body.decode()).items()}
        grant = form.get("grant_type")
        if grant == "urn:ietf:params:oauth:grant-type:jwt-bearer":
            refused = self._jwt_refusal(form.get("assertion", ""))
        elif grant == "password":
            refused = self._password_refusal(form)
        elif grant == "client_credentials":
            auth = request.headers.get("authorization", "")
            try:
                key, _, secret = base64.b64decode(auth.removeprefix("Basic ")).decode().partition(":")
            except ValueError:
                key, secret = "", ""
            refused = (None if key and self.client_apps.get(key) == secret
                       else _oauth_error("invalid_client", "invalid client credentials"))
        else:
            refused = _oauth_error("unsupported_grant_type", "grant type not supported")
        if refused is not None:
            return refused
        return json_response({
            "access_token": self.issue_session("api"), "instance_url": self.instance_url or self.url,
            "id": f"https://{'test' if self.sandbox else 'login'}.salesforce.com/id/{ORG_ID}/{USER_ID}",
            "token_type": "Bearer", "issued_at": str(int(self.now().timestamp() * 1000)),
            "scope": "api", "signature": base64.b64encode(secrets.token_bytes(32)).decode()})

    def _jwt_refusal(self, assertion: str) -> Response | None:
        """The JWT bearer flow (https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_jwt_flow.htm):
        `iss` a known consumer key, signed with its certificate's key, `sub` its pre-authorised
        user, `aud` https://login.salesforce.com (https://test.salesforce.com for a sandbox)
        whatever host the request went to: a My Domain audience is "audience is invalid"."""
        try:
            claims = jwt.decode(assertion, options={"verify_signature": False})
            username, public_key = self.jwt_apps[claims.get("iss")]
        except (jwt.PyJWTError, KeyError):
            return _oauth_error("invalid_client_id", "client identifier invalid")
        try:
            claims = jwt.decode(assertion, public_key, algorithms=["RS256"],
                                options={"require": ["exp", "iss", "sub", "aud"], "verify_aud": False})
        except jwt.PyJWTError:
            return _oauth_error("invalid_grant", "invalid assertion")
        if claims["aud"] != JWT_AUDIENCES[self.sandbox]:
            return _oauth_error("invalid_grant", "audience is invalid")
        if claims["sub"] != username:
            return _oauth_error("invalid_grant", "user hasn't approved this consumer")
        return None

    def _password_refusal(self, form: dict[str, str]) -> Response | None:
        """The username-password flow through a connected app
        (https://help.salesforce.com/s/articleView?id=remoteaccess_oauth_username_password_flow.htm):
        client_id and client_secret of a known app, the user's password with the security
        token appended. An org that blocks the flow answers like a wrong password."""
        key = form.get("client_id", "")
        if key not in self.client_apps:
            return _oauth_error("invalid_client_id", "client identifier invalid")
        if self.client_apps[key] != form.get("client_secret"):
            return _oauth_error("invalid_client", "invalid client credentials")
        username = form.get("username", "")
        if not self.password_flow_allowed or self.passwords.get(username) != form.get("password"):
            return _oauth_error("invalid_grant", "authentication failure")
        return None

    def _userinfo(self, request: Request) -> Response:
        """OpenID Connect's UserInfo: it needs the `openid` (or `id`) scope, which the tokens
        this fake issues (scope `api`) lack. The refusal's body is [UNVERIFIED]."""
        token = request.headers.get("authorization", "")[7:]
        if not set(self.session_scopes.get(token, "").split()) & {"openid", "id", "full"}:
            return _oauth_error("insufficient_scope", "the token lacks the openid or id scope", 403)
        return json_response({"user_id": USER_ID, "organization_id": ORG_ID,
                              "preferred_username": self.username})
