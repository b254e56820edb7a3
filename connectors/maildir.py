"""`maildir` and `mbox`: local mail sources, the embedded default (and imports of exported mail).

Settings of a `[[mailboxes]]` table with `source = "maildir"`:

    address        = "rep@acme.example"  # the mailbox's own address
    path           = "mail"              # relative to the config's folder; either a Maildir
                                         # (has cur/ and new/) or a plain folder of *.eml files
    folders        = ["INBOX", "Bounces"] # optional, Maildir only: "INBOX" is the top level,
                                         # others are Maildir++ subfolders (".Bounces" or
                                         # "Bounces/" with cur/ and new/). Default: the top level
                                         # and every subfolder except `sent_folder`.
    sent_folder    = "Sent"              # optional: the mailbox's sent mail, for verification:
                                         # a subfolder of this Maildir, else a path relative to
                                         # the config's folder (Maildir, *.eml folder or mbox file)
    settle_seconds = 10                  # optional: clock/filesystem skew covered by the cursor

`source = "mbox"` takes `address`, `path` (one mbox file), `sent_folder` (a path, as above) and
`settle_seconds`. Any other key is refused (`ConfigError`, with "did you mean ...?" for a near
miss).

What is read: Maildir `new/` and `cur/` of each folder (never `tmp/`, where deliveries are
still being written, and never dot-files); in a plain folder, the files whose names end in
`.eml` (any case), not its subfolders. Every file is handed over as its bytes, even one that is
not a message (the classifier reports it). Message ids: the Maildir unique name (the file name
before `:2,flags`), the `.eml` file name, or `<mbox file name>@<byte offset>`.

Cursors (opaque JSON for the worker):
* Maildir / folder: the position `(ctime, key)` of the last message handed over, plus the keys
  handed over that arrived within `settle_seconds` of the read. A file's ctime is when it
  appeared at its path (an MDA's rename into new/, a copy, an import) and, unlike mtime, cannot
  be set back by tools that preserve dates, so imported old mail is still seen. A read lists
  new/ before cur/, so a message moving new/ -> cur/ meanwhile is seen at least once; a message
  moved between listing and reading is found again by key. The price: a message whose flags a
  mail client changes (a rename) is handed over again once; the worker's ledger dedupes.
  Memory is flat: a page is the `limit` smallest positions of a streaming directory scan.
* mbox: the byte offset of the next `From ` line, plus checksums of the first 4 KiB and of
  the 4 KiB before the offset. A shorter or rewritten file raises `CursorExpired`. The file is
  read line by line under a shared `fcntl` lock (the lock mail delivery agents take), and a
  last message that may still be being written (no final newline, or a fresh `.lock` dotlock)
  is left for the next run.

`RawMessage.sent_by_mailbox`: with `sent_folder`, the Message-IDs of the sent mail are indexed
(headers only), and a fetched message is True when a `Message-ID:`, `In-Reply-To:`,
`References:` or `Original-Message-ID:` line anywhere in it (the quoted original of a bounce)
names one of them, else False. Without `sent_folder`: None.

`sent_count(since=)` (optional MailSource method, for the worker's bounce-rate alert): how many
messages `sent_folder` holds from `since` on: a Maildir/.eml folder by file times (mtime, or
the Maildir unique name's delivery stamp), opening no file; an mbox by each message's `Date:`
header (headers only), else its `From ` line. None without `sent_folder`.
"""

from __future__ import annotations

import errno
import fcntl
import hashlib
import heapq
import json
import os
import re
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any, NamedTuple

from connectors.base import CheckItem
from connectors.settings import reject_unknown
from sync.errors import ConfigError, CursorExpired, Permanent, Retryable
from sync.records import MailBatch, RawMessage

__all__ = ["MaildirSource", "MboxSource"]

DEFAULT_SETTLE_SECONDS = 10.0
INBOX = "INBOX"
_HEADER_CAP = 256 * 1024  # header bytes read from a sent message to find its Message-ID
_CHECK_WINDOW = 4096  # bytes hashed on each side of an mbox cursor
_MAX_QUOTED_IDS = 200  # Message-ID-like header lines looked at in one message
_LOCK_WAIT_SECONDS = 5.0
# A Maildir scan keeps the next max(_LOOKAHEAD, 4 * limit) positions (~250 bytes each), so
# the pages of a first read of a big Maildir do not each re-scan it: memory stays bounded by
# the page size, never the mailbox, and a full read costs about a quarter of the scans.
_LOOKAHEAD = 1000
_DOTLOCK_FRESH_SECONDS = 300

