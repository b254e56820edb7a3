"""Reading an mbox file: opened under the shared lock, parsed line by line (never loaded
whole), with the `From ` separator rule that tolerates unescaped `From ` lines in bodies.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from connectors.maildir.locking import lock_shared
from sync.errors import CursorExpired, Permanent, Retryable

__all__ = ["MboxFile"]

# An mbox separator not preceded by a blank line must look like `From sender asctime-date`.
_STRICT_FROM = re.compile(
    rb"^From \S+ +(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    rb" +\d{1,2} \d{1,2}:\d\d(?::\d\d)?(?: [^\r\n]*)? \d{4}\s*$")


class MboxFile:
    """An mbox opened for reading under a shared fcntl lock, parsed line by line."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._f: Any = None

    def __enter__(self) -> MboxFile:
        try:
            self._f = open(self.path, "rb")
        except FileNotFoundError as exc:
            raise Permanent(f"{self.path} does not exist") from exc
        except PermissionError as exc:
            raise Permanent(f"{self.path} is not readable by this user") from exc
        try:
            lock_shared(self._f, self.path)
        except Retryable:
            self._f.close()
            raise
        return self

    def __exit__(self, *exc: Any) -> None:
        self._f.close()  # also drops the lock

    @property
    def size(self) -> int:
        """The size now (a delivery may be appending: the last message is checked apart)."""
        return os.fstat(self._f.fileno()).st_size

    def read_at(self, offset: int, length: int) -> bytes:
        """Raw bytes at `offset`: cursor checksums and `From ` line dates."""
        self._f.seek(offset)
        return self._f.read(length)

    def messages(self, start: int, *, headers_only: bool = False
                 ) -> Iterator[tuple[int, bytes, int]]:
        """(offset of the From line, message bytes, offset after it), streamed from `start`,
        which must be 0 or the offset of a From line. The From line itself is not part of the
        message, nor is the blank line that separates it from the next one."""
        f = self._f
        f.seek(start)
        offset = start
        current: int | None = None
        lines: list[bytes] = []
        in_headers = True
        prev_blank = True
        for line in iter(f.readline, b""):
            if line.startswith(b"From ") and (prev_blank or _STRICT_FROM.match(line)):
                if current is not None:
                    yield current, _join(lines, prev_blank), offset
                current, lines, in_headers = offset, [], True
            elif current is None:
                if offset == start and start != 0:
                    raise CursorExpired(f"{self.path}: the cursor does not point at a message")
                if line.strip():
                    raise Permanent(f"{self.path} is not an mbox file (it does not start with 'From ')")
            elif not headers_only or in_headers:
                if headers_only and line in (b"\n", b"\r\n"):
                    in_headers = False
                else:
                    lines.append(line)
            prev_blank = line in (b"\n", b"\r\n")
            offset += len(line)
        if current is not None:
            yield current, _join(lines, prev_blank), offset


def _join(lines: list[bytes], ends_blank: bool) -> bytes:
    if ends_blank and lines and lines[-1] in (b"\n", b"\r\n"):
        lines = lines[:-1]
    return b"".join(lines)
