"""The metrics file on disk: written atomically, read back for the counters' totals, locked
while a run reads and rewrites it.

Why the counters' memory is the previous file and not the state store:
- A Prometheus counter belongs to one scrape target. Each machine's file counts the runs of
  that machine, so `sum(rate(...))` over machines is right; totals read from a state store
  shared by several workers would be the same global figure on every machine (summing them
  counts each run once per machine), and two workers finishing together would race on them.
- The run that most needs its file written is often failing because of the store (PostgreSQL
  unreachable, a read-only or corrupt SQLite file). Totals that live in the file are carried
  on by such a run; totals read from the store would vanish from its file or drop to zero.
- A lost file (a new machine, a cleaned folder, a changed `--metrics-file`) restarts the
  counters at zero, the one kind of reset `rate()` and `increase()` are built for (it looks
  like a restarted process), and `bounce_sync_counters_since_timestamp_seconds` shows it.

So a counter never goes backwards: each run adds its own non-negative figures to the totals it
read, under an exclusive lock on the file's folder (two runs on one machine cannot both add
to the same old totals), and a file that cannot be read whole is a reset, never a partial
carry. The lock is on the folder, not on a lock file, so nothing but the `.prom` file is left
for the textfile collector to read.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import math
import os
import re
import tempfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

_log = logging.getLogger("bounce_sync.metrics")

_SAMPLE = re.compile(r"^(?P<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(?P<labels>.*)\})? (?P<value>\S+)$")
_LABEL = re.compile(r'([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)",?')
_UNESCAPE = {"\\": "\\", "n": "\n", '"': '"'}

Key = tuple[str, tuple[tuple[str, str], ...]]  # (family name without the prefix, sorted labels)


@dataclass(slots=True, kw_only=True)
class Totals:
    """The counters of a metrics file, and the two timestamps carried from run to run."""

    since: float  # when these counters started from zero (Unix time)
    counters: dict[Key, float] = field(default_factory=dict)
    last_success: float | None = None  # when a run last completed its pass

    def add(self, name: str, labels: Mapping[str, str], amount: object) -> None:
        """Add `amount` to a series (created at zero). Anything but a finite number >= 0
        adds nothing: a counter must never go backwards."""
        key = (name, tuple(sorted(labels.items())))
        ok = isinstance(amount, (int, float)) and not isinstance(amount, bool)
        value = amount if ok and math.isfinite(amount) and amount > 0 else 0  # type: ignore[operator]
        self.counters[key] = self.counters.get(key, 0) + value  # type: ignore[operator]

    def copy(self) -> Totals:
        """An independent copy: a run adds its figures without touching the totals it read."""
        return Totals(since=self.since, counters=dict(self.counters), last_success=self.last_success)


def read_totals(path: str | os.PathLike[str], *, now: datetime, prefix: str) -> Totals:
    """The totals the last run wrote to `path`; fresh ones (from zero, `since` = now) when the
    file is missing, unreadable or not whole (logged: it is a counter reset)."""
    fresh = Totals(since=now.timestamp())
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        return fresh
    except (OSError, UnicodeDecodeError) as exc:
        _log.warning("metrics file %s unreadable (%s); its counters start again from zero", path, exc)
        return fresh
    try:
        return _parse(text, prefix)
    except ValueError as exc:
        _log.warning("metrics file %s not understood (%s); its counters start again from zero",
                     path, exc)
        return fresh


def _parse(text: str, prefix: str) -> Totals:
    kinds: dict[str, str] = {}
    counters: dict[Key, float] = {}
    since: float | None = None
    last_success: float | None = None
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("# HELP "):
            continue
        if line.startswith("# TYPE "):
            parts = line.split(" ")
            if len(parts) != 4:
                raise ValueError(f"line {number}: a TYPE line with {len(parts)} words")
            kinds[parts[2]] = parts[3]
            continue
        match = _SAMPLE.match(line)
        if match is None:
            raise ValueError(f"line {number} is not a sample")
        name, value = match["name"], _value(match["value"], number)
        if not name.startswith(prefix):
            continue
        short = name[len(prefix):]
        if kinds.get(name) == "counter":
            if not math.isfinite(value) or value < 0:
                raise ValueError(f"line {number}: counter {name} is {match['value']}")
            counters[(short, _parse_labels(match["labels"] or "", number))] = value
        elif short == "counters_since_timestamp_seconds":
            since = value
        elif short == "last_success_timestamp_seconds":
            last_success = value
    if since is None:
        raise ValueError("no counters_since_timestamp_seconds (written by an older version?)")
    return Totals(since=since, counters=counters, last_success=last_success)


def _value(text: str, number: int) -> float:
    try:
        return float(text)
    except ValueError:
        raise ValueError(f"line {number}: {text!r} is not a number") from None


def _parse_labels(text: str, number: int) -> tuple[tuple[str, str], ...]:
    labels, end = [], 0
    for match in _LABEL.finditer(text):
        if match.start() != end:
            break
        labels.append((match[1], re.sub(r"\\(.)", lambda m: _UNESCAPE.get(m[1], m[0]), match[2])))
        end = match.end()
    if end != len(text):
        raise ValueError(f"line {number}: labels not understood")
    return tuple(sorted(labels))


@contextlib.contextmanager
def locked(path: str | os.PathLike[str]) -> Iterator[None]:
    """An exclusive lock on the file's folder while a run reads the totals and writes the file
    again (held for milliseconds; released by the OS if the process dies)."""
    folder = Path(path).parent
    folder.mkdir(parents=True, exist_ok=True)
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock


def write(path: str | os.PathLike[str], text: str) -> None:
    """Replace `path` atomically (temp file in the same folder, fsync, rename), so a scraper
    never reads half a file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o644)  # the scraper runs as another user
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
