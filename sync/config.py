"""Load and validate the one TOML config file.

Shape (every key is documented in README.md, "Configuration reference"):

    [state]
    url = "sqlite:///bounce-sync.sqlite3"      # relative to the config's folder; or postgresql://...

    [[mailboxes]]
    name = "sales"                              # unique
    source = "gmail"                            # an entry point in bounce_sync.mail_sources
    address = "sales@example.com"
    paused = false                              # optional
    provider = "google"                         # optional: who writes its notices (PROVIDERS)
    ...                                         # the connector's own keys

    [crm]
    connector = "hubspot"                       # an entry point in bounce_sync.crm_connectors
    ...                                         # the connector's own keys (objects, field mapping)

    [policy]                                    # maps 1:1 onto sync.policy.Policy
    soft_bounce_threshold = 3

Secrets are references: `env:NAME` or `file:PATH` (relative to the config's folder), resolved
into `sync.secret.Secret` by sync/config_secrets.py. An inline value for a secret-looking key
is refused, unless it is the path of an existing file (a credentials file the connector reads
itself).

The file is UTF-8, with or without a byte-order mark, LF or CRLF line endings;
`sync.config_syntax` turns an encoding or TOML syntax error into the line, the column, the
problem in plain words and the fix.

Every problem is one `ConfigError(key, problem, fix)` naming the key as a path
(`mailboxes[0].credentials`), so the CLI can print one line and exit 2. Connector-specific keys
are checked by the connector's constructor; `build_crm` / `build_sources` prefix the keys of
the errors they raise with the table they came from.
"""

from __future__ import annotations

import dataclasses
import os
import re
import types
import typing
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from connectors import registry
from sync import config_syntax
from sync.config_secrets import Resolver
from sync.errors import ConfigError
from sync.secret import Secret

DEFAULT_PATH = "bounce-sync.toml"
ENV_CONFIG = "BOUNCE_SYNC_CONFIG"
DEFAULT_STATE_URL = "sqlite:///bounce-sync.sqlite3"

_TOP_KEYS = frozenset({"state", "mailboxes", "crm", "policy"})
_STATE_KEYS = frozenset({"url"})
# Mailbox keys the worker reads; the rest belongs to the source connector.
_MAILBOX_OWN_KEYS = frozenset({"name", "source", "paused", "provider"})
# Whose servers write a mailbox's delivery notices (the trust rules, sync/planner/trust.py).
PROVIDERS = {"google": "Gmail or Google Workspace, whatever the source reads it with",
             "domain": "the mail servers of the mailbox's own domain"}

_MAILBOX_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.@+-]*")


@dataclass(frozen=True, slots=True, kw_only=True)
class MailboxConfig:
    """One `[[mailboxes]]` table: what the worker reads itself, and the rest for its source."""

    name: str
    source: str  # connector name in bounce_sync.mail_sources
    paused: bool
    settings: Mapping[str, Any]  # handed to the connector (address included)
    key: str  # "mailboxes[0]", for error messages
    provider: str | None = None  # a key of PROVIDERS; None: Google for gmail, else by address


@dataclass(frozen=True, slots=True, kw_only=True)
class CrmConfig:
    """The `[crm]` table: which connector, and its own keys (references resolved)."""

    connector: str  # connector name in bounce_sync.crm_connectors
    settings: Mapping[str, Any]


@dataclass(frozen=True, slots=True, kw_only=True)
class Config:
    """The whole config file, validated and resolved: what a command runs with."""

    path: Path
    base_dir: Path
    state_url: str | Secret  # a Secret when it came from a reference (it may hold a password)
    mailboxes: tuple[MailboxConfig, ...]
    crm: CrmConfig
    policy: Any  # sync.policy.Policy
    secrets: tuple[Secret, ...]  # every resolved secret, for the log redaction filter

    def state_url_text(self) -> str:
        """The state URL as the store opens it (revealed where it came from a reference)."""
        return self.state_url.reveal() if isinstance(self.state_url, Secret) else self.state_url


# --------------------------------------------------------------------------- entry points


def default_path() -> Path:
    """Where the config is when --config is not given: BOUNCE_SYNC_CONFIG, else
    ./bounce-sync.toml."""
    return Path(os.environ.get(ENV_CONFIG) or DEFAULT_PATH)


