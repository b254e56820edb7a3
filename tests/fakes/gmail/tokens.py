"""Google's OAuth token endpoint (refresh-token and JWT-bearer grants) and the check every
API call goes through: a live access token, the scope the method needs, and the per-user
quota for the minute.

`TokenRoutes` is a mixin of `FakeGmail` (it uses the state FakeGmail's constructor sets).
"""

from __future__ import annotations

import json
import secrets
import time
from urllib.parse import parse_qs, unquote

from tests.fakes.base import Request, Response, json_response
from tests.fakes.gmail.schema import check_request
from tests.fakes.gmail.bodies import google_error, insufficient_scope, rate_limited, unauthenticated
from tests.fakes.gmail.state import GOOGLE_TOKEN_URI, READ_SCOPES, WRITE_SCOPES, AccessToken, Grant, Mailbox


class TokenRoutes:
    """The token endpoint and per-call authorization."""

    def _token(self, request: Request) -> Response:
        form = {k: v[0] for k, v in parse_qs(request.body.decode()).items()}
        grant_type = form.get("grant_type")
        if grant_type == "refresh_token":
            client = form.get("client_id", "")
            if self.clients.get(client) != form.get("client_secret"):
                return json_response({"error": "invalid_client", "error_description": "Unauthorized"}, 401)
            grant = self.refresh_tokens.get(form.get("refresh_token", ""))
            if grant is None or grant.revoked:
                return json_response({"error": "invalid_grant",
                                      "error_description": "Token has been expired or revoked."}, 400)
            asked = set(form.get("scope", "").split()) - {""}
            if asked - grant.scopes:
                return json_response({"error": "invalid_scope",
                                      "error_description": "Bad Request"}, 400)
            return self._issue(Grant(grant.user, frozenset(asked) or grant.scopes), grant, scope=True)
        if grant_type == "authorization_code":
            return self._code_grant(form)
        if grant_type == "urn:ietf:params:oauth:grant-type:jwt-bearer":
            return self._jwt_grant(form.get("assertion", ""))
        return json_response({"error": "unsupported_grant_type",
                              "error_description": f"Invalid grant_type: {grant_type}"}, 400)

    def _code_grant(self, form: dict[str, str]) -> Response:
        """The installed-app flow's last step: a consent code (and its PKCE verifier) for a
        refresh token."""
        if self.clients.get(form.get("client_id", "")) != form.get("client_secret"):
            return json_response({"error": "invalid_client", "error_description": "Unauthorized"}, 401)
        grant = self.auth_codes.pop(form.get("code", ""), None)
        if grant is None:
            return json_response({"error": "invalid_grant", "error_description": "Malformed auth code."}, 400)
        if not form.get("code_verifier") or not form.get("redirect_uri"):
            return json_response({"error": "invalid_request", "error_description": "Missing code verifier."}, 400)
        refresh = "1//0g" + secrets.token_urlsafe(40)
        self.refresh_tokens[refresh] = grant
        response = self._issue(Grant(grant.user, grant.scopes), grant, scope=True)
        body = json.loads(response.encoded()[0])
        body["refresh_token"] = refresh
        return json_response(body)

    def _jwt_grant(self, assertion: str) -> Response:
        from google.auth import jwt

        try:
            unverified = jwt.decode(assertion, verify=False)
            public_pem, delegated = self.service_accounts[unverified["iss"]]
            # google-auth always addresses the assertion to Google's endpoint, wherever it posts it
            claims = jwt.decode(assertion, certs=public_pem, audience=GOOGLE_TOKEN_URI)
        except Exception:
            return json_response({"error": "invalid_grant", "error_description": "Invalid JWT Signature."}, 400)
        scopes = frozenset(claims.get("scope", "").split())
        subject = claims.get("sub")
        if not subject or not scopes or scopes - delegated:
            return json_response({"error": "unauthorized_client", "error_description":
                                  "Client is unauthorized to retrieve access tokens using this method, "
                                  "or client not authorized for any of the scopes requested."}, 401)
        self.mailbox(subject)
        return self._issue(Grant(subject.lower(), scopes), None, scope=False)

    def _issue(self, grant: Grant, parent: Grant | None, *, scope: bool) -> Response:
        token = "ya29." + secrets.token_urlsafe(48)
        # The refresh grant it came from is kept, so a revocation kills live access tokens too.
        self.access_tokens[token] = AccessToken(time.time() + self.token_lifetime, grant, parent)
        body = {"access_token": token, "expires_in": self.token_lifetime - 1, "token_type": "Bearer"}
        if scope:
            body["scope"] = " ".join(sorted(grant.scopes))
        return json_response(body)

    def _authorize(self, request: Request) -> Grant | Response:
        auth = request.headers.get("authorization", "")
        token = auth[7:] if auth.lower().startswith("bearer ") else ""
        entry = self.access_tokens.get(token)
        if entry is None or entry.expires < time.time() or (entry.parent and entry.parent.revoked):
            return unauthenticated()
        grant = entry.grant
        user = unquote(request.match["user"]) if request.match else "me"
        if user != "me" and user.lower() != grant.user:
            body = google_error(403, "Delegation denied for " + grant.user, "forbidden", "PERMISSION_DENIED")
            return json_response(body, 403)
        return grant

    # -- API plumbing ------------------------------------------------------------------------------

    def _call(self, request: Request, method: str, *, write: bool = False) -> tuple[Grant, Mailbox] | Response:
        """Authenticate, check scope, charge quota. Returns (grant, mailbox) or the error."""
        grant = self._authorize(request)
        if isinstance(grant, Response):
            return grant
        if not grant.scopes & (WRITE_SCOPES if write else READ_SCOPES):
            return insufficient_scope()
        refused = check_request(method, request)  # the discovery document's rules
        if refused is not None:
            self.refusals.append((method, json.loads(refused.encoded()[0])["error"]["message"]))
            return refused
        box = self.mailbox(grant.user)
        minute = int(time.monotonic() // 60)
        used = box.window[1] if box.window[0] == minute else 0
        cost = self.unit_costs[method]
        if used + cost > self.quota_units_per_minute:
            return rate_limited(self.faults.retry_after)
        box.window = (minute, used + cost)
        return grant, box
