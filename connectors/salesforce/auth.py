"""Logging in to Salesforce, in each of the four modes, and what a refused login means.

Every login mode that logs in goes through the OAuth 2.0 token endpoint
(`/services/oauth2/token`); the SOAP `login()` call is not used: it is not available from
API 65.0 on and is retired for every version in Summer '27
(https://developer.salesforce.com/docs/platform/api/guide/api-eol-soap.html).

- `jwt`: the JWT bearer flow. The assertion's `aud` is `https://login.salesforce.com`, or
  `https://test.salesforce.com` for a sandbox, never the My Domain, while the token request
  itself may go to the My Domain host
  (https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_jwt_flow.htm;
  simple-salesforce derived `aud` from `domain`: its issue #672, PR #711).
- `password`: the username-password flow through a connected app
  (https://help.salesforce.com/s/articleView?id=remoteaccess_oauth_username_password_flow.htm).
  Orgs created since Summer '23 block it by default; JWT bearer or client credentials are
  the recommended modes.
- `client_credentials`: the client credentials flow, on the My Domain host only.
- `session`: a session id obtained elsewhere; no login.

The REST calls go to the token answer's `instance_url`; the integration user's id comes
from its `id` URL (`https://login.salesforce.com/id/<orgId>/<userId>`), so no call to
`oauth2/userinfo` is needed (it may refuse a token whose only scope is `api`).

Only a refusal of the credentials or of the integration user/app is an `AuthError` (the
admin has to fix a setting); a rate limit stops the connector for the run
(`QuotaExhausted`); an outage is `Transient`, retried by the caller's retry loop. A login
code we do not know is `Permanent`, without blaming the credentials.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

import jwt
import requests
from simple_salesforce import Salesforce

from connectors.http import Transient
from connectors.salesforce.settings import Settings
from sync.errors import AuthError, Permanent, QuotaExhausted, SyncError

# OAuth token endpoint `error`s by what they mean (SOAP fault codes kept for a session
# id minted by a SOAP login elsewhere and for older answers).
LOGIN_REFUSED = {
    "INVALID_LOGIN", "LOGIN_MUST_USE_SECURITY_TOKEN", "PASSWORD_LOCKOUT",
    "INVALID_OPERATION_WITH_EXPIRED_PASSWORD", "LOGIN_CHALLENGE_ISSUED",
    "LOGIN_DURING_RESTRICTED_DOMAIN", "LOGIN_DURING_RESTRICTED_TIME", "INVALID_SESSION_ID",
    "API_DISABLED_FOR_ORG", "API_CURRENTLY_DISABLED", "INSUFFICIENT_ACCESS",
    "invalid_grant", "invalid_client_id", "invalid_client", "invalid_client_credentials",
    "unauthorized_client", "inactive_user", "inactive_org", "invalid_app_access",
    "invalid_scope", "access_denied", "unsupported_grant_type",
}
LOGIN_LIMITED = {"REQUEST_LIMIT_EXCEEDED", "rate_limit_exceeded"}
LOGIN_TRANSIENT = {"SERVER_UNAVAILABLE", "UNKNOWN_EXCEPTION", "temporarily_unavailable",
                   "server_error"}
JWT_GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer"
JWT_LIFETIME = timedelta(minutes=3)  # Salesforce accepts an `exp` up to 3 minutes ahead


@dataclass(slots=True)
class Seen:
    """What the last HTTP response said besides its body: simple-salesforce's errors carry
    neither the headers nor, at login, the status, so a response hook keeps them here."""

    status: int | None = None
    retry_after: float | None = None
    api_usage: str | None = None  # last Sforce-Limit-Info, e.g. "api-usage=18/5000"


@dataclass(frozen=True, slots=True, kw_only=True)
class Login:
    """A logged-in client and who it is: the user id from the token answer's `id` URL
    (None for a `session` login, which has no token answer)."""

    client: Salesforce
    user_id: str | None


class Refused(Exception):
    """The token endpoint's refusal: its `error` (or the HTTP status when the answer was not
    Salesforce's JSON) and `error_description`."""

    def __init__(self, code: str | int | None, message: str) -> None:
        super().__init__(code)
        self.code, self.message = code, message


def audience(domain: str) -> str:
    """The JWT `aud` Salesforce requires: the generic login host of the org's kind, never
    the My Domain. Sandboxes (`test`, `<name>--<sandbox>.sandbox.my`) and scratch orgs
    (`*.scratch.my`) log in through test.salesforce.com."""
    sandbox = domain == "test" or domain.endswith((".sandbox.my", ".scratch.my"))
    return "https://test.salesforce.com" if sandbox else "https://login.salesforce.com"


def _token_request(settings: Settings) -> tuple[dict[str, str], dict[str, str]]:
    """(form, headers) of the token request for the settings' login mode."""
    c = settings.credentials
    if settings.auth == "jwt":
        claims = {"iss": c["consumer_key"], "sub": c["username"], "aud": audience(settings.domain),
                  "exp": int((datetime.now(timezone.utc) + JWT_LIFETIME).timestamp())}
        assertion = jwt.encode(claims, c["private_key"].reveal(), algorithm="RS256")
        return {"grant_type": JWT_GRANT, "assertion": assertion}, {}
    if settings.auth == "password":
        token = c["security_token"].reveal() if "security_token" in c else ""
        return {"grant_type": "password", "client_id": c["consumer_key"],
                "client_secret": c["consumer_secret"].reveal(), "username": c["username"],
                "password": c["password"].reveal() + token}, {}
    pair = f"{c['consumer_key']}:{c['consumer_secret'].reveal()}".encode()
    return {"grant_type": "client_credentials"}, {
        "Authorization": f"Basic {base64.b64encode(pair).decode()}"}