def load(path: str | os.PathLike[str] | None = None) -> Config:
    """Read, validate and resolve the config file. Raises ConfigError."""
    path = Path(path) if path is not None else default_path()
    try:
        text = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError("config", f"file {str(path)!r} not found",
                          f"pass --config PATH or set {ENV_CONFIG}; "
                          "examples/bounce-sync.toml is a working start") from None
    except OSError as exc:
        raise ConfigError("config", f"cannot read {str(path)!r} ({exc.strerror})",
                          "check the path and its permissions") from None
    data = config_syntax.read(text, str(path))  # BOM, encodings and syntax errors explained
    return parse(data, path=path.resolve())


def state_only(path: str | os.PathLike[str] | None = None) -> tuple[str, Path, tuple[Secret, ...]] | None:
    """(state URL, base folder, its secrets) of a config that does not load as a whole (a
    variable is missing): where a failed run is still recorded. None if unreadable too."""
    path = Path(path if path is not None else default_path()).resolve()
    try:
        resolver = Resolver(path.parent)
        state = _table(config_syntax.read(path.read_bytes(), str(path)), "state", "state", required=False)
        url = _state_url(state.get("url", DEFAULT_STATE_URL), resolver)
    except (ConfigError, OSError):
        return None
    return (url.reveal() if isinstance(url, Secret) else url), path.parent, tuple(resolver.secrets)


def parse(data: Mapping[str, Any], *, path: Path) -> Config:
    """Validate an already-parsed TOML document (split from `load` for tests)."""
    base_dir = path.parent
    resolver = Resolver(base_dir)
    _no_unknown(data, _TOP_KEYS, "", "remove it (top-level tables are state, mailboxes, crm, policy)")

    state = _table(data, "state", "state", required=False)
    _no_unknown(state, _STATE_KEYS, "state.", "remove it ([state] has only `url`)")
    state_url = _state_url(state.get("url", DEFAULT_STATE_URL), resolver)

    mailboxes = _mailboxes(data.get("mailboxes"), resolver)
    crm = _crm(_table(data, "crm", "crm", required=True), resolver)
    policy = _policy(_table(data, "policy", "policy", required=False))
    return Config(path=path, base_dir=base_dir, state_url=state_url, mailboxes=mailboxes,
                  crm=crm, policy=policy, secrets=tuple(resolver.secrets))


def build_sources(config: Config, *, only: Sequence[str] = ()) -> list[tuple[MailboxConfig, Any]]:
    """(mailbox config, ready MailSource) per configured mailbox, or only those named."""
    unknown = [n for n in only if n not in {m.name for m in config.mailboxes}]
    if unknown:
        names = ", ".join(m.name for m in config.mailboxes) or "none configured"
        raise ConfigError("--mailbox", f"no mailbox named {unknown[0]!r}", f"use one of: {names}")
    built = []
    for mailbox in config.mailboxes:
        if only and mailbox.name not in only:
            continue
        cls = _connector_class(registry.MAIL_SOURCES, mailbox.source, f"{mailbox.key}.source")
        built.append((mailbox, _construct(cls, mailbox.settings, config.base_dir, mailbox.key)))
    return built


def crm_class(config: Config) -> Any:
    """The configured CRM connector's class: what it declares (sync.ports), unbuilt."""
    return _connector_class(registry.CRM_CONNECTORS, config.crm.connector, "crm.connector")


def build_crm(config: Config) -> Any:
    """The ready CrmConnector."""
    return _construct(crm_class(config), config.crm.settings, config.base_dir, "crm")


# --------------------------------------------------------------------------- tables


def _table(data: Mapping[str, Any], name: str, key: str, *, required: bool) -> Mapping[str, Any]:
    value = data.get(name)
    if value is None:
        if required:
            raise ConfigError(key, f"the [{name}] table is missing", f"add a [{name}] table (see README)")
        return {}
    if not isinstance(value, Mapping):
        raise ConfigError(key, f"must be a table, not {_type_name(value)}", f"write it as [{name}]")
    return value


def _no_unknown(table: Mapping[str, Any], known: frozenset[str], prefix: str, fix: str) -> None:
    for name in table:
        if name not in known:
            raise ConfigError(f"{prefix}{name}", "unknown key", fix)


