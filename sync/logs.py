"""Logging for the CLI: human lines on a terminal, JSON lines for cron and log shippers.

Every record passes a redaction filter that removes each resolved `Secret` value (registered
by the CLI after the config loads) and anything shaped like a bearer token or an OAuth/password
parameter, so a connector that puts a URL or a vendor error body in a message cannot leak a
credential. Exceptions: a `SyncError` is our own message, shown as one line; other exceptions
get a one-line summary too, and a traceback only with `--debug`.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Iterable
from datetime import datetime, timezone
from typing import Any, TextIO

from sync.errors import SyncError
from sync.secret import Secret

LOGGER_NAME = "bounce_sync"
REDACTED = "[redacted]"

# Shapes that are secrets whatever their source: Authorization headers, OAuth and password
# parameters in URLs, form bodies and JSON bodies.
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?i)\b(bearer|basic|oauth)\s+[A-Za-z0-9._~+/=-]{8,}"), rf"\1 {REDACTED}"),
    (re.compile(r"(?i)\b((?:access|refresh|id)_token|token|client_secret|password|assertion|api_?key|"
                r"security_token|sessionid|hapikey)=[^&\s\"']+"), rf"\1={REDACTED}"),
    (re.compile(r"(?i)(\"(?:access|refresh|id)_token\"|\"client_secret\"|\"password\"|\"private_key\"|"
                r"\"sessionId\"|\"api_?key\")\s*:\s*\"[^\"]*\""), rf'\1: "{REDACTED}"'),
    (re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----.*?(-----END [A-Z ]*PRIVATE KEY-----|$)", re.S),
     f"{REDACTED} private key"),
    (re.compile(r"(?i)(://[^/\s:@]+:)[^@/\s]+@"), rf"\1{REDACTED}@"),  # user:password@host
)

_secret_values: set[str] = set()

# Fields a LogRecord always has; anything else came from `extra=` and goes into JSON output.
_RECORD_FIELDS = frozenset(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {"message", "asctime"}


def register_secrets(secrets: Iterable[Secret | str]) -> None:
    """Remember values to remove from every log line and printed output from now on."""
    for secret in secrets:
        value = secret.reveal() if isinstance(secret, Secret) else secret
        if value and len(value) >= 4:  # shorter values would shred ordinary words
            _secret_values.add(value)
            # A JSON credentials file also leaks through its parts: redact long string values.
            for part in re.findall(r'"([^"\\]{12,})"', value):
                if not part.startswith(("http://", "https://")) and "@" not in part:
                    _secret_values.add(part)


def redact(text: str) -> str:
    for value in sorted(_secret_values, key=len, reverse=True):
        if value in text:
            text = text.replace(value, REDACTED)
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


def describe(exc: BaseException) -> str:
    """One line for an exception: our message for SyncError, type and message otherwise."""
    if isinstance(exc, SyncError):
        text = str(exc)
    else:
        text = f"{type(exc).__name__}: {exc}"
    return redact(" ".join(text.split()))


class RedactFilter(logging.Filter):
    """Renders the message once, redacted, so no handler sees a secret in msg, args or extra."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = ()
        for name, value in list(vars(record).items()):
            if name not in _RECORD_FIELDS and isinstance(value, str):
                setattr(record, name, redact(value))
        return True


class HumanFormatter(logging.Formatter):
    def __init__(self, *, debug: bool) -> None:
        super().__init__()
        self.debug = debug

    def format(self, record: logging.LogRecord) -> str:
        prefix = "" if record.levelno == logging.INFO else f"{record.levelname.lower()}: "
        line = f"{prefix}{record.getMessage()}"
        if record.exc_info and record.exc_info[1] is not None:
            exc = record.exc_info[1]
            if self.debug:
                line += "\n" + self.formatException(record.exc_info)
            elif describe(exc) not in line:
                line += f" ({describe(exc)})"
        return redact(line)


class JsonFormatter(logging.Formatter):
    def __init__(self, *, debug: bool) -> None:
        super().__init__()
        self.debug = debug

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        for name, value in vars(record).items():
            if name not in _RECORD_FIELDS and not name.startswith("_"):
                entry[name] = value
        if record.exc_info and record.exc_info[1] is not None:
            entry["error"] = describe(record.exc_info[1])
            if self.debug:
                entry["traceback"] = self.formatException(record.exc_info)
        return redact(json.dumps(entry, default=str, ensure_ascii=False))


def resolve_format(fmt: str, stream: TextIO) -> str:
    if fmt == "auto":
        return "human" if _isatty(stream) else "json"
    return fmt


def setup(fmt: str = "auto", *, debug: bool = False, stream: TextIO | None = None) -> logging.Logger:
    """Configure the `bounce_sync` logger (and the root logger's level for libraries).
    Returns the logger the CLI hands to the worker."""
    stream = stream or sys.stderr
    fmt = resolve_format(fmt, stream)
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactFilter())
    handler.setFormatter(JsonFormatter(debug=debug) if fmt == "json" else HumanFormatter(debug=debug))
    root = logging.getLogger()
    for old in list(root.handlers):
        if getattr(old, "_bounce_sync", False):
            root.removeHandler(old)
    handler._bounce_sync = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    # Libraries (googleapiclient, urllib3, simple_salesforce) only say warnings and worse,
    # unless asked for everything; our own logger says what the run does.
    root.setLevel(logging.DEBUG if debug else logging.WARNING)
    for name in (LOGGER_NAME, "sync", "connectors", "classifier"):
        logging.getLogger(name).setLevel(logging.DEBUG if debug else logging.INFO)
    return logging.getLogger(LOGGER_NAME)


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
