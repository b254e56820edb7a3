"""The sent index: the mailbox's sent mail by Message-ID, with each message's recipients and
date (headers only), so the worker can ask whether a bounce's original was sent from here
and to whom (`sent_messages`, sync.ports.LooksUpSent: evidence only, the planner decides),
and the sent counts for the bounce-rate alert.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from connectors.base import CheckItem
from connectors.maildir.mboxfile import MboxFile
from connectors.maildir.spool import Spool, received_at
from connectors.sentmail import pick, sent_message
from sync.errors import Permanent, Retryable
from sync.records import SentMessage

__all__ = ["SentIndex", "check_sent"]

_HEADER_CAP = 256 * 1024  # header bytes read from a sent message


def _read_head(path: Path) -> bytes:
    """The header section of a message file (up to the first blank line, capped)."""
    with path.open("rb") as f:
        lines = []
        size = 0
        for line in f:
            if line in (b"\n", b"\r\n") or size > _HEADER_CAP:
                break
            lines.append(line)
            size += len(line)
        return b"".join(lines)


class SentIndex:
    """The mailbox's sent mail by Message-ID (headers only), rebuilt when the folder changes."""

    def __init__(self, where: Path) -> None:
        self.where = where
        self._index: dict[str, SentMessage] = {}
        self._signature: Any = None

    def _signature_now(self) -> Any:
        if self.where.is_file():
            st = self.where.stat()
            return ("mbox", st.st_size, st.st_mtime_ns, st.st_ino)
        return ("spool", Spool.open(self.where).signature())

    def index(self) -> dict[str, SentMessage]:
        """The sent messages by message_id_key, rescanned only when the folder changed."""
        signature = self._signature_now()
        if signature != self._signature:
            self._index = {m.message_id: m for m in self._scan()}
            self._signature = signature
        return self._index

    def _scan(self) -> Iterator[SentMessage]:
        if self.where.is_file():
            with MboxFile(self.where) as mbox:
                for _, head, _ in mbox.messages(0, headers_only=True):
                    if (m := sent_message(head)) is not None:
                        yield m
            return
        for entry in Spool.open(self.where).scan():
            try:
                head = _read_head(Path(entry.path))
            except FileNotFoundError:
                continue
            if (m := sent_message(head, fallback_date=received_at(entry))) is not None:
                yield m

    def count(self) -> int:
        """How many sent Message-IDs are indexed (for `check`)."""
        return len(self.index())

    def sent_messages(self, message_ids: Iterable[str]) -> dict[str, SentMessage]:
        """Those of `message_ids` this mailbox sent (sync.ports.LooksUpSent)."""
        return pick(self.index(), message_ids)

    def count_since(self, since: datetime) -> int:
        """Messages sent at or after `since`, for the bounce-rate alert. A Maildir or .eml
        folder is judged by file times alone (the delivery time `received_at` reads: mtime,
        or the stamp a Maildir unique name starts with), so no file is opened; an mbox by
        each message's Date header (headers only), else its `From ` line's date. A message
        with no readable date is not counted."""
        if since.tzinfo is None:
            raise ValueError("since must be timezone-aware")
        if not self.where.is_file():
            return sum(1 for entry in Spool.open(self.where).scan() if received_at(entry) >= since)
        count = 0
        with MboxFile(self.where) as mbox:
            for offset, head, _ in mbox.messages(0, headers_only=True):
                sent_at = _header_date(head) or _from_line_date(mbox.read_at(offset, 200))
                if sent_at is not None and sent_at >= since:
                    count += 1
        return count


_DATE_LINE = re.compile(rb"^date[ \t]*:[ \t]*([^\r\n]*(?:\r?\n[ \t]+[^\r\n]*)*)", re.IGNORECASE | re.MULTILINE)


def _aware(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _header_date(head: bytes) -> datetime | None:
    match = _DATE_LINE.search(head)
    if not match:
        return None
    try:
        return _aware(parsedate_to_datetime(" ".join(match.group(1).decode("latin-1").split())))
    except (TypeError, ValueError, IndexError):
        return None


def _from_line_date(line: bytes) -> datetime | None:
    """The asctime date of an mbox `From sender Mon Jan  2 15:04:05 2006` line (UTC by custom)."""
    first = line.split(b"\n", 1)[0].decode("latin-1").split()
    try:
        return datetime.strptime(" ".join(first[-5:]), "%a %b %d %H:%M:%S %Y").replace(tzinfo=timezone.utc)
    except ValueError:
        return None


def check_sent(sent: SentIndex | None) -> list[CheckItem]:
    """The `check` line for `sent_folder`, shared by both sources."""
    if sent is None:
        return [CheckItem(name="sent_folder", ok=True,
                          detail="not configured: bounces cannot be verified against sent mail")]
    try:
        if not sent.where.exists():
            raise Permanent(f"{sent.where} does not exist")
        return [CheckItem(name="sent_folder", ok=True,
                          detail=f"{sent.where}: {sent.count()} sent message id(s) indexed")]
    except (Permanent, OSError, Retryable) as exc:
        return [CheckItem(name="sent_folder", ok=False, detail=str(exc))]
