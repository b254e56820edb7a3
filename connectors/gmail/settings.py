"""Gmail settings: every key the package docstring documents, checked once when the source is
built, so a bad value is a `ConfigError` naming the key and the fix before any call is made.

The defaults that shape cost live here too: the bounce query (what is worth downloading) and
the quota units each method costs (what pacing counts).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from connectors.gmail.auth import (
    AUTH_COMMAND, SCOPE_MODIFY, SCOPE_READONLY, granted_scopes, load_credentials_json, make_credentials)
from connectors.settings import reject_unknown
from sync.errors import ConfigError

__all__ = ["SETTINGS", "DEFAULT_QUERY", "DEFAULT_ENDPOINT", "UNIT_COSTS", "Verify", "GmailSettings"]

DEFAULT_ENDPOINT = "https://gmail.googleapis.com/"
# Every key the docstring documents; `address` comes from the mailbox table itself.
# `api_endpoint` and `token_uri` are for tests (they point the source at the fake server).
SETTINGS = frozenset({
    "address", "credentials", "delegated_user", "query", "api_endpoint", "token_uri",
    "quota_units_per_minute", "quota_fraction", "unit_costs", "batch_size", "label_processed",
    "verify", "timeout", "max_attempts", "backoff_seconds", "search_lag_seconds"})

_SENDERS = ('mailer-daemon', 'postmaster', '"Mail Delivery Subsystem"', '"Mail Delivery System"')
_SUBJECTS = ('"Delivery Status Notification"', '"Undeliverable"', '"Undelivered Mail Returned to Sender"',
             '"Mail delivery failed"', '"Returned mail"', '"failure notice"', '"Delivery Failure"',
             '"Delivery has failed"', '"Non remis"', '"Unzustellbar"', '"Nicht zustellbar"',
             '"Non recapitabile"', '"No se puede entregar"', '"Onbestelbaar"')
DEFAULT_QUERY = (f"in:anywhere -in:sent -in:drafts -in:chats "
                 f"(from:({' OR '.join(_SENDERS)}) OR subject:({' OR '.join(_SUBJECTS)}))")

# Google's published per-method table (developers.google.com/workspace/gmail/api/reference/quota):
# messages.get is 5 units there, in every format. A figure some secondary sources give for
# projects created from May 2026 (20) is not on that page; `unit_costs` overrides any of these,
# and the budget shrinks on its own when Gmail says rateLimitExceeded (connectors.gmail.pacing).
UNIT_COSTS = {"getProfile": 1, "labels.list": 1, "labels.create": 5, "history.list": 2,
              "messages.list": 5, "messages.get": 5, "messages.batchModify": 50}


class Verify(enum.StrEnum):
    """Whether the source looks up the originals of bounces in Sent (sync.ports.LooksUpSent;
    cost in connectors/gmail/sent.py). Gmail's threading alone is never evidence: anyone can
    write into a thread by quoting its Message-IDs."""

    LOOKUP = "lookup"  # search Sent for the quoted originals, read their recipients
    THREAD = "thread"  # kept for old configs: the same as "lookup" (threading is no evidence)
    OFF = "off"  # cannot tell (None): the policy's unknown_origin decides (default: record)


@dataclass(frozen=True, slots=True, kw_only=True)
class GmailSettings:
    """One mailbox's checked settings, with its google-auth credentials already built (a
    credentials file that cannot work fails at startup, not at the first call)."""

    address: str
    query: str
    endpoint: str
    unit_costs: Mapping[str, int]
    units_per_minute: float
    batch_size: int
    timeout: float
    max_attempts: int
    backoff: float
    search_lag: float
    verify: Verify
    label_processed: str | None
    scopes: tuple[str, ...]
    credentials: Any
    granted: frozenset[str] | None  # the scopes the token file says it holds (None: not said)
    quota_fraction: float

    @property
    def batch_uri(self) -> str:
        """Batches follow the endpoint (the client library's own batch URI would not,
        googleapis/google-api-python-client#1107)."""
        return self.endpoint + "batch/gmail/v1"

    @classmethod
    def parse(cls, settings: Mapping[str, Any], base_dir: Path) -> GmailSettings:
        """Check `settings` in a fixed order (the first bad key is the one reported)."""
        reject_unknown(settings, SETTINGS)
        address = settings.get("address")
        if not isinstance(address, str) or "@" not in address:
            raise ConfigError("address", f"must be the mailbox's email address, not {address!r}",
                              'write address = "sales@example.com"')
        address = address.strip().lower()
        query = settings.get("query", DEFAULT_QUERY)
        if not isinstance(query, str) or not query.strip():
            raise ConfigError("query", "must be a non-empty Gmail search", "remove it to use the default")
        endpoint = settings.get("api_endpoint", DEFAULT_ENDPOINT)
        if not isinstance(endpoint, str) or not endpoint.startswith(("https://", "http://")):
            raise ConfigError("api_endpoint", f"must be an http(s) URL, not {endpoint!r}",
                              "remove it to use Google's endpoint")
        costs = settings.get("unit_costs", {})
        if not isinstance(costs, Mapping) or any(k not in UNIT_COSTS or isinstance(v, bool)
                                                 or not isinstance(v, int) or v < 0
                                                 for k, v in costs.items()):
            raise ConfigError("unit_costs", "must map method names to whole units",
                              f"use keys from: {', '.join(UNIT_COSTS)}")
        numbers = _numbers(settings)
        verify, label = _verify_and_label(settings)
        scopes = (SCOPE_MODIFY,) if label else (SCOPE_READONLY,)
        credentials, granted = _credentials(settings, base_dir, address, scopes)
        fraction = settings.get("quota_fraction", 0.95)
        if isinstance(fraction, bool) or not isinstance(fraction, (int, float)) or not 0 < fraction <= 1:
            raise ConfigError("quota_fraction", f"must be a share of the quota, above 0 and at most 1, "
                              f"not {fraction!r}", "write quota_fraction = 0.95")
        return cls(address=address, query=query.strip(), endpoint=endpoint.rstrip("/") + "/",
                   unit_costs={**UNIT_COSTS, **costs}, verify=verify, label_processed=label,
                   scopes=scopes, credentials=credentials, granted=granted, quota_fraction=float(fraction), **numbers)


def _positive(settings: Mapping[str, Any], key: str, default: float, *, integer: bool = False,
              upper: float | None = None) -> Any:
    value = settings.get(key, default)
    kind = int if integer else (int, float)
    if isinstance(value, bool) or not isinstance(value, kind) or value <= 0 or (upper and value > upper):
        limit = f" and at most {upper:g}" if upper else ""
        raise ConfigError(key, f"must be a positive {'integer' if integer else 'number'}{limit}, "
                          f"not {value!r}", f"write {key} = {default}")
    return value


def _numbers(settings: Mapping[str, Any]) -> dict[str, Any]:
    """The numeric settings, as GmailSettings fields."""
    numbers = {
        "units_per_minute": _positive(settings, "quota_units_per_minute", 6000),
        "batch_size": _positive(settings, "batch_size", 50, integer=True, upper=50),
        "timeout": _positive(settings, "timeout", 60),
        "max_attempts": _positive(settings, "max_attempts", 5, integer=True, upper=20),
        "backoff": _positive(settings, "backoff_seconds", 1.0),
    }
    lag = settings.get("search_lag_seconds", 60)
    if isinstance(lag, bool) or not isinstance(lag, (int, float)) or lag < 0:
        raise ConfigError("search_lag_seconds", f"must be 0 or more seconds, not {lag!r}",
                          "write search_lag_seconds = 60")
    numbers["search_lag"] = float(lag)
    return numbers


def _verify_and_label(settings: Mapping[str, Any]) -> tuple[Verify, str | None]:
    verify = settings.get("verify", "lookup")
    if verify not in tuple(Verify):
        raise ConfigError("verify", f"must be lookup, thread or off, not {verify!r}",
                          'write verify = "lookup"')
    label = settings.get("label_processed")
    if label is not None and (not isinstance(label, str) or not label.strip()):
        raise ConfigError("label_processed", "must be a label name", "remove it or name a label")
    return Verify(verify), label.strip() if label else None


def _credentials(settings: Mapping[str, Any], base_dir: Path, address: str,
                 scopes: tuple[str, ...]) -> tuple[Any, frozenset[str] | None]:
    token_uri = settings.get("token_uri")
    if token_uri is not None and not (isinstance(token_uri, str) and token_uri.startswith(("https://", "http://"))):
        raise ConfigError("token_uri", "must be an http(s) URL", "remove it (the JSON names its token endpoint)")
    if "credentials" not in settings:
        raise ConfigError("credentials", "missing",
                          f"point it at the JSON written by `{AUTH_COMMAND}`, or a service-account key")
    info = load_credentials_json(settings["credentials"], base_dir, "credentials")
    creds = make_credentials(info, address=address, scopes=list(scopes), token_uri=token_uri,
                             delegated=settings.get("delegated_user"))
    return creds, (None if info.get("type") == "service_account" else granted_scopes(info))
