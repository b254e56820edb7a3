"""`MboxSource`, the `MailSource` over one mbox file: messages from the byte offset the cursor
holds, never the last one while a delivery agent may still be writing it, and a rewritten or
truncated file detected by checksums around the offset.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from connectors.base import CheckItem
from connectors.maildir.locking import writer_busy
from connectors.maildir.mboxfile import MboxFile
from connectors.maildir.sent import SentIndex, check_sent
from connectors.maildir.settings import fingerprint, parse_settings, sent_location
from sync.errors import CursorExpired, Permanent, Retryable
from sync.records import MailBatch, RawMessage, SentMessage

__all__ = ["MboxSource"]

_CHECK_WINDOW = 4096  # bytes hashed on each side of an mbox cursor


class MboxSource:
    """`MailSource` over one mbox file."""

    name = "mbox"
    LOOKS_UP_SENT = True  # declared ability (sync.ports.LooksUpSent): with sent_folder
    _KEYS = frozenset({"address", "path", "sent_folder", "settle_seconds"})

    def __init__(self, settings: Mapping[str, Any], *, base_dir: Path) -> None:
        s = parse_settings(settings, self._KEYS, base_dir)
        self.address: str = s.address
        self.path: Path = s.path
        self._settle_ns: int = s.settle_ns
        sent = sent_location(s.sent, base_dir, None)
        self._sent = SentIndex(sent) if sent else None

    def __repr__(self) -> str:
        return f"MboxSource({self.address!r}, {str(self.path)!r})"

    def sent_count(self, *, since: datetime) -> int | None:
        """As MaildirSource.sent_count: messages in `sent_folder` from `since` on, or None."""
        return self._sent.count_since(since) if self._sent else None

    def sent_messages(self, message_ids: Sequence[str]) -> Mapping[str, SentMessage] | None:
        """As MaildirSource.sent_messages: the sent originals among `message_ids`, or None."""
        return self._sent.sent_messages(message_ids) if self._sent else None

    def fetch(self, cursor: str | None, *, limit: int) -> MailBatch:
        """See connectors.base.MailSource. The last message is left for the next run while a
        delivery agent may still be appending it; a rewritten file is CursorExpired."""
        if limit < 1:
            raise ValueError("limit must be 1 or more")
        if self.path.is_dir():
            raise Permanent(f"{self.path} is a directory; use source = \"maildir\" for it")
        if not self.path.exists() and self.path.parent.is_dir():
            # Delivery agents create an mbox with its first message: nothing has arrived yet,
            # unless a cursor says there was mail here (then it was deleted or rotated).
            if cursor is not None and self._cursor_offset(cursor) > 0:
                raise CursorExpired(f"{self.path} is gone (deleted or rotated) since it was last read")
            return MailBatch(messages=(), cursor=cursor, full_sync=cursor is None)
        with MboxFile(self.path) as mbox:
            size = mbox.size
            start = self._resume(mbox, cursor, size)
            messages: list[RawMessage] = []
            next_offset, more = start, False
            busy = writer_busy(self.path)
            fresh = time.time_ns() - os.stat(self.path).st_mtime_ns < self._settle_ns
            for begin, raw, end in mbox.messages(start):
                if len(messages) == limit:
                    more = True
                    break
                if end == size and (busy or (fresh and not raw.endswith(b"\n"))):
                    break  # the last message may still be being written: next run
                messages.append(RawMessage(id=f"{self.path.name}@{begin}", raw=raw))
                next_offset = end
            # The cursor is where the next From line starts (or will start).
            new_cursor = self._encode(mbox, next_offset)
        return MailBatch(messages=tuple(messages), cursor=new_cursor, more=more,
                         full_sync=cursor is None)

    def _encode(self, mbox: MboxFile, offset: int) -> str:
        return json.dumps({
            "v": 1, "kind": "mbox", "box": fingerprint(self.path), "offset": offset,
            "head": _digest(mbox.read_at(0, min(offset, _CHECK_WINDOW))),
            "tail": _digest(mbox.read_at(max(0, offset - _CHECK_WINDOW), min(offset, _CHECK_WINDOW))),
        }, separators=(",", ":"))

    def _decode(self, cursor: str) -> tuple[int, str, str]:
        try:
            data = json.loads(cursor)
            if data.get("v") != 1 or data.get("kind") != "mbox":
                raise ValueError("not an mbox cursor")
            offset = int(data["offset"])
            head, tail = str(data["head"]), str(data["tail"])
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise CursorExpired(f"unreadable mbox cursor ({exc})") from exc
        if data.get("box") != fingerprint(self.path):
            raise CursorExpired(f"the cursor was made for another mbox than {self.path}")
        return offset, head, tail

    def _cursor_offset(self, cursor: str) -> int:
        return self._decode(cursor)[0]

    def _resume(self, mbox: MboxFile, cursor: str | None, size: int) -> int:
        if cursor is None:
            return 0
        offset, head, tail = self._decode(cursor)
        if offset > size:
            raise CursorExpired(f"{self.path} is shorter than when last read (truncated or rewritten)")
        if (_digest(mbox.read_at(0, min(offset, _CHECK_WINDOW))) != head
                or _digest(mbox.read_at(max(0, offset - _CHECK_WINDOW), min(offset, _CHECK_WINDOW))) != tail):
            raise CursorExpired(f"{self.path} was rewritten since it was last read")
        if offset < size and not mbox.read_at(offset, 5) == b"From ":
            raise CursorExpired(f"{self.path} was rewritten since it was last read")
        return offset

    def check(self) -> Sequence[CheckItem]:
        """Prove the mbox and `sent_folder` can be read; a file not created yet is fine
        (delivery agents create it with the first message)."""
        items = []
        try:
            if self.path.is_dir():
                raise Permanent(f"{self.path} is a directory; use source = \"maildir\" for it")
            if not self.path.exists() and self.path.parent.is_dir():
                return [CheckItem(name=f"mailbox {self.address}", ok=True, detail=(
                    f"{self.path} does not exist yet: no mail delivered (check the path if "
                    "mail is expected there)")), *check_sent(self._sent)]
            with MboxFile(self.path) as mbox:
                count = sum(1 for _ in mbox.messages(0, headers_only=True))
                size = mbox.size
            items.append(CheckItem(name=f"mailbox {self.address}", ok=True,
                                   detail=f"{self.path} (mbox, {size} bytes): {count} message(s)"))
        except (Permanent, Retryable, OSError) as exc:
            items.append(CheckItem(name=f"mailbox {self.address}", ok=False, detail=str(exc)))
        items.extend(check_sent(self._sent))
        return items


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:32]
