"""Settings shared by the two local mail sources (`maildir` and `mbox`), checked once when a
source is built, and the small rules both need about paths: where `sent_folder` is, and which
mailbox a cursor belongs to.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from connectors.maildir.spool import is_maildir
from connectors.settings import reject_unknown
from sync.errors import ConfigError

__all__ = ["DEFAULT_SETTLE_SECONDS", "LocalMailSettings", "parse_settings", "sent_location", "fingerprint"]

DEFAULT_SETTLE_SECONDS = 10.0


@dataclass(frozen=True, slots=True, kw_only=True)
class LocalMailSettings:
    """The keys both local sources take, checked: a bad one fails at startup, naming the key."""

    address: str
    path: Path  # resolved against the config's folder
    sent: str | None  # `sent_folder` as written (resolved on use: it may appear later)
    settle_ns: int


def parse_settings(settings: Mapping[str, Any], known: frozenset[str], base_dir: Path) -> LocalMailSettings:
    """Check the common keys in a fixed order (the first bad key is the one reported);
    `known` is the source's whole key set, so an unknown key is refused first."""
    reject_unknown(settings, known)
    address = settings.get("address")
    if not isinstance(address, str) or "@" not in address:
        raise ConfigError("address", "missing or not an email address", 'write address = "rep@example.com"')
    path = settings.get("path")
    if not isinstance(path, str) or not path.strip():
        raise ConfigError("path", "missing or not a string", 'write path = "mail" (relative to the config file)')
    sent = settings.get("sent_folder")
    if sent is not None and (not isinstance(sent, str) or not sent.strip()):
        raise ConfigError("sent_folder", "must be a folder name or path", 'write sent_folder = "Sent" or remove it')
    settle = settings.get("settle_seconds", DEFAULT_SETTLE_SECONDS)
    if isinstance(settle, bool) or not isinstance(settle, (int, float)) or not 0 <= settle <= 86400:
        raise ConfigError("settle_seconds", "must be a number of seconds from 0 to 86400",
                          f"write settle_seconds = {DEFAULT_SETTLE_SECONDS:g} or remove it")
    return LocalMailSettings(address=address.strip(), path=(Path(base_dir) / path.strip()).resolve(),
                             sent=sent.strip() if sent else None, settle_ns=int(settle * 1e9))


def fingerprint(path: Path) -> str:
    """Ties a cursor to the mailbox it was made for."""
    return hashlib.sha256(str(path).encode()).hexdigest()[:16]


def sent_location(sent: str | None, base_dir: Path, spool_root: Path | None) -> Path | None:
    """A subfolder of the Maildir if one has that name, else a path from the config's folder."""
    if sent is None:
        return None
    if spool_root is not None:
        for name in (sent, "." + sent.lstrip(".")):
            candidate = spool_root / name
            if is_maildir(candidate):
                return candidate.resolve()
    return (Path(base_dir) / sent).resolve()
