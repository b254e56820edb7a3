"""The `[crm]` settings of the HubSpot connector, checked once at construction so a bad
config fails `bounce-sync check` with the key, the problem and the fix, not a run later.
The keys are documented in the package docstring (`connectors.hubspot`); SETTINGS must list
exactly those (tests/connectors/test_settings_keys.py holds the two together)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from connectors.settings import reject_unknown
from sync.errors import ConfigError
from sync.secret import Secret

TOKEN_SETTING = "crm.access_token"
# Every key the docstring documents (`base_url` is for tests: the fake server).
SETTINGS = frozenset({
    "access_token", "base_url", "property_group", "property_prefix", "secondary_email_property",
    "unenroll", "reenroll_sender", "reenroll_sender_alias", "reenroll_senders",
    "reenroll_user_id", "search_lag_seconds",
    "search_rate_per_second", "request_timeout", "max_attempts"})


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """The parsed settings. Kept whole rather than as loose attributes so every part of the
    connector (pacing, schema, reads, writes) reads the same checked values."""

    token: Secret
    base_url: str
    group: str
    prefix: str
    secondary: str
    unenroll: str
    reenroll_sender: str | None
    reenroll_sender_alias: str | None
    # HubSpot user id -> (connected inbox, alias or None): the inbox each user sends from
    reenroll_senders: Mapping[str, tuple[str, str | None]]
    reenroll_user_id: str | None
    lag_seconds: float
    search_rate: float
    timeout: float
    max_attempts: int

    def sender_for(self, user_id: str | None) -> tuple[str, str | None] | None:
        """(senderEmail, senderAliasAddress) to re-enroll for `user_id`: the inbox the user
        sends from, which HubSpot requires to be connected; the enrollment read only names
        the user (`enrolledByEmail` is the user's login, not an inbox)."""
        if user_id and user_id in self.reenroll_senders:
            return self.reenroll_senders[user_id]
        if self.reenroll_sender:
            return self.reenroll_sender, self.reenroll_sender_alias
        return None

    @classmethod
    def parse(cls, s: Mapping[str, Any]) -> Settings:
        """Refuse what we cannot use now (a token in clear text, an unknown key, a name
        HubSpot would reject) rather than at the first request."""
        reject_unknown(s, SETTINGS, prefix="crm.")
        token = s.get("access_token")
        if isinstance(token, str) and token:
            raise ConfigError("crm.access_token", "the token is written in the config file",
                              'use "env:HUBSPOT_TOKEN" or "file:/path/to/token"')
        if not isinstance(token, Secret):
            raise ConfigError("crm.access_token", "missing",
                              'set access_token = "env:HUBSPOT_TOKEN" (a private-app token)')
        base_url = str(s.get("base_url", "https://api.hubapi.com")).rstrip("/")
        if not base_url.startswith(("https://", "http://127.0.0.1", "http://localhost")):
            raise ConfigError("crm.base_url", f"{base_url!r} is not an https URL",
                              "use https://api.hubapi.com or leave it out")
        unenroll = str(s.get("unenroll", "workflow"))
        if unenroll not in ("workflow", "none"):
            raise ConfigError("crm.unenroll", f"unknown value {unenroll!r}",
                              'use "workflow" or "none"')
        rate = _number(s, "search_rate_per_second", 4, 0.1)
        names = {k: str(s.get(k, d)) for k, d in (("property_group", "bounce_sync"),
                                                  ("property_prefix", "bounce_sync_"))}
        for key, value in names.items():
            if not value or not value.replace("_", "a").isalnum() or value != value.lower():
                raise ConfigError(f"crm.{key}", f"{value!r} is not a HubSpot internal name",
                                  "use lowercase letters, digits and underscores")
        return cls(
            token=token, base_url=base_url, group=names["property_group"],
            prefix=names["property_prefix"],
            secondary=str(s.get("secondary_email_property", "hs_additional_emails")),
            unenroll=unenroll,
            reenroll_sender=_address(s, "reenroll_sender"),
            reenroll_sender_alias=_address(s, "reenroll_sender_alias"),
            reenroll_senders=_senders(s.get("reenroll_senders")),
            reenroll_user_id=str(s["reenroll_user_id"]) if s.get("reenroll_user_id") else None,
            lag_seconds=_number(s, "search_lag_seconds", 300, 0), search_rate=rate,
            timeout=_number(s, "request_timeout", 30, 0.05),
            max_attempts=int(_number(s, "max_attempts", 6, 1)),
        )


def _number(s: Mapping[str, Any], key: str, default: float, low: float) -> float:
    value = s.get(key, default)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < low:
        raise ConfigError(f"crm.{key}", f"{value!r} is not a number >= {low}",
                          f"set a number such as {default} or leave it out")
    return float(value)


def _address(s: Mapping[str, Any], key: str, name: str | None = None) -> str | None:
    value = s.get(key)
    if value in (None, ""):
        return None
    if not isinstance(value, str) or "@" not in value:
        raise ConfigError(name or f"crm.{key}", f"{value!r} is not an email address",
                          "use the address of an inbox connected in HubSpot")
    return value.strip().lower()


def _senders(value: Any) -> dict[str, tuple[str, str | None]]:
    """`reenroll_senders`: user id -> "inbox" or {inbox = "...", alias = "..."}."""
    if value in (None, {}):
        return {}
    key = "crm.reenroll_senders"
    if not isinstance(value, Mapping):
        raise ConfigError(key, "is not a table", 'write [crm.reenroll_senders] "<user id>" = '
                          '"inbox@example.com" (or { inbox = "...", alias = "..." })')
    out: dict[str, tuple[str, str | None]] = {}
    for user, spec in value.items():
        entry = spec if isinstance(spec, Mapping) else {"inbox": spec}
        unknown = set(entry) - {"inbox", "alias"}
        if unknown or not str(user).strip().isdigit():
            raise ConfigError(f"{key}.{user}", "not a HubSpot user id with inbox/alias",
                              'use "<numeric user id>" = { inbox = "...", alias = "..." }')
        inbox = _address(entry, "inbox", f"{key}.{user}.inbox")
        if inbox is None:
            raise ConfigError(f"{key}.{user}", "no inbox", "name the inbox connected in HubSpot")
        out[str(user).strip()] = (inbox, _address(entry, "alias", f"{key}.{user}.alias"))
    return out
