"""Logging in to Salesforce, in each of the four modes, and what a refused login means.

Only a refusal of the credentials or of the integration user/app is an `AuthError` (the
admin has to fix a setting); a rate limit stops the connector for the run
(`QuotaExhausted`); an outage is `Transient`, retried by the caller's retry loop. A login
code we do not know is `Permanent`, without blaming the credentials.
"""

from __future__ import annotations

from dataclasses import dataclass

import requests
from simple_salesforce import Salesforce, SalesforceLogin
from simple_salesforce.exceptions import SalesforceAuthenticationFailed

from connectors.http import Transient
from connectors.salesforce.settings import Settings
from sync.errors import AuthError, Permanent, QuotaExhausted, SyncError

# Login answers (SOAP fault `exceptionCode`s, OAuth token endpoint `error`s) by what they mean.
LOGIN_REFUSED = {
    # SOAP login faults
    "INVALID_LOGIN", "LOGIN_MUST_USE_SECURITY_TOKEN", "PASSWORD_LOCKOUT",
    "INVALID_OPERATION_WITH_EXPIRED_PASSWORD", "LOGIN_CHALLENGE_ISSUED",
    "LOGIN_DURING_RESTRICTED_DOMAIN", "LOGIN_DURING_RESTRICTED_TIME", "INVALID_SESSION_ID",
    "API_DISABLED_FOR_ORG", "API_CURRENTLY_DISABLED", "INSUFFICIENT_ACCESS",
    "INVALID AUTH",  # simple-salesforce's own: no usable credential combination
    # OAuth token endpoint errors
    "invalid_grant", "invalid_client_id", "invalid_client", "invalid_client_credentials",
    "unauthorized_client", "inactive_user", "inactive_org", "invalid_app_access",
    "invalid_scope", "access_denied",
}
LOGIN_LIMITED = {"REQUEST_LIMIT_EXCEEDED", "rate_limit_exceeded"}
LOGIN_TRANSIENT = {"SERVER_UNAVAILABLE", "UNKNOWN_EXCEPTION", "temporarily_unavailable",
                   "server_error"}


@dataclass(slots=True)
class Seen:
    """What the last HTTP response said besides its body: simple-salesforce's errors carry
    neither the headers nor, at login, the status, so a response hook keeps them here."""

    status: int | None = None
    retry_after: float | None = None
    api_usage: str | None = None  # last Sforce-Limit-Info, e.g. "api-usage=18/5000"


def login(settings: Settings, session: requests.Session, seen: Seen) -> Salesforce:
    """A logged-in client, or our error for the refusal (the vendor's text may hold the
    request, so its exception is not chained)."""
    s, c = settings, settings.credentials
    common = dict(session=session, sf_version=s.api_version, domain=s.domain)
    try:
        if s.auth == "session":
            session_id, instance = c["session_id"].reveal(), c["instance_url"]
            instance = instance if "://" in instance else f"https://{instance}"
        else:
            if s.auth == "jwt":
                session_id, host = SalesforceLogin(
                    username=c["username"], consumer_key=c["consumer_key"],
                    privatekey=c["private_key"].reveal(), **common)
            elif s.auth == "password":
                session_id, host = SalesforceLogin(
                    username=c["username"], password=c["password"].reveal(),
                    security_token=c["security_token"].reveal(), **common)
            else:
                session_id, host = SalesforceLogin(
                    consumer_key=c["consumer_key"], consumer_secret=c["consumer_secret"].reveal(),
                    **common)
            instance = f"https://{host}"
    except SalesforceAuthenticationFailed as exc:
        raise login_error(exc, settings, seen) from None
    except requests.Timeout:
        raise Transient("Salesforce login: timed out") from None
    except requests.RequestException as exc:
        raise Transient(f"Salesforce login: {type(exc).__name__} (no answer)") from None
    return Salesforce(instance_url=instance, session_id=session_id, session=session,
                      version=s.api_version)


def login_error(exc: SalesforceAuthenticationFailed, settings: Settings, seen: Seen) -> SyncError:
    """A refused login, by what Salesforce said. simple-salesforce gives the SOAP fault's
    `exceptionCode` or the OAuth `error` as `code`; when the body was neither (a
    maintenance or proxy page) it gives the HTTP status (an int) and the page."""
    code, message = exc.code, str(getattr(exc, "auth_message", "") or "")
    if not isinstance(code, str) or not code:
        return _page_error(code if isinstance(code, int) else seen.status, message, seen)
    said = " ".join(message.split())[:200]
    text = f"{code}: {said}" if said else code
    if code in LOGIN_LIMITED:
        return _limited(text, seen)
    if code in LOGIN_REFUSED:
        return AuthError(f"Salesforce refused the login ({text})", setting=settings.auth_setting)
    if code in LOGIN_TRANSIENT:
        return Transient(f"Salesforce login: service unavailable ({text})", retry_after=seen.retry_after)
    # A code we do not know (SOAP faults all come as HTTP 500, so the status says nothing).
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
