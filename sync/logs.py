"""Logging for the CLI: human lines on a terminal, JSON lines for cron and log shippers.

Every record passes a redaction filter that removes each resolved `Secret` value (registered
by the CLI after the config loads) and anything shaped like a bearer token or an OAuth/password
parameter, so a connector that puts a URL or a vendor error body in a message cannot leak a
credential. Exceptions: a `SyncError` is our own message, shown as one line; other exceptions
get a one-line summary too, and a traceback only with `--debug`.

JSON lines carry, besides ts/level/logger/msg, the fields of the run they belong to when they
are known: `run_id`, `mailbox`, `contact`, `action`, `outcome` (CONTEXT_FIELDS). The code that
knows a field does not pass it to every log call: it opens `log_context(mailbox=...)` (or
decorates a function with `with_context`) and every line logged inside, by any logger of that
thread, carries it (a `contextvars` variable read by `ContextFilter` on our handler). Each
outbox action's result is one JSON-only line (`log_outcome`); human output stays as it was,
with control characters escaped so a vendor's text cannot forge a line or drive the terminal.
"""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextvars import ContextVar
from datetime import datetime, timezone
from types import MappingProxyType
from typing import Any, TextIO, TypeVar

from sync.errors import SyncError
from sync.sanitize import for_terminal
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
    """`text` with every registered secret (longest first, so one holding another goes whole)
    and every token-shaped value replaced by REDACTED."""
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
        """Redact the record in place; nothing is dropped."""
        record.msg = redact(record.getMessage())
        record.args = ()
        for name, value in list(vars(record).items()):
            if name not in _RECORD_FIELDS and isinstance(value, str):
                setattr(record, name, redact(value))
        return True


class HumanFormatter(logging.Formatter):
    """One line per record for a person at a terminal: the message, sanitised; the level unless
    INFO; an error in one line (its traceback with --debug)."""

    def __init__(self, *, debug: bool) -> None:
        super().__init__()
        self.debug = debug

    def format(self, record: logging.LogRecord) -> str:
        """The record as that line."""
        prefix = "" if record.levelno == logging.INFO else f"{record.levelname.lower()}: "
        line = f"{prefix}{sanitise(record.getMessage())}"
        if record.exc_info and record.exc_info[1] is not None:
            exc = record.exc_info[1]
            if self.debug:
                line += "\n" + self.formatException(record.exc_info)
            elif describe(exc) not in line:
                line += f" ({describe(exc)})"
        return redact(line)


class JsonFormatter(logging.Formatter):
    """One JSON object per record for log collectors: time, level, logger, message, the
    `log_context` fields and an `error`; redacted and safe for a terminal."""

    def __init__(self, *, debug: bool) -> None:
        super().__init__()
        self.debug = debug

    def format(self, record: logging.LogRecord) -> str:
        """The record as that object."""
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
        return redact(for_terminal(json.dumps(entry, default=str, ensure_ascii=False), json=True))


def resolve_format(fmt: str, stream: TextIO) -> str:
    """`auto` is human at a terminal, JSON anywhere else (cron, journald, a pipe)."""
    if fmt == "auto":
        return "human" if _isatty(stream) else "json"
    return fmt


def setup(fmt: str = "auto", *, debug: bool = False, stream: TextIO | None = None) -> logging.Logger:
    """Configure the `bounce_sync` logger (and the root logger's level for libraries).
    Returns the logger the CLI hands to the worker."""
    stream = stream or sys.stderr
    fmt = resolve_format(fmt, stream)
    handler = logging.StreamHandler(stream)
    handler.addFilter(ContextFilter())  # before redaction, so context values are redacted too
    if fmt != "json" and not debug:
        handler.addFilter(_drop_json_only)
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
    # A library's Python warning (google.api_core warns of an ageing Python from a date on)
    # is a log record like any other: a JSON line in JSON mode, never a raw line that breaks
    # a log shipper's parsing.
    logging.captureWarnings(True)
    for name in (LOGGER_NAME, "sync", "connectors", "classifier"):
        logging.getLogger(name).setLevel(logging.DEBUG if debug else logging.INFO)
    return logging.getLogger(LOGGER_NAME)


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


