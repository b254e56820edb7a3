"""`MaildirSource`, the `MailSource` over a Maildir or a folder of .eml files: pages of new
message files in (ctime, key) order, with a cursor that survives renames and late arrivals
(the rules are in the package docstring).
"""

from __future__ import annotations

import heapq
import json
import os
import time
from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from connectors.base import CheckItem
from connectors.maildir.sent import SentIndex, check_sent
from connectors.maildir.settings import fingerprint, parse_settings, sent_location
from connectors.maildir.spool import Entry, Spool, received_at
from sync.errors import ConfigError, CursorExpired, Permanent
from sync.records import MailBatch, RawMessage, SentMessage

__all__ = ["MaildirSource"]

# A Maildir scan keeps the next max(_LOOKAHEAD, 4 * limit) positions (~250 bytes each), so
# the pages of a first read of a big Maildir do not each re-scan it: memory stays bounded by
# the page size, never the mailbox, and a full read costs about a quarter of the scans.
_LOOKAHEAD = 1000


class MaildirSource:
    """`MailSource` over a Maildir (or a folder of .eml files)."""

    name = "maildir"
    LOOKS_UP_SENT = True  # declared ability (sync.ports.LooksUpSent): with sent_folder
    _KEYS = frozenset({"address", "path", "folders", "sent_folder", "settle_seconds"})

    def __init__(self, settings: Mapping[str, Any], *, base_dir: Path) -> None:
        s = parse_settings(settings, self._KEYS, base_dir)
        folders = settings.get("folders")
        if folders is not None and (not isinstance(folders, list) or not folders
                                    or not all(isinstance(f, str) and f.strip() for f in folders)):
            raise ConfigError("folders", "must be a non-empty list of folder names",
                              'write folders = ["INBOX", "Bounces"] or remove it for all folders')
        self.address: str = s.address
        self.path: Path = s.path
        self.folders = tuple(f.strip() for f in folders) if folders else None
        self._settle_ns: int = s.settle_ns
        self._sent_setting: str | None = s.sent
        self._base_dir = Path(base_dir)
        self._sent_index: SentIndex | None = None
        # (cursor handed out, the scan's next entries after that page, the scan's settle line)
        self._lookahead: tuple[str, list[Entry], int] | None = None

    def __repr__(self) -> str:
        return f"MaildirSource({self.address!r}, {str(self.path)!r})"

    @property
    def _sent(self) -> SentIndex | None:
        """Resolved on use: the sent subfolder may be created after this source."""
        where = sent_location(self._sent_setting, self._base_dir, self.path)
        if where is None:
            return None
        if self._sent_index is None or self._sent_index.where != where:
            self._sent_index = SentIndex(where)
        return self._sent_index

    def _spool(self) -> Spool:
        sent = self._sent
        return Spool.open(self.path, self.folders, exclude=sent.where if sent else None)

    def sent_count(self, *, since: datetime) -> int | None:
        """How many messages the sent folder holds from `since` on (the bounce-rate alert's
        denominator); None without `sent_folder`. Cheap: file times, no file opened."""
        sent = self._sent
        return sent.count_since(since) if sent else None

    def sent_messages(self, message_ids: Sequence[str]) -> Mapping[str, SentMessage] | None:
        """Those of `message_ids` the sent folder holds, with their recipients
        (sync.ports.LooksUpSent); None without `sent_folder`. Headers only, indexed once
        and rescanned when the folder changes."""
        sent = self._sent
        return sent.sent_messages(message_ids) if sent else None

    def fetch(self, cursor: str | None, *, limit: int) -> MailBatch:
        """See connectors.base.MailSource. Keys that arrived within `settle_seconds` of the
        read are remembered in the cursor, so a late file with an earlier ctime is not lost."""
        if limit < 1:
            raise ValueError("limit must be 1 or more")
        spool = self._spool()
        position, recent, complete = self._decode(cursor)
        started = time.time_ns()
        settled_before = started - self._settle_ns

        # After a complete pass, a directory unchanged since well before the position holds
        # nothing new (mid-pagination it may: files whose ctime moved without a rename).
        skip_before = position[0] - self._settle_ns if position and complete else None
        page = self._from_lookahead(cursor, limit)
        if page is not None:
            more = True
        else:
            candidates = (e for e in spool.scan(skip_before)
                          if (position is None or (e.ctime_ns, e.key) > position)
                          and e.key not in recent)
            scanned = heapq.nsmallest(max(_LOOKAHEAD, 4 * limit) + 1, candidates)
            more = len(scanned) > limit
            page, rest = scanned[:limit], scanned[limit:]
            self._lookahead = (None, rest, settled_before) if rest else None  # type: ignore[assignment]

        messages: list[RawMessage] = []
        notes: list[str] = []
        handed: dict[str, int] = {}
        for entry in page:
            if entry.key in handed:
                continue  # listed twice while moving new/ -> cur/
            handed[entry.key] = entry.ctime_ns
            raw = self._read(spool, entry)
            if raw is None:
                notes.append(f"{entry.key} disappeared before it could be read (deleted)")
                continue
            messages.append(RawMessage(id=entry.key, raw=raw, received_at=received_at(entry)))

        # Advance the settled position; remember the keys too fresh to be sure of ordering.
        settled = [(e.ctime_ns, e.key) for e in page if e.ctime_ns < settled_before]
        new_position = position
        if settled:
            new_position = max(filter(None, (position, settled[-1])))
        if not more:
            # Everything that existed was handed over: keys remembered earlier that have
            # settled since can be folded into the position.
            old = [(c, k) for k, c in recent.items() if c < settled_before]
            if old:
                new_position = max(filter(None, (new_position, max(old))))
        remembered = {**recent, **{k: c for k, c in handed.items() if c >= settled_before}}
        if new_position is not None:
            remembered = {k: c for k, c in remembered.items() if (c, k) > new_position}
        new_cursor = self._encode(new_position, remembered, complete=not more)
        if self._lookahead is not None:
            self._lookahead = (new_cursor, *self._lookahead[1:])  # type: ignore[assignment]
        return MailBatch(messages=tuple(messages), cursor=new_cursor,
                         more=more, full_sync=cursor is None, notes=tuple(notes))

    def _from_lookahead(self, cursor: str | None, limit: int) -> list[Entry] | None:
        """The next page from the last scan, when the caller continues from the cursor it
        got and the page is made only of entries that were settled at that scan (nothing
        arriving since can sort before those)."""
        cached, self._lookahead = self._lookahead, None
        if cached is None or cursor is None or cached[0] != cursor:
            return None
        _, rest, scan_settled_before = cached
        usable = 0
        while usable < len(rest) and usable <= limit and rest[usable].ctime_ns < scan_settled_before:
            usable += 1
        if usable <= limit:  # not a full page plus one: scan again
            return None
        page, remaining = rest[:limit], rest[limit:]
        self._lookahead = (cursor, remaining, scan_settled_before)
        return page

    @staticmethod
    def _read(spool: Spool, entry: Entry) -> bytes | None:
        path: Path | None = Path(entry.path)
        for _ in range(3):  # a message can be renamed more than once while we look
            try:
                with open(path, "rb") as f:  # type: ignore[arg-type]
                    return f.read()
            except FileNotFoundError:
                path = spool.relocate(entry)
                if path is None:
                    return None
            except IsADirectoryError:
                return None
        return None

    def _encode(self, position: tuple[int, str] | None, recent: Mapping[str, int], *,
                complete: bool) -> str:
        return json.dumps({"v": 1, "kind": "maildir", "box": fingerprint(self.path),
                           "pos": list(position) if position else None, "complete": complete,
                           "recent": dict(sorted(recent.items()))}, separators=(",", ":"))

    def _decode(self, cursor: str | None) -> tuple[tuple[int, str] | None, dict[str, int], bool]:
        if cursor is None:
            return None, {}, False
        try:
            data = json.loads(cursor)
            if data.get("v") != 1 or data.get("kind") != "maildir":
                raise ValueError("not a maildir cursor")
            pos = data["pos"]
            position = (int(pos[0]), str(pos[1])) if pos else None
            recent = {str(k): int(v) for k, v in data["recent"].items()}
            complete = data.get("complete") is True
        except (ValueError, KeyError, TypeError, IndexError, AttributeError) as exc:
            raise CursorExpired(f"unreadable Maildir cursor ({exc})") from exc
        if data.get("box") != fingerprint(self.path):
            raise CursorExpired(f"the cursor was made for another mailbox than {self.path}")
        return position, recent, complete

    def check(self) -> Sequence[CheckItem]:
        """Prove the Maildir (its folders) and `sent_folder` can be read; nothing is changed."""
        items = []
        try:
            spool = self._spool()
            if not os.access(self.path, os.R_OK | os.X_OK):
                raise Permanent(f"{self.path} is not readable by this user")
            count = spool.count()
            kind = ("folder of .eml files" if spool.eml else
                    f"Maildir, {len(spool.folders)} folder(s): {', '.join(spool.folders)}")
            items.append(CheckItem(name=f"mailbox {self.address}", ok=True,
                                   detail=f"{self.path} ({kind}): {count} message(s)"))
        except (Permanent, OSError) as exc:
            items.append(CheckItem(name=f"mailbox {self.address}", ok=False, detail=str(exc)))
        items.extend(check_sent(self._sent))
        return items
