"""What every part of the connector shares: the checked settings, our property names, one
instance of each SDK endpoint, and the paced, retried, translated way to call them."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import Any

import hubspot

from connectors.hubspot.http import Http
from connectors.hubspot.settings import Settings

BATCH_SIZE = 100  # batch read/update maximum
SEARCH_PAGE = 200  # search maximum page

# Our properties, by role; each HubSpot name is the configured prefix plus the role.
PROPERTY_ROLES = (
    "status", "hard", "reason", "reason_label", "diagnostic", "bounced_at", "bounced_address",
    "soft_count", "note", "removed_from", "saved_enrollments", "unenroll_requested_at")


class Client:
    """Built once per connector: the SDK builds a new ApiClient for each discovery
    attribute, so the schema, read and write parts must share these rather than ask again."""

    def __init__(self, cfg: Settings, sleep: Callable[[float], None] = time.sleep) -> None:
        self.cfg = cfg
        self.names = {role: cfg.prefix + role for role in PROPERTY_ROLES}
        # client_side_validation off: a live answer missing a field the generated models call
        # required (e.g. `links` on a 207 error) must not turn a good batch into an exception.
        sdk = hubspot.HubSpot(access_token=cfg.token.reveal(), host=cfg.base_url,
                              base_url=cfg.base_url, retry=False, client_side_validation=False)
        contacts = sdk.crm.contacts
        self.batch, self.search, self.basic = (contacts.batch_api, contacts.search_api,
                                               contacts.basic_api)
        properties = sdk.crm.properties
        self.core, self.groups = properties.core_api, properties.groups_api
        self.http = Http(cfg, sleep)

    def call(self, what: str, fn: Callable[..., Any], *args: Any, search: bool = False,
             **kwargs: Any) -> tuple[Any, int]:
        """One SDK call through the shared pacing, retries and error translation."""
        return self.http.call(what, fn, *args, search=search, **kwargs)

    def raw(self, what: str, method: str, path: str, *, query: Mapping[str, str] | None = None,
            body: Any = None) -> tuple[Any, int]:
        """Endpoints the SDK has no module for (sequences v4, automation v4 flows). We send
        them through the generated ApiClient rather than `api_request`, which cannot take a
        timeout and does not raise on errors (api §6, §8)."""
        return self.http.call(
            what, self.batch.api_client.call_api, path, method,
            query_params=list((query or {}).items()),
            header_params={"Accept": "application/json", "Content-Type": "application/json"},
            body=body, response_types_map={200: "object", 201: "object", 204: None},
            auth_settings=["oauth2"], _return_http_data_only=False)