def _state_url(value: Any, resolver: Resolver) -> str | Secret:
    resolved = resolver.value(value, "state.url", secret=True, allow_inline=True)
    text = resolved.reveal() if isinstance(resolved, Secret) else resolved
    if not isinstance(text, str) or not text:
        raise ConfigError("state.url", f"must be a string, not {_type_name(value)}",
                          'write url = "sqlite:///bounce-sync.sqlite3" or a postgresql:// URL')
    scheme = text.split(":", 1)[0].lower()
    if scheme not in {"sqlite", "postgresql", "postgres"}:
        raise ConfigError("state.url", f"unsupported scheme {scheme!r}",
                          "use sqlite:///PATH (relative to the config's folder) or postgresql://...")
    if isinstance(resolved, Secret):
        return resolved  # from a reference: a password in it is fine, the value stays hidden
    if urlsplit(resolved).password:
        raise ConfigError("state.url", "the URL holds a password inline",
                          "move the whole URL into an environment variable and write url = \"env:NAME\"")
    return resolved


def _mailboxes(value: Any, resolver: Resolver) -> tuple[MailboxConfig, ...]:
    if value is None:
        raise ConfigError("mailboxes", "no mailbox is configured",
                          "add at least one [[mailboxes]] table with name, source and address")
    if not isinstance(value, list) or not all(isinstance(m, Mapping) for m in value):
        raise ConfigError("mailboxes", "must be an array of tables", "write each mailbox as [[mailboxes]]")
    if not value:
        raise ConfigError("mailboxes", "no mailbox is configured", "add at least one [[mailboxes]] table")
    seen: dict[str, str] = {}
    result = []
    for index, table in enumerate(value):
        key = f"mailboxes[{index}]"
        name = _required_str(table, "name", key)
        if not _MAILBOX_NAME.fullmatch(name):
            raise ConfigError(f"{key}.name", f"{name!r} is not a usable name",
                              "use letters, digits and . _ - @ + (it appears in logs and metrics)")
        if name in seen:
            raise ConfigError(f"{key}.name", f"duplicate mailbox name {name!r} (also {seen[name]})",
                              "give every mailbox its own name")
        seen[name] = key
        source = _required_str(table, "source", key)
        _require_installed(registry.MAIL_SOURCES, source, f"{key}.source")
        _required_str(table, "address", key)
        paused = table.get("paused", False)
        if not isinstance(paused, bool):
            raise ConfigError(f"{key}.paused", f"must be true or false, not {_type_name(paused)}",
                              "write paused = true or paused = false")
        settings = {k: resolver.value(v, f"{key}.{k}") for k, v in table.items()
                    if k not in _MAILBOX_OWN_KEYS}
        result.append(MailboxConfig(name=name, source=source, paused=paused,
                                    settings=types.MappingProxyType(settings), key=key,
                                    provider=_provider(table.get("provider"), source, key)))
    return tuple(result)


def _provider(value: Any, source: str, key: str) -> str | None:
    """The mailbox's `provider`: who writes its delivery notices (a sender-side notice pages
    only when it comes from there; a reply's Authentication-Results count only when written
    there). A Google Workspace mailbox read over IMAP or Maildir says "google"."""
    if value is None:
        return None
    choices = "; ".join(f'"{k}" ({v})' for k, v in PROVIDERS.items())
    if not isinstance(value, str) or value.strip().lower() not in PROVIDERS:
        shown = repr(value) if isinstance(value, str) else _type_name(value)
        raise ConfigError(f"{key}.provider", f"{shown} is not a provider bounce-sync knows",
                          f"use {choices}, or remove it (gmail: google; others: by the address)")
    provider = value.strip().lower()
    if source == "gmail" and provider != "google":
        raise ConfigError(f"{key}.provider", f"a gmail mailbox's notices come from Google, not {provider!r}",
                          'remove provider, or write provider = "google"')
    return provider


def _crm(table: Mapping[str, Any], resolver: Resolver) -> CrmConfig:
    connector = _required_str(table, "connector", "crm")
    _require_installed(registry.CRM_CONNECTORS, connector, "crm.connector")
    settings = {k: resolver.value(v, f"crm.{k}") for k, v in table.items() if k != "connector"}
    return CrmConfig(connector=connector, settings=types.MappingProxyType(settings))


def _required_str(table: Mapping[str, Any], name: str, key: str) -> str:
    value = table.get(name)
    if value is None:
        raise ConfigError(f"{key}.{name}", "missing", f"add {name} = \"...\" to that table")
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{key}.{name}", f"must be a non-empty string, not {_type_name(value)}",
                          f"write {name} = \"...\"")
    return value.strip()


