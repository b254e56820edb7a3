"""The `[crm]` table for Salesforce, read once into `Settings`.

Every check happens here, at startup, so a bad key or value stops the run before any
login or cursor read. The keys and their meaning are documented in the package docstring
(`connectors.salesforce`), which README and a test keep in step with `SETTINGS`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from connectors.settings import reject_unknown
from sync.errors import ConfigError
from sync.secret import Secret

AUTH_MODES = ("jwt", "password", "client_credentials", "session")
# Every key the docstring documents (`insecure_http_for_tests` is for tests: the fake server).
SETTINGS = frozenset({
    "auth", "consumer_key", "username", "private_key", "password", "security_token",
    "consumer_secret", "session_id", "instance_url", "domain", "login_url", "objects",
    "api_version", "field_prefix", "permission_set", "write_standard_fields",
    "secondary_email_fields", "cadence_removal_disposition", "query_chunk", "action_chunk",
    "watch_lag_seconds", "request_timeout", "max_attempts", "backoff_seconds",
    "insecure_http_for_tests"})
OBJECTS = {"Contact": "contact", "Lead": "lead"}
DISPOSITIONS = {"Success", "Customer Engaged", "Customer Connected", "Contact Later",
                "No Response", "Not Interested", "Disqualified", "Bad Data", "Duplicate"}
AUTH_SETTINGS = {"jwt": "crm.consumer_key / crm.username / crm.private_key",
                 "password": "crm.consumer_key / crm.consumer_secret / crm.username / "
                             "crm.password / crm.security_token",
                 "client_credentials": "crm.consumer_key / crm.consumer_secret / crm.domain",
                 "session": "crm.session_id"}


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """The checked settings: every part of the connector reads these, never the raw table,
    so a value is validated (and defaulted) in one place."""

    auth: str
    credentials: dict[str, Any]
    domain: str
    objects: tuple[str, ...]
    api_version: str
    prefix: str
    permission_set: str
    write_standard_fields: bool
    secondary: tuple[str, ...]
    disposition: str
    query_chunk: int
    action_chunk: int
    lag: timedelta
    timeout: float
    max_attempts: int
    backoff: float
    plain_http_target: str | None

    @property
    def auth_setting(self) -> str:
        """The keys an admin has to fix when Salesforce refuses our credentials."""
        return AUTH_SETTINGS[self.auth]


def parse_settings(settings: Mapping[str, Any], base_dir: Path) -> Settings:
    """Check the `[crm]` table; a problem is a `ConfigError` naming the key and the fix."""
    reject_unknown(settings, SETTINGS, prefix="crm.")
    auth = settings.get("auth")
    if auth not in AUTH_MODES:
        raise ConfigError("crm.auth", f"unknown auth mode {auth!r}", f"use one of {', '.join(AUTH_MODES)}")
    domain = _domain(settings)
    # Checked in this order, so the first of several bad keys is the one named.
    creds = _credentials(settings, auth, domain, base_dir)
    objects = _objects(settings)
    version = str(settings.get("api_version", "59.0")).lstrip("v")
    prefix, disposition = _prefix(settings), _disposition(settings)
    secondary, target = _secondary(settings), _plain_http_target(settings)
    return Settings(
        auth=auth, credentials=creds, domain=domain, objects=objects, api_version=version,
        prefix=prefix, permission_set=str(settings.get("permission_set", "Bounce_Sync_Fields")),
        write_standard_fields=bool(settings.get("write_standard_fields", True)),
        secondary=secondary, disposition=disposition,
        query_chunk=min(_positive(settings, "query_chunk", 500), 2000),
        action_chunk=min(_positive(settings, "action_chunk", 200), 200),
        lag=timedelta(seconds=_positive(settings, "watch_lag_seconds", 120, float)),
        timeout=_positive(settings, "request_timeout", 30, float),
        max_attempts=_positive(settings, "max_attempts", 5),
        backoff=_positive(settings, "backoff_seconds", 1.0, float),
        plain_http_target=target)

def _domain(settings: Mapping[str, Any]) -> str:
    domain = str(settings.get("domain", "login"))
    if settings.get("login_url"):
        host = urlsplit(str(settings.get("login_url"))).hostname or ""
        if not host.endswith(".salesforce.com"):
            raise ConfigError("crm.login_url", "not a *.salesforce.com URL",
                              "use https://<mydomain>.my.salesforce.com or set domain")
        domain = host[: -len(".salesforce.com")]
    return domain


def _credentials(settings: Mapping[str, Any], auth: str, domain: str, base_dir: Path) -> dict[str, Any]:
    """What the login mode needs, secrets as `Secret` (never a plain string from the file)."""

    def need(key: str, fix: str) -> Any:
        value = settings.get(key)
        if value in (None, ""):
            raise ConfigError(f"crm.{key}", f"required for auth = {auth!r}", fix)
        return value

    def secret(key: str) -> Secret:
        value = need(key, f"set {key} = \"env:NAME\" or \"file:PATH\"")
        if not isinstance(value, Secret):
            raise ConfigError(f"crm.{key}", "a secret written in the config file",
                              "reference it as \"env:NAME\" or \"file:PATH\"")
        return value

    creds: dict[str, Any] = {}
    if auth == "jwt":
        creds["consumer_key"] = need("consumer_key", "the connected app's consumer key")
        creds["username"] = need("username", "the integration user's username")
        key = need("private_key", "a Secret holding the PEM or the path to the PEM file")
        creds["private_key"] = key if isinstance(key, Secret) else _pem_file(str(key), base_dir)
    elif auth == "password":
        # The OAuth 2.0 username-password flow through a connected app (SOAP login() is
        # gone from API 65.0 on): the app's key and secret, and the user's password with
        # the security token appended (optional from a trusted IP range).
        creds["consumer_key"] = need("consumer_key", "the connected app's consumer key")
        creds["consumer_secret"] = secret("consumer_secret")
        creds["username"] = need("username", "the integration user's username")
        creds["password"] = secret("password")
        if settings.get("security_token") not in (None, ""):
            creds["security_token"] = secret("security_token")
    elif auth == "client_credentials":
        creds["consumer_key"] = need("consumer_key", "the connected app's consumer key")
        creds["consumer_secret"] = secret("consumer_secret")
        if domain in ("login", "test"):
            raise ConfigError("crm.domain", "client credentials need your My Domain",
                              "set domain = \"<mydomain>.my\" (not login/test)")
    else:
        creds["session_id"] = secret("session_id")
        creds["instance_url"] = need("instance_url", "https://<mydomain>.my.salesforce.com")
        if settings.get("username"):  # a session has no identity URL: setup finds the user by it
            creds["username"] = str(settings["username"])
    return creds


def _pem_file(name: str, base_dir: Path) -> Secret:
    path = Path(name)
    path = path if path.is_absolute() else base_dir / path
    if not path.is_file():
        raise ConfigError("crm.private_key", f"no file at {path}", "give the PEM file's path")
    return Secret(path.read_text(), f"file:{path}")


def _objects(settings: Mapping[str, Any]) -> tuple[str, ...]:
    objects = tuple(settings.get("objects", ["Contact", "Lead"]))
    if not objects or any(o not in OBJECTS for o in objects):
        raise ConfigError("crm.objects", f"unsupported objects {list(objects)}",
                          "use a non-empty subset of [\"Contact\", \"Lead\"]")
    return objects


def _prefix(settings: Mapping[str, Any]) -> str:
    prefix = str(settings.get("field_prefix", "Bounce_Sync_"))
    if not prefix.replace("_", "").isalnum() or not prefix[0].isalpha():
        raise ConfigError("crm.field_prefix", f"{prefix!r} is not a valid API name start",
                          "use letters, digits and underscores, starting with a letter")
    return prefix


def _disposition(settings: Mapping[str, Any]) -> str:
    disposition = str(settings.get("cadence_removal_disposition", "Bad Data"))
    if disposition not in DISPOSITIONS:
        raise ConfigError("crm.cadence_removal_disposition", f"unknown value {disposition!r}",
                          f"use one of {sorted(DISPOSITIONS)}")
    return disposition


def _positive(settings: Mapping[str, Any], key: str, default: float, kind: type = int) -> Any:
    value = settings.get(key, default)
    if not isinstance(value, (int, float)) or isinstance(value, bool) or value <= 0:
        raise ConfigError(f"crm.{key}", f"{value!r} is not a positive number", f"e.g. {default}")
    return kind(value)


def _secondary(settings: Mapping[str, Any]) -> tuple[str, ...]:
    # Field names go into SOQL unquoted: only plain API names are accepted.
    secondary = settings.get("secondary_email_fields", ())
    if isinstance(secondary, str) or not all(
            isinstance(n, str) and re.fullmatch(r"[A-Za-z]\w*", n) for n in secondary):
        raise ConfigError("crm.secondary_email_fields", f"{secondary!r} is not a list of field API names",
                          "e.g. [\"Alt_Email__c\"]")
    return tuple(secondary)


def _plain_http_target(settings: Mapping[str, Any]) -> str | None:
    target = settings.get("insecure_http_for_tests")
    if not target:
        return None
    parts = urlsplit(str(target))
    if parts.scheme != "http" or parts.hostname not in ("127.0.0.1", "localhost", "::1"):
        raise ConfigError("crm.insecure_http_for_tests", "only allowed for a loopback test server",
                          "remove it: production always uses https")
    return f"http://{parts.netloc}"