# A header line that names message ids: the bounce's own, and the quoted original's
# (message/rfc822 or text/rfc822-headers part, or pasted into the text, perhaps "> "-quoted).
_ID_LINES = re.compile(
    rb"^[ \t>]*(?:message-id|in-reply-to|references|original-message-id|x-original-message-id)"
    rb"[ \t]*:([^\r\n]*(?:\r?\n[ \t]+[^\r\n]*)*)", re.IGNORECASE | re.MULTILINE)
_MSG_ID = re.compile(rb"<([^<>\s]{1,250})>")
_OWN_MESSAGE_ID = re.compile(
    rb"^message-id[ \t]*:[ \t]*(?:\r?\n[ \t]+)?<([^<>\s]{1,250})>", re.IGNORECASE | re.MULTILINE)
# An mbox separator not preceded by a blank line must look like `From sender asctime-date`.
_STRICT_FROM = re.compile(
    rb"^From \S+ +(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    rb" +\d{1,2} \d{1,2}:\d\d(?::\d\d)?(?: [^\r\n]*)? \d{4}\s*$")


def _settings(settings: Mapping[str, Any], known: frozenset[str], base_dir: Path) -> dict[str, Any]:
    reject_unknown(settings, known)
    address = settings.get("address")
    if not isinstance(address, str) or "@" not in address:
        raise ConfigError("address", "missing or not an email address", 'write address = "rep@example.com"')
    path = settings.get("path")
    if not isinstance(path, str) or not path.strip():
        raise ConfigError("path", "missing or not a string", 'write path = "mail" (relative to the config file)')
    sent = settings.get("sent_folder")
    if sent is not None and (not isinstance(sent, str) or not sent.strip()):
        raise ConfigError("sent_folder", "must be a folder name or path", 'write sent_folder = "Sent" or remove it')
    settle = settings.get("settle_seconds", DEFAULT_SETTLE_SECONDS)
    if isinstance(settle, bool) or not isinstance(settle, (int, float)) or not 0 <= settle <= 86400:
        raise ConfigError("settle_seconds", "must be a number of seconds from 0 to 86400",
                          f"write settle_seconds = {DEFAULT_SETTLE_SECONDS:g} or remove it")
    return {"address": address.strip(), "path": (Path(base_dir) / path.strip()).resolve(),
            "sent": sent.strip() if sent else None, "settle_ns": int(settle * 1e9)}


def _fingerprint(path: Path) -> str:
    """Ties a cursor to the mailbox it was made for."""
    return hashlib.sha256(str(path).encode()).hexdigest()[:16]


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


# ============================================================================ spools
#
# A spool is a set of directories holding one message per file: Maildir folders (new/, cur/)
# or a plain folder of .eml files. MaildirSource reads one; a Maildir sent folder is another.


class _Entry(NamedTuple):
    ctime_ns: int
    key: str
    path: str
    mtime_ns: int


@dataclass(frozen=True, slots=True)
class _Spool:
    root: Path
    dirs: tuple[Path, ...]  # scanned in this order (new/ before cur/ of each folder)
    eml: bool  # a plain folder: only *.eml files; keys are whole file names
    folders: tuple[str, ...]

    @staticmethod
    def open(root: Path, folders: Sequence[str] | None = None,
             exclude: Path | None = None) -> _Spool:
        if not root.is_dir():
            raise Permanent(f"{root} is not a directory" if root.exists() else f"{root} does not exist")
        if not _is_maildir(root):
            if folders:
                raise Permanent(f"{root} is not a Maildir (no cur/ and new/), so it has no folders")
            return _Spool(root=root, dirs=(root,), eml=True, folders=(".",))
        found = {INBOX: root}
        for child in sorted(root.iterdir()):
            if child.name not in ("cur", "new", "tmp") and _is_maildir(child):
                found[child.name[1:] if child.name.startswith(".") else child.name] = child
        if folders:
            missing = [f for f in folders if f.lstrip(".") not in found and f.upper() != INBOX]
            if missing:
                raise Permanent(f"{root} has no folder {missing[0]!r} (folders: {', '.join(found)})")
            chosen = {f: found[INBOX if f.upper() == INBOX else f.lstrip(".")] for f in folders}
        else:
            chosen = {name: p for name, p in found.items()
                      if exclude is None or p.resolve() != exclude.resolve()}
        dirs = tuple(d for p in chosen.values() for d in (p / "new", p / "cur"))
        return _Spool(root=root, dirs=dirs, eml=False, folders=tuple(chosen))

    def key_of(self, name: str) -> str | None:
        if name.startswith("."):
            return None
        if self.eml:
            return name if name.lower().endswith(".eml") else None
        return name.split(":", 1)[0]

    def scan(self, skip_dirs_before_ns: int | None = None) -> Iterator[_Entry]:
        """Every message file with its ctime, streamed; files vanishing meanwhile are skipped."""
        for directory in self.dirs:
            if skip_dirs_before_ns is not None:
                # A directory gains entries only by changing; one unchanged since well before
                # the cursor holds nothing new (a skip of a whole cur/ on idle runs).
                try:
                    if directory.stat().st_ctime_ns < skip_dirs_before_ns:
                        continue
                except FileNotFoundError:
                    continue
            try:
                it = os.scandir(directory)
            except FileNotFoundError:
                continue
            with it:
                for entry in it:
                    key = self.key_of(entry.name)
                    if key is None:
                        continue
                    try:
                        if not entry.is_file():
                            continue
                        st = entry.stat()
                    except FileNotFoundError:
                        continue  # moved or deleted since listed; a later directory may have it
                    yield _Entry(st.st_ctime_ns, key, entry.path, st.st_mtime_ns)

    def relocate(self, entry: _Entry) -> Path | None:
        """A message moved since it was listed (new/ -> cur/, or its flags changed): the file
        with the same key in the same folder."""
        if self.eml:
            return None
        folder = Path(entry.path).parent.parent
        for sub in ("cur", "new"):
            try:
                with os.scandir(folder / sub) as it:
                    for e in it:
                        if self.key_of(e.name) == entry.key:
                            return Path(e.path)
            except FileNotFoundError:
                continue
        return None

    def count(self) -> int:
        return sum(1 for _ in self.scan())

    def signature(self) -> tuple[int, ...]:
        out = []
        for d in self.dirs:
            try:
                out.append(d.stat().st_ctime_ns)
            except FileNotFoundError:
                out.append(0)
        return tuple(out)


def _received_at(entry: _Entry) -> datetime:
    """The earliest evidence of delivery: the file's mtime (which IMAP servers and importers
    set to the message's internal date) or the delivery time a Maildir unique name starts
    with (which survives copies that reset mtime, such as a git checkout)."""
    seconds = entry.mtime_ns / 1e9
    stamp = entry.key.split(".", 1)[0]
    if stamp.isdigit() and 631152000 <= int(stamp) < seconds:  # after 1990, before mtime
        seconds = int(stamp)
    return datetime.fromtimestamp(seconds, timezone.utc)


def _is_maildir(path: Path) -> bool:
    return (path / "cur").is_dir() and (path / "new").is_dir()


# ============================================================================ sent index


class _SentIndex:
    """The Message-IDs of the mailbox's sent mail (headers only), rebuilt when it changes."""

    def __init__(self, where: Path) -> None:
        self.where = where
        self._ids: frozenset[bytes] = frozenset()
        self._signature: Any = None

    def _signature_now(self) -> Any:
        if self.where.is_file():
            st = self.where.stat()
            return ("mbox", st.st_size, st.st_mtime_ns, st.st_ino)
        return ("spool", _Spool.open(self.where).signature())

    def ids(self) -> frozenset[bytes]:
        signature = self._signature_now()
        if signature != self._signature:
            self._ids = frozenset(self._scan())
            self._signature = signature
        return self._ids

    def _scan(self) -> Iterator[bytes]:
        if self.where.is_file():
            with _MboxFile(self.where) as mbox:
                for _, head, _ in mbox.messages(0, headers_only=True):
                    if (mid := _own_id(head)) is not None:
                        yield mid
            return
        for entry in _Spool.open(self.where).scan():
            try:
                head = _read_head(Path(entry.path))
            except FileNotFoundError:
                continue
            if (mid := _own_id(head)) is not None:
                yield mid

    def count(self) -> int:
        return len(self.ids())

    def answers(self, raw: bytes) -> bool:
        ids = self.ids()
        return any(mid in ids for mid in _quoted_ids(raw))

    def count_since(self, since: datetime) -> int:
        """Messages sent at or after `since`, for the bounce-rate alert. A Maildir or .eml
        folder is judged by file times alone (the delivery time `_received_at` reads: mtime,
        or the stamp a Maildir unique name starts with), so no file is opened; an mbox by
        each message's Date header (headers only), else its `From ` line's date. A message
        with no readable date is not counted."""
        if since.tzinfo is None:
            raise ValueError("since must be timezone-aware")
        if not self.where.is_file():
            return sum(1 for entry in _Spool.open(self.where).scan() if _received_at(entry) >= since)
        count = 0
        with _MboxFile(self.where) as mbox:
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


def _sent_location(sent: str | None, base_dir: Path, spool_root: Path | None) -> Path | None:
    """A subfolder of the Maildir if one has that name, else a path from the config's folder."""
    if sent is None:
        return None
    if spool_root is not None:
        for name in (sent, "." + sent.lstrip(".")):
            candidate = spool_root / name
            if _is_maildir(candidate):
                return candidate.resolve()
    return (Path(base_dir) / sent).resolve()


# ============================================================================ Maildir


class MaildirSource:
    """`MailSource` over a Maildir (or a folder of .eml files)."""

    name = "maildir"
    LOOKS_UP_SENT = True  # declared ability (sync.ports.LooksUpSent): with sent_folder
    _KEYS = frozenset({"address", "path", "folders", "sent_folder", "settle_seconds"})

    def __init__(self, settings: Mapping[str, Any], *, base_dir: Path) -> None:
        s = _settings(settings, self._KEYS, base_dir)
        folders = settings.get("folders")
        if folders is not None and (not isinstance(folders, list) or not folders
                                    or not all(isinstance(f, str) and f.strip() for f in folders)):
            raise ConfigError("folders", "must be a non-empty list of folder names",
                              'write folders = ["INBOX", "Bounces"] or remove it for all folders')
        self.address: str = s["address"]
        self.path: Path = s["path"]
        self.folders = tuple(f.strip() for f in folders) if folders else None
        self._settle_ns: int = s["settle_ns"]
        self._sent_setting: str | None = s["sent"]
        self._base_dir = Path(base_dir)
        self._sent_index: _SentIndex | None = None
        # (cursor handed out, the scan's next entries after that page, the scan's settle line)
        self._lookahead: tuple[str, list[_Entry], int] | None = None

    def __repr__(self) -> str:
        return f"MaildirSource({self.address!r}, {str(self.path)!r})"

    @property
    def _sent(self) -> _SentIndex | None:
        """Resolved on use: the sent subfolder may be created after this source."""
        where = _sent_location(self._sent_setting, self._base_dir, self.path)
        if where is None:
            return None
        if self._sent_index is None or self._sent_index.where != where:
            self._sent_index = _SentIndex(where)
        return self._sent_index

    def _spool(self) -> _Spool:
        sent = self._sent
        return _Spool.open(self.path, self.folders, exclude=sent.where if sent else None)

    def sent_count(self, *, since: datetime) -> int | None:
        """How many messages the sent folder holds from `since` on (the bounce-rate alert's
        denominator); None without `sent_folder`. Cheap: file times, no file opened."""
        sent = self._sent
        return sent.count_since(since) if sent else None

    def fetch(self, cursor: str | None, *, limit: int) -> MailBatch:
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
        sent_index = self._sent
        for entry in page:
            if entry.key in handed:
                continue  # listed twice while moving new/ -> cur/
            handed[entry.key] = entry.ctime_ns
            raw = self._read(spool, entry)
            if raw is None:
                notes.append(f"{entry.key} disappeared before it could be read (deleted)")
                continue
            messages.append(RawMessage(
                id=entry.key, raw=raw, received_at=_received_at(entry),
                sent_by_mailbox=sent_index.answers(raw) if sent_index else None))

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

    def _from_lookahead(self, cursor: str | None, limit: int) -> list[_Entry] | None:
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
    def _read(spool: _Spool, entry: _Entry) -> bytes | None:
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
        return json.dumps({"v": 1, "kind": "maildir", "box": _fingerprint(self.path),
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
        if data.get("box") != _fingerprint(self.path):
            raise CursorExpired(f"the cursor was made for another mailbox than {self.path}")
        return position, recent, complete

    def check(self) -> Sequence[CheckItem]:
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
        items.extend(_check_sent(self._sent))
        return items


def _check_sent(sent: _SentIndex | None) -> list[CheckItem]:
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


# ============================================================================ mbox


class _MboxFile:
    """An mbox opened for reading under a shared fcntl lock, parsed line by line."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._f: Any = None

    def __enter__(self) -> _MboxFile:
        try:
            self._f = open(self.path, "rb")
        except FileNotFoundError as exc:
            raise Permanent(f"{self.path} does not exist") from exc
        except PermissionError as exc:
            raise Permanent(f"{self.path} is not readable by this user") from exc
        deadline = time.monotonic() + _LOCK_WAIT_SECONDS
        while True:
            try:
                fcntl.lockf(self._f, fcntl.LOCK_SH | fcntl.LOCK_NB)
                break
            except OSError as exc:
                if exc.errno not in (errno.EACCES, errno.EAGAIN):
                    break  # a filesystem without locks: read anyway
                if time.monotonic() > deadline:
                    self._f.close()
                    raise Retryable(f"{self.path} is locked by a mail writer", retry_after=30) from exc
                time.sleep(0.05)
        return self

    def __exit__(self, *exc: Any) -> None:
        self._f.close()  # also drops the lock

    @property
    def size(self) -> int:
        return os.fstat(self._f.fileno()).st_size

    def read_at(self, offset: int, length: int) -> bytes:
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


class MboxSource:
    """`MailSource` over one mbox file."""

    name = "mbox"
    LOOKS_UP_SENT = True  # declared ability (sync.ports.LooksUpSent): with sent_folder
    _KEYS = frozenset({"address", "path", "sent_folder", "settle_seconds"})

    def __init__(self, settings: Mapping[str, Any], *, base_dir: Path) -> None:
        s = _settings(settings, self._KEYS, base_dir)
        self.address: str = s["address"]
        self.path: Path = s["path"]
        self._settle_ns: int = s["settle_ns"]
        sent = _sent_location(s["sent"], base_dir, None)
        self._sent = _SentIndex(sent) if sent else None

    def __repr__(self) -> str:
        return f"MboxSource({self.address!r}, {str(self.path)!r})"

    def sent_count(self, *, since: datetime) -> int | None:
        """As MaildirSource.sent_count: messages in `sent_folder` from `since` on, or None."""
        return self._sent.count_since(since) if self._sent else None

    def fetch(self, cursor: str | None, *, limit: int) -> MailBatch:
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
        with _MboxFile(self.path) as mbox:
            size = mbox.size
            start = self._resume(mbox, cursor, size)
            messages: list[RawMessage] = []
            next_offset, more = start, False
            writer_busy = self._writer_busy()
            fresh = time.time_ns() - os.stat(self.path).st_mtime_ns < self._settle_ns
            for begin, raw, end in mbox.messages(start):
                if len(messages) == limit:
                    more = True
                    break
                if end == size and (writer_busy or (fresh and not raw.endswith(b"\n"))):
                    break  # the last message may still be being written: next run
                messages.append(RawMessage(
                    id=f"{self.path.name}@{begin}", raw=raw,
                    sent_by_mailbox=self._sent.answers(raw) if self._sent else None))
                next_offset = end
            # The cursor is where the next From line starts (or will start).
            new_cursor = self._encode(mbox, next_offset)
        return MailBatch(messages=tuple(messages), cursor=new_cursor, more=more,
                         full_sync=cursor is None)

    def _writer_busy(self) -> bool:
        """A fresh dotlock (`<mbox>.lock`) means a delivery agent is appending right now."""
        try:
            age = time.time() - (self.path.parent / (self.path.name + ".lock")).stat().st_mtime
        except FileNotFoundError:
            return False
        return age < _DOTLOCK_FRESH_SECONDS

    def _encode(self, mbox: _MboxFile, offset: int) -> str:
        return json.dumps({
            "v": 1, "kind": "mbox", "box": _fingerprint(self.path), "offset": offset,
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
        if data.get("box") != _fingerprint(self.path):
            raise CursorExpired(f"the cursor was made for another mbox than {self.path}")
        return offset, head, tail

    def _cursor_offset(self, cursor: str) -> int:
        return self._decode(cursor)[0]

    def _resume(self, mbox: _MboxFile, cursor: str | None, size: int) -> int:
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
        items = []
        try:
            if self.path.is_dir():
                raise Permanent(f"{self.path} is a directory; use source = \"maildir\" for it")
            if not self.path.exists() and self.path.parent.is_dir():
                return [CheckItem(name=f"mailbox {self.address}", ok=True, detail=(
                    f"{self.path} does not exist yet: no mail delivered (check the path if "
                    "mail is expected there)")), *_check_sent(self._sent)]
            with _MboxFile(self.path) as mbox:
                count = sum(1 for _ in mbox.messages(0, headers_only=True))
                size = mbox.size
            items.append(CheckItem(name=f"mailbox {self.address}", ok=True,
                                   detail=f"{self.path} (mbox, {size} bytes): {count} message(s)"))
        except (Permanent, Retryable, OSError) as exc:
            items.append(CheckItem(name=f"mailbox {self.address}", ok=False, detail=str(exc)))
        items.extend(_check_sent(self._sent))
        return items


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:32]