def _require_installed(group: str, name: str, key: str) -> None:
    known = registry.available(group)
    if name not in known:
        raise ConfigError(key, f"no connector named {name!r} is installed",
                          f"use one of: {', '.join(known) or 'none installed'} "
                          "(`bounce-sync connectors` lists them)")


# --------------------------------------------------------------------------- policy


def _policy(table: Mapping[str, Any]) -> Any:
    from sync.policy import Policy  # sync-core's module; imported late so config errors come first

    fields = {f.name: f for f in dataclasses.fields(Policy)}
    hints = typing.get_type_hints(Policy)
    values: dict[str, Any] = {}
    for name, value in table.items():
        key = f"policy.{name}"
        if name not in fields:
            raise ConfigError(key, "unknown policy key",
                              f"remove it; policy keys are: {', '.join(sorted(fields))}")
        values[name] = _coerce(value, hints[name], key, default=fields[name].default)
    try:
        return Policy(**values)
    except (ValueError, TypeError) as exc:
        bad = next((n for n in values if n in str(exc)), None)
        raise ConfigError(f"policy.{bad}" if bad else "policy", str(exc),
                          "see the [policy] section of the README for allowed values") from None


def _coerce(value: Any, hint: Any, key: str, *, default: Any) -> Any:
    """Check a TOML value against the Policy field's annotation."""
    example = f" (default {default!r})" if default is not dataclasses.MISSING else ""
    origin = typing.get_origin(hint)
    if hint is bool:
        if isinstance(value, bool):
            return value
        raise ConfigError(key, f"must be true or false, not {_type_name(value)}", f"write true or false{example}")
    if hint is int:
        if isinstance(value, int) and not isinstance(value, bool):
            if value < 0:
                raise ConfigError(key, f"must not be negative (got {value})", f"use 0 or more{example}")
            return value
        raise ConfigError(key, f"must be a whole number, not {_type_name(value)}", f"write a number{example}")
    if hint is float:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            if value < 0:
                raise ConfigError(key, f"must not be negative (got {value})", f"use 0 or more{example}")
            return float(value)
        raise ConfigError(key, f"must be a number, not {_type_name(value)}", f"write a number{example}")
    if hint is str:
        if isinstance(value, str):
            return value
        raise ConfigError(key, f"must be a string, not {_type_name(value)}", f"write it in quotes{example}")
    if origin is typing.Literal:
        allowed = typing.get_args(hint)
        if value in allowed:
            return value
        raise ConfigError(key, f"{value!r} is not allowed", f"use one of: {', '.join(map(repr, allowed))}")
    if origin in (tuple, list, frozenset, set):
        if not isinstance(value, list):
            raise ConfigError(key, f"must be an array, not {_type_name(value)}", f"write [ ... ]{example}")
        args = [a for a in typing.get_args(hint) if a is not Ellipsis]
        items = [_coerce(v, args[0], f"{key}[{i}]", default=dataclasses.MISSING) if args else v
                 for i, v in enumerate(value)]
        return origin(items) if origin is not list else items
    if origin in (typing.Union, types.UnionType):
        args = typing.get_args(hint)
        if type(None) in args and value is None:
            return None
        for arg in args:
            if arg is type(None):
                continue
            try:
                return _coerce(value, arg, key, default=default)
            except ConfigError:
                continue
        raise ConfigError(key, f"has the wrong type ({_type_name(value)})", f"see the README{example}")
    return value  # an annotation we do not know: Policy validates it


# --------------------------------------------------------------------------- connectors


def _connector_class(group: str, name: str, key: str) -> Any:
    try:
        return registry.load(group, name)
    except ConfigError as exc:
        raise ConfigError(key, exc.problem, exc.fix) from None


def _construct(cls: Any, settings: Mapping[str, Any], base_dir: Path, prefix: str) -> Any:
    try:
        return cls(settings, base_dir=base_dir)
    except ConfigError as exc:
        key = exc.key if exc.key.startswith(prefix) else f"{prefix}.{exc.key}"
        raise ConfigError(key, exc.problem, exc.fix) from None


def _type_name(value: Any) -> str:
    return {bool: "a boolean", int: "a number", float: "a number", str: "a string",
            list: "an array", dict: "a table"}.get(type(value), type(value).__name__)