# --------------------------------------------------------------------------- run context

# The fields a run's JSON lines carry when known (README "Logs"); `log_context` takes these.
CONTEXT_FIELDS = ("run_id", "mailbox", "contact", "action", "outcome")
_EMPTY: Mapping[str, str] = MappingProxyType({})
_context: ContextVar[Mapping[str, str]] = ContextVar("bounce_sync_log_context", default=_EMPTY)
_F = TypeVar("_F", bound=Callable[..., Any])
# A record with this attribute set is for JSON output only (one line per outbox action):
# a person at a terminal sees the batch line instead, unless --debug.
_JSON_ONLY = "_json_only"


@contextlib.contextmanager
def log_context(**fields: object) -> Iterator[None]:
    """Every line logged inside the block (by any logger, in this thread or task) carries
    `fields` in JSON output; nested blocks add to the outer one's fields and restore them on
    the way out. None values are left out. Only CONTEXT_FIELDS are accepted, so a typo
    cannot start a field no log query knows."""
    unknown = set(fields) - set(CONTEXT_FIELDS)
    if unknown:
        raise ValueError(f"unknown log context field(s): {', '.join(sorted(unknown))}")
    merged = {**_context.get(), **{k: str(v) for k, v in fields.items() if v is not None}}
    token = _context.set(MappingProxyType(merged))
    try:
        yield
    finally:
        _context.reset(token)


def with_context(fields_of: Callable[..., Mapping[str, object]]) -> Callable[[_F], _F]:
    """A decorator: the function runs inside `log_context(**fields_of(*args, **kwargs))`, so
    a call site that knows the mailbox needs one line, not an indented block."""
    def decorate(func: _F) -> _F:
        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            with log_context(**fields_of(*args, **kwargs)):
                return func(*args, **kwargs)
        return wrapper  # type: ignore[return-value]
    return decorate


def current_context() -> dict[str, str]:
    """The fields the next log line would carry (for tests and for the run report)."""
    return dict(_context.get())


class ContextFilter(logging.Filter):
    """Puts the `log_context` fields on each record; a field the call passed itself (`extra=`)
    wins over the context's."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Add the context's fields; nothing is dropped."""
        for name, value in _context.get().items():
            if name not in vars(record):
                setattr(record, name, value)
        return True


def _drop_json_only(record: logging.LogRecord) -> bool:
    return not getattr(record, _JSON_ONLY, False)


def action_fields(action: Any, outcome: str) -> dict[str, str]:
    """`extra=` for a line about one outbox action: its contact (the CRM's id, never the
    address), its kind and what became of it."""
    return {"contact": str(action.contact.id), "action": type(action).__name__, "outcome": outcome}


def log_outcome(log: logging.Logger, action: Any, result: Any, final_state: str) -> None:
    """One JSON line per outbox action applied (`event: "action"`): contact, action and
    outcome (done, skipped, retry, failed) with the key and the error, if any. Human output
    leaves it out (it has the batch line and the failures) unless --debug."""
    if final_state == "done":
        outcome = getattr(getattr(result, "outcome", None), "value", "done")
    else:
        outcome = "retry" if final_state == "waiting" else final_state
    extra: dict[str, Any] = {**action_fields(action, outcome), "event": "action", "key": action.key,
                             _JSON_ONLY: True}
    error = getattr(result, "error", None)
    if error and outcome != "done":
        extra["error"] = error
    log.info("%s %s %s: %s", type(action).__name__, action.contact.object_type, action.contact.id,
             outcome, extra=extra)


# --------------------------------------------------------------------------- sanitising


def sanitise(text: str) -> str:
    """`text` on one line, every control character shown as an escape (`\\n`, `\\x1b`):
    the terminal rule of sync/sanitize.py (its one home), kept here under its old name."""
    return for_terminal(text)