def _token(settings: Settings, session: requests.Session) -> dict[str, Any]:
    """The token endpoint's answer (on the login host or My Domain in `crm.domain`)."""
    try:
        form, headers = _token_request(settings)
    except (ValueError, TypeError, jwt.PyJWTError) as exc:  # a PEM the JWT library cannot use
        raise Refused("invalid_private_key", type(exc).__name__) from None
    url = f"https://{settings.domain}.salesforce.com/services/oauth2/token"
    response = session.post(url, data=form, headers=headers)
    try:
        answer = response.json()
    except ValueError:
        raise Refused(response.status_code, response.text) from None
    if response.status_code != 200 or not isinstance(answer, dict) or not answer.get("access_token"):
        answer = answer if isinstance(answer, dict) else {}
        raise Refused(answer.get("error") or response.status_code,
                      str(answer.get("error_description") or ""))
    return answer


def user_from_identity_url(identity: Any) -> str | None:
    """The user id at the end of an identity URL (`.../id/<orgId>/<userId>`)."""
    parts = str(identity or "").rstrip("/").split("/")
    return parts[-1] if len(parts) >= 3 and parts[-3] == "id" and parts[-1] else None


def login(settings: Settings, session: requests.Session, seen: Seen) -> Login:
    """A logged-in client, or our error for the refusal (the vendor's text may hold the
    request, so its exception is not chained)."""
    s, c = settings, settings.credentials
    if s.auth == "session":
        instance = c["instance_url"]
        instance = instance if "://" in instance else f"https://{instance}"
        return Login(client=Salesforce(instance_url=instance, session_id=c["session_id"].reveal(),
                                       session=session, version=s.api_version), user_id=None)
    try:
        answer = _token(settings, session)
    except Refused as exc:
        raise login_error(exc.code, exc.message, settings, seen) from None
    except requests.Timeout:
        raise Transient("Salesforce login: timed out") from None
    except requests.RequestException as exc:
        raise Transient(f"Salesforce login: {type(exc).__name__} (no answer)") from None
    instance = str(answer.get("instance_url") or f"https://{s.domain}.salesforce.com")
    client = Salesforce(instance_url=instance, session_id=answer["access_token"], session=session,
                        version=s.api_version)
    return Login(client=client, user_id=user_from_identity_url(answer.get("id")))


def login_error(code: str | int | None, message: str, settings: Settings, seen: Seen) -> SyncError:
    """A refused login, by what Salesforce said: the OAuth `error` as `code`, or, when the
    body was not Salesforce's JSON (a maintenance or proxy page), the HTTP status."""
    if not isinstance(code, str) or not code:
        return _page_error(code if isinstance(code, int) else seen.status, message, seen)
    said = " ".join(message.split())[:200]
    text = f"{code}: {said}" if said else code
    if code in LOGIN_LIMITED:
        return _limited(text, seen)
    if code in LOGIN_REFUSED:
        hint = (" (many orgs block the OAuth username-password flow: auth = \"jwt\" or "
                "\"client_credentials\" are the recommended modes)" if settings.auth == "password" else "")
        return AuthError(f"Salesforce refused the login ({text}){hint}", setting=settings.auth_setting)
    if code == "invalid_private_key":
        return AuthError(f"Salesforce login: the private key cannot sign ({said})",
                         setting=settings.auth_setting)
    if code in LOGIN_TRANSIENT:
        return Transient(f"Salesforce login: service unavailable ({text})", retry_after=seen.retry_after)
    return Permanent(f"Salesforce login failed ({text})")


def _page_error(status: int | None, body: str, seen: Seen) -> SyncError:
    """A login answered without a Salesforce error code; the page is not quoted."""
    if "REQUEST_LIMIT_EXCEEDED" in body:  # a REST-style error list
        return _limited(f"HTTP {status} REQUEST_LIMIT_EXCEEDED", seen)
    if status is None or status == 429 or status >= 500:
        return Transient(f"Salesforce login: HTTP {status} (service unavailable)",
                         retry_after=seen.retry_after)
    if status == 403:
        # Not Salesforce refusing the credentials (that is a coded fault) but an edge,
        # proxy or firewall refusing the request: nothing in the config to fix yet.
        return Transient("Salesforce login: HTTP 403 without a Salesforce error code "
                         "(an edge, proxy or firewall refused it)")
    return Permanent(f"Salesforce login: HTTP {status} without a Salesforce error code; "
                     "check crm.domain / crm.login_url")


def _limited(text: str, seen: Seen) -> QuotaExhausted:
    # Salesforce sends no Retry-After with its rate limits: the connector stops for this
    # run (nothing more is sent) and the next cron run tries again.
    return QuotaExhausted(f"Salesforce login rate-limited ({text}); the next run tries again",
                          retry_after=seen.retry_after)
