"""Secret references in the config file: `env:NAME` and `file:PATH` resolved into
`sync.secret.Secret` (kept for the log redaction filter), and a secret written inline
refused with the fix. Which keys hold secrets is decided by their last word (token,
password, secret, private_key, credentials, ...), so a connector's new key is covered
without a list to keep; URLs and ids are not secrets."""

from __future__ import annotations

import os
import re
import types
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sync.errors import ConfigError
from sync.secret import Secret

# A key whose last word looks like one of these holds a secret (client_secret, api_token,
# private_key, credentials_file, security_token, ...). URLs and ids are not secrets.
_SECRET_KEY = re.compile(r"(token|password|passwd|secret|private_?key|credentials|api_?key|passphrase)",
                         re.IGNORECASE)
_NOT_SECRET_KEY = re.compile(r"(_url|_uri|_id|_scopes?)$", re.IGNORECASE)
_LOOKS_LIKE_PATH = re.compile(r"([/\\]|\.(json|pem|key|p12|txt|secret|token)$)", re.IGNORECASE)
_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class Resolver:
    """Resolves `env:` / `file:` references and refuses inline secrets, for one config file
    (relative paths start at its folder); `secrets` collects every secret it resolved."""

    def __init__(self, base_dir: Path) -> None:
        self.base_dir = base_dir
        self.secrets: list[Secret] = []

    def value(self, value: Any, key: str, *, secret: bool | None = None, allow_inline: bool = False) -> Any:
        """`value` of config key `key` with its references resolved (tables and arrays
        within it too); a secret as a `Secret`. `secret` overrides the guess from the key's
        name; `allow_inline` accepts a secret written in the file (a path, say)."""
        last = key.rsplit(".", 1)[-1].split("[", 1)[0]
        is_secret = secret if secret is not None else (
            last.lower() == "session_id"  # a Salesforce session is a credential despite its _id
            or (bool(_SECRET_KEY.search(last)) and not _NOT_SECRET_KEY.search(last)))
        if isinstance(value, Mapping):
            return types.MappingProxyType({k: self.value(v, f"{key}.{k}") for k, v in value.items()})
        if isinstance(value, list):
            # Arrays stay lists, as TOML gives them and as connectors check them (`folders`,
            # `objects`, ...); a tuple here made `maildir` refuse every `folders` value.
            return [self.value(v, f"{key}[{i}]", secret=is_secret) for i, v in enumerate(value)]
        if not isinstance(value, str):
            return value
        if value.startswith("env:"):
            return self._env(value[4:], key, is_secret)
        if value.startswith("file:"):
            return self._file(value[5:], key, is_secret)
        if is_secret and not allow_inline:
            return self._inline(value, key)
        return value

    def _keep(self, text: str, source: str, is_secret: bool) -> str | Secret:
        if not is_secret:
            return text
        secret = Secret(text, source)
        self.secrets.append(secret)
        return secret

    def _env(self, name: str, key: str, is_secret: bool) -> str | Secret:
        if not _ENV_NAME.fullmatch(name):
            raise ConfigError(key, f"env:{name} is not a valid environment variable name",
                              "write env:NAME with letters, digits and underscores")
        text = os.environ.get(name)
        if text is None:
            raise ConfigError(key, f"environment variable {name} is not set",
                              f"export {name}=... in the environment that runs bounce-sync")
        if not text.strip():
            raise ConfigError(key, f"environment variable {name} is empty", f"give {name} its value")
        return self._keep(text.strip(), f"env:{name}", is_secret)

    def _file(self, raw_path: str, key: str, is_secret: bool) -> str | Secret:
        path = self._path(raw_path)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise ConfigError(key, f"file {str(path)!r} not found",
                              "create it or correct the path (relative paths start at the config's folder)") from None
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
            raise ConfigError(key, f"cannot read {str(path)!r} ({reason})",
                              "make it readable by the user that runs bounce-sync") from None
        if not text.strip():
            raise ConfigError(key, f"file {str(path)!r} is empty", "put the value in the file")
        return self._keep(text.strip(), f"file:{raw_path}", is_secret)

    def _inline(self, value: str, key: str) -> str:
        # A path to a credentials file the connector reads itself is fine; the secret is the
        # file's content, not its name.
        if self._path(value).is_file():
            return value
        if _LOOKS_LIKE_PATH.search(value):
            raise ConfigError(key, f"file {str(self._path(value))!r} not found",
                              "create it or correct the path (relative paths start at the config's folder)")
        env_name = re.sub(r"[^A-Z0-9]+", "_", key.upper()).strip("_")
        raise ConfigError(key, "secret written inline in the config file",
                          f'put it in an environment variable and write "env:{env_name}", '
                          'or in a file readable only by the worker and write "file:PATH"')

    def _path(self, raw: str) -> Path:
        path = Path(raw).expanduser()
        return path if path.is_absolute() else self.base_dir / path
