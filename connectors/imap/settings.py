"""The IMAP source's settings, checked once when the source is built.

Each problem is a `ConfigError` naming the key, so a bad config fails at startup (exit 2)
before any connection is tried. The keys are documented in `connectors/imap/__init__.py`.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from connectors.settings import reject_unknown
from sync.errors import ConfigError
from sync.secret import Secret

__all__ = ["SETTINGS", "ImapSettings", "Tls", "parse", "PASSWORD_SETTING", "TOKEN_SETTING"]

# Every key the package docstring documents; `address` comes from the mailbox table itself.
SETTINGS = frozenset({"address", "host", "port", "tls", "ca_file", "username", "password",
                      "oauth2_token", "folders", "sent_folder", "lookback_days", "timeout"})
# How an AuthError names the key the admin must fix (as the Gmail source names its own).
PASSWORD_SETTING = "mailboxes[].password"
TOKEN_SETTING = "mailboxes[].oauth2_token"
DEFAULT_LOOKBACK_DAYS = 30
DEFAULT_TIMEOUT = 60.0


class Tls(enum.Enum):
    """How the connection is protected: implicit TLS (993), STARTTLS (143), or not at all."""

    SSL = "ssl"
    STARTTLS = "starttls"
    NONE = "none"


@dataclass(frozen=True, slots=True, kw_only=True)
class ImapSettings:
    """Validated settings. A credential is a `Secret` (resolved by the config loader) or the
    path of a file read at each login, so a token refresher can rewrite it between runs."""

    address: str
    host: str
    port: int
    tls: Tls
    ca_file: Path | None
    username: str
    password: Secret | Path | None
    oauth2_token: Secret | Path | None
    folders: tuple[str, ...]
    sent_folder: str | None
    lookback_days: int
    timeout: float

    def fingerprint(self) -> str:
        """What a cursor is tied to: the server and the account (never a secret); not the
        port, so switching between implicit TLS and STARTTLS keeps the cursor."""
        return f"{self.host.lower()}/{self.username}"


def reveal(value: Secret | Path, key: str) -> str:
    """The credential's text, read from its file each time when it is a path."""
    if isinstance(value, Secret):
        return value.reveal()
    try:
        text = value.read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise ConfigError(key, f"cannot read {str(value)!r} ({exc.strerror})",
                          "create the file or correct the path") from exc
    if not text:
        raise ConfigError(key, f"{str(value)!r} is empty", "put the value in the file")
    return text


def _credential(settings: Mapping[str, Any], key: str, base_dir: Path) -> Secret | Path | None:
    value = settings.get(key)
    if value is None or isinstance(value, Secret):
        return value
    if isinstance(value, str) and value.strip():
        # The config loader lets an inline value through only when it names an existing file.
        path = Path(value.strip()).expanduser()
        path = path if path.is_absolute() else Path(base_dir) / path
        if path.is_file():
            return path
    raise ConfigError(key, "must be a secret reference", f'write {key} = "env:IMAP_{key.upper()}" '
                      f'or "file:PATH" (a file readable only by the worker)')


def _int(settings: Mapping[str, Any], key: str, default: int, low: int, high: int) -> int:
    value = settings.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ConfigError(key, f"must be an integer from {low} to {high}", f"write {key} = {default} or remove it")
    return value


def parse(settings: Mapping[str, Any], *, base_dir: Path) -> ImapSettings:
    """Check every key; the first bad one raises `ConfigError` naming it."""
    reject_unknown(settings, SETTINGS)
    address = settings.get("address")
    if not isinstance(address, str) or "@" not in address:
        raise ConfigError("address", "missing or not an email address", 'write address = "rep@example.com"')
    host = settings.get("host")
    if not isinstance(host, str) or not host.strip() or any(c.isspace() for c in host.strip()):
        raise ConfigError("host", "missing or not a host name", 'write host = "imap.example.com"')
    try:
        tls = Tls(settings.get("tls", "ssl"))
    except ValueError:
        raise ConfigError("tls", "must be \"ssl\", \"starttls\" or \"none\"",
                          'write tls = "ssl" (port 993) or "starttls" (port 143)') from None
    port = _int(settings, "port", 993 if tls is Tls.SSL else 143, 1, 65535)
    ca_file = settings.get("ca_file")
    if ca_file is not None:
        if not isinstance(ca_file, str) or not (Path(base_dir) / ca_file).is_file():
            raise ConfigError("ca_file", "not an existing file",
                              "give the PEM file of the CA that signed the server's certificate")
        if tls is Tls.NONE:
            raise ConfigError("ca_file", 'has no use with tls = "none"', 'use tls = "ssl" or "starttls"')
        ca_file = (Path(base_dir) / ca_file).resolve()
    username = settings.get("username", address)
    if not isinstance(username, str) or not username.strip():
        raise ConfigError("username", "must be the login name", "write username = \"rep@example.com\" or remove "
                          "it to log in as `address`")
    password = _credential(settings, "password", base_dir)
    token = _credential(settings, "oauth2_token", base_dir)
    if (password is None) == (token is None):
        raise ConfigError("password", "give exactly one of password and oauth2_token",
                          'write password = "env:IMAP_PASSWORD", or oauth2_token = "env:IMAP_TOKEN" '
                          "for XOAUTH2 (Microsoft 365, Google Workspace)")
    folders = settings.get("folders", ["INBOX"])
    if (not isinstance(folders, list) or not folders
            or not all(isinstance(f, str) and f.strip() for f in folders)):
        raise ConfigError("folders", "must be a non-empty list of folder names", 'write folders = ["INBOX"]')
    folders = tuple(dict.fromkeys(f.strip() for f in folders))
    sent = settings.get("sent_folder")
    if sent is not None and (not isinstance(sent, str) or not sent.strip()):
        raise ConfigError("sent_folder", "must be a folder name", 'write sent_folder = "Sent" or remove it')
    if sent is not None and sent.strip() in folders:
        raise ConfigError("sent_folder", "is also in folders", "read bounces from other folders than the sent mail")
    timeout = settings.get("timeout", DEFAULT_TIMEOUT)
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or not 1 <= timeout <= 600:
        raise ConfigError("timeout", "must be a number of seconds from 1 to 600",
                          f"write timeout = {DEFAULT_TIMEOUT:g} or remove it")
    return ImapSettings(
        address=address.strip(), host=host.strip(), port=port, tls=tls, ca_file=ca_file,
        username=username.strip(), password=password, oauth2_token=token, folders=folders,
        sent_folder=sent.strip() if sent else None, timeout=float(timeout),
        lookback_days=_int(settings, "lookback_days", DEFAULT_LOOKBACK_DAYS, 1, 3650))
