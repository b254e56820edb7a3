"""The sent index: the Message-IDs of the mailbox's sent mail (headers only), so a fetched
bounce can say whether it answers a message this mailbox sent (`sent_by_mailbox`, the trust
signal the planner reads), and the sent counts for the bounce-rate alert.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from connectors.base import CheckItem
from connectors.maildir.mboxfile import MboxFile
from connectors.maildir.spool import Spool, received_at
from sync.errors import Permanent, Retryable

__all__ = ["SentIndex", "check_sent"]

_HEADER_CAP = 256 * 1024  # header bytes read from a sent message to find its Message-ID
_MAX_QUOTED_IDS = 200  # Message-ID-like header lines looked at in one message

# A header line that names message ids: the bounce's own, and the quoted original's
# (message/rfc822 or text/rfc822-headers part, or pasted into the text, perhaps "> "-quoted).
_ID_LINES = re.compile(
    rb"^[ \t>]*(?:message-id|in-reply-to|references|original-message-id|x-original-message-id)"
    rb"[ \t]*:([^\r\n]*(?:\r?\n[ \t]+[^\r\n]*)*)", re.IGNORECASE | re.MULTILINE)
_MSG_ID = re.compile(rb"<([^<>\s]{1,250})>")
_OWN_MESSAGE_ID = re.compile(
    rb"^message-id[ \t]*:[ \t]*(?:\r?\n[ \t]+)?<([^<>\s]{1,250})>", re.IGNORECASE | re.MULTILINE)


def _quoted_ids(raw: bytes) -> set[bytes]:
    ids: set[bytes] = set()
    for n, line in enumerate(_ID_LINES.finditer(raw)):
        if n >= _MAX_QUOTED_IDS:
            break
        ids.update(m.group(1).lower() for m in _MSG_ID.finditer(line.group(1)))
    return ids


def _own_id(head: bytes) -> bytes | None:
    match = _OWN_MESSAGE_ID.search(head)
    return match.group(1).lower() if match else None


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
    """The Message-IDs of the mailbox's sent mail (headers only), rebuilt when it changes."""

    def __init__(self, where: Path) -> None:
        self.where = where
        self._ids: frozenset[bytes] = frozenset()
        self._signature: Any = None

    def _signature_now(self) -> Any:
        if self.where.is_file():
            st = self.where.stat()
            return ("mbox", st.st_size, st.st_mtime_ns, st.st_ino)
        return ("spool", Spool.open(self.where).signature())

    def ids(self) -> frozenset[bytes]:
        """The sent Message-IDs (lower-cased), rescanned only when the folder changed."""
        signature = self._signature_now()
        if signature != self._signature:
            self._ids = frozenset(self._scan())
            self._signature = signature
        return self._ids

    def _scan(self) -> Iterator[bytes]:
        if self.where.is_file():
            with MboxFile(self.where) as mbox:
                for _, head, _ in mbox.messages(0, headers_only=True):
                    if (mid := _own_id(head)) is not None:
                        yield mid
            return
        for entry in Spool.open(self.where).scan():
            try:
                head = _read_head(Path(entry.path))
            except FileNotFoundError:
                continue
            if (mid := _own_id(head)) is not None:
                yield mid

    def count(self) -> int:
        """How many sent Message-IDs are indexed (for `check`)."""
        return len(self.ids())

    def answers(self, raw: bytes) -> bool:
        """Does this message quote the Message-ID of mail this mailbox sent? A bounce that
        does is trusted (`sent_by_mailbox`)."""
        ids = self.ids()
        return any(mid in ids for mid in _quoted_ids(raw))

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
