"""How the `bounce-sync` commands say things: one result on stdout, as lines for people or
one JSON object for machines (`--log-format`), secrets redacted on the way out; the
`ok`/`FAIL` lines of `check` and `setup` with the fix under a failure; `status`'s nested
figures as indented lines; the backfill's progress bar. Logs go to stderr (sync/logs.py).
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

import click

from sync import logs
from sync.records import AlertKind
from sync.sanitize import for_terminal

if TYPE_CHECKING:  # pragma: no cover
    from sync import config as config_mod
    from sync.cli.app import Settings


def echo(text: str = "", *, err: bool = False, json_line: bool = False) -> None:
    """click.echo, redacted, and shown safely (sync/sanitize.py `for_terminal`): a secret
    that reached a message never reaches the terminal, nor does a control character or an
    escape sequence from mail text (each line of `text` stays a line; `json_line`: one JSON
    document, kept valid)."""
    if json_line:
        safe = for_terminal(text, json=True)
    else:
        safe = "\n".join(for_terminal(line) for line in text.split("\n"))
    click.echo(logs.redact(safe), err=err)


def emit(settings: Settings, human: Sequence[str], data: dict[str, Any]) -> None:
    """The result of a command on stdout: lines for people, one JSON object otherwise."""
    if settings.json:
        echo(json.dumps(data, default=str, ensure_ascii=False), json_line=True)
    else:
        for line in human:
            echo(line)


@contextlib.contextmanager
def progress_bar(settings: Settings) -> Iterator[Callable[[int], None] | None]:
    """A progress bar on a terminal's stderr (rich): messages read so far, their rate and the
    time taken (the total is unknown until every mailbox is read). Log lines are printed
    above the bar, never over it: while the bar shows, our log handler writes through
    rich's console. The callback takes the messages each recorded page held."""
    if settings.json or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    console = Console(file=sys.stderr)
    # The total is unknown until every mailbox is read: a count, not "n of m".
    bar = Progress(SpinnerColumn(), TextColumn("backfill: {task.completed:.0f} messages read"),
                   TimeElapsedColumn(), console=console, transient=False,
                   redirect_stderr=False, redirect_stdout=False)
    handlers = [h for h in logging.getLogger().handlers if getattr(h, "_bounce_sync", False)]
    streams = [h.setStream(_ConsoleStream(console)) for h in handlers]  # type: ignore[attr-defined]
    task = bar.add_task("backfill", total=None)
    try:
        with bar:
            yield lambda n: bar.advance(task, max(0, n))
    finally:
        for handler, stream in zip(handlers, streams):
            handler.setStream(stream)  # type: ignore[attr-defined]


class _ConsoleStream:
    """A text stream for a logging handler that prints whole lines through a rich console,
    which draws them above its live progress bar."""

    def __init__(self, console: Any) -> None:
        self.console = console
        self._pending = ""

    def write(self, text: str) -> int:
        self._pending += text
        *lines, self._pending = self._pending.split("\n")
        for line in lines:
            self.console.print(line, markup=False, highlight=False, soft_wrap=True)
        return len(text)

    def flush(self) -> None:
        if self._pending:
            self.console.print(self._pending, markup=False, highlight=False, soft_wrap=True)
            self._pending = ""


# A failure that is the network's, not a setting's (the connectors' and libraries' wording).
_UNREACHABLE = re.compile(r"(?i)connection (refused|reset|aborted)|NewConnectionError|timed? ?out|"
                          r"name or service not known|temporary failure in name resolution|no answer|"
                          r"gave up|server error|\b50[234]\b")


def alert_line(alert: Any) -> str:
    """One open alert: when, which mailbox, what kind (and reason), and its message."""
    return (f"{alert.at.isoformat()} {alert.mailbox} {alert.kind}"
            f"{'' if alert.kind == AlertKind.BOUNCE_RATE else ' ' + alert.reason}: {alert.message}")


def fix_for(item: Any, fix: str | None) -> str | None:
    """The fix to print under a failed item; a failure that reads like the network's gets
    "check the network" first, since no setting fixes an outage."""
    if item.ok or not fix:
        return None
    if _UNREACHABLE.search(item.detail or ""):
        return ("the service did not answer (network, firewall, proxy or an outage): check that this "
                f"host can reach it and run `bounce-sync check` again; otherwise: {fix}")
    return fix


def item_lines(item: Any, fix: str | None) -> list[str]:
    """`ok   name: detail` or `FAIL name: detail`, and under a failure the fix."""
    lines = [f"{'ok  ' if item.ok else 'FAIL'} {item.name}{': ' + item.detail if item.detail else ''}"]
    fix = fix_for(item, fix)
    if fix:
        lines.append(f"     fix: {fix}")
    return lines


def item_dict(item: Any, fix: str | None = None) -> dict[str, Any]:
    """An item as the JSON output carries it (the fix included, as in the lines)."""
    return {"name": item.name, "ok": item.ok, "detail": item.detail, "fix": fix_for(item, fix)}


def safe_url(cfg: config_mod.Config) -> str:
    """The state URL fit to print: redacted when it was given as a secret reference."""
    text = cfg.state_url_text()
    return logs.redact(text) if not isinstance(cfg.state_url, str) else text


def jsonable(value: Any) -> Any:
    """Plain JSON types from the store's status (dates, enums, records with to_dict), so
    `--log-format json` and the human tree print the same values."""
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if isinstance(value, datetime):
        return value.isoformat()
    if hasattr(value, "to_dict"):
        return jsonable(value.to_dict())
    if hasattr(value, "value") and not isinstance(value, (str, int, float)):
        return value.value
    return value


def tree_lines(value: Any, indent: int = 0) -> Iterator[str]:
    """A nested status dict as indented `key: value` lines."""
    pad = "  " * indent
    value = jsonable(value)
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, (dict, list)) and item:
                yield f"{pad}{key}:"
                yield from tree_lines(item, indent + 1)
            else:
                yield f"{pad}{key}: {scalar(item)}"
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, dict):
                first, *rest = list(tree_lines(item, indent + 1)) or [""]
                yield f"{pad}- {first.strip()}"
                yield from rest
            else:
                yield f"{pad}- {scalar(item)}"
    else:
        yield f"{pad}{scalar(value)}"


def scalar(value: Any) -> str:
    """One value of the human tree: `-` for nothing, `none` for an empty list or table."""
    if value is None:
        return "-"
    if isinstance(value, (dict, list)):
        return "none"
    return str(value)

