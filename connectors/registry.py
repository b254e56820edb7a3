"""Find connectors by name through entry points; import only the one asked for."""

from __future__ import annotations

from importlib.metadata import entry_points
from typing import Any

from sync.errors import ConfigError

MAIL_SOURCES = "bounce_sync.mail_sources"
CRM_CONNECTORS = "bounce_sync.crm_connectors"


def available(group: str) -> list[str]:
    """Names only; nothing is imported."""
    return sorted(ep.name for ep in entry_points(group=group))


def load(group: str, name: str) -> Any:
    """The connector class registered as `name`. A configured connector that is missing or
    fails to import is a startup error, raised before any cursor is read."""
    matches = [ep for ep in entry_points(group=group) if ep.name == name]
    if not matches:
        known = ", ".join(available(group)) or "none installed"
        raise ConfigError(name, f"no connector of that name in {group}", f"use one of: {known}")
    try:
        return matches[0].load()
    except ImportError as exc:
        raise ConfigError(name, f"the connector failed to import ({exc})",
                          "install the package that provides it") from exc
