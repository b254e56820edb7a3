"""Spools: a set of directories holding one message per file, either Maildir folders (new/ and
cur/) or a plain folder of .eml files. MaildirSource reads one; a Maildir sent folder is
another. Scans stream, so memory never grows with the mailbox.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import NamedTuple

from sync.errors import ConfigError, Permanent

__all__ = ["INBOX", "Entry", "Spool", "received_at", "is_maildir"]

INBOX = "INBOX"


class MissingPath(ConfigError, Permanent):
    """The configured place holds no mail folder (deleted, unmounted, mistyped): a setting
    to fix, named by its key (`path`, `folders`); the worker prefixes `mailboxes[i].`."""

    def __init__(self, key: str, problem: str, fix: str) -> None:
        ConfigError.__init__(self, key, problem, fix)


class Entry(NamedTuple):
    """One message file as a scan saw it: its position (ctime, key) orders the cursor."""

    ctime_ns: int
    key: str
    path: str
    mtime_ns: int


@dataclass(frozen=True, slots=True)
class Spool:
    """The directories of one spool, in scan order, and how a file name becomes a key."""

    root: Path
    dirs: tuple[Path, ...]  # scanned in this order (new/ before cur/ of each folder)
    eml: bool  # a plain folder: only *.eml files; keys are whole file names
    folders: tuple[str, ...]

    @staticmethod
    def open(root: Path, folders: Sequence[str] | None = None,
             exclude: Path | None = None) -> Spool:
        """The spool at `root`: the chosen Maildir folders (default: all but `exclude`, the
        sent folder), or the .eml folder itself. Permanent if it is neither."""
        if not root.is_dir():
            raise MissingPath("path", f"{root} is not a directory" if root.exists()
                              else f"{root} does not exist",
                              "create the Maildir (or the folder of .eml files) there, or correct "
                              "path; `bounce-sync check` tests it")
        if not is_maildir(root):
            if folders:
                raise Permanent(f"{root} is not a Maildir (no cur/ and new/), so it has no folders")
            return Spool(root=root, dirs=(root,), eml=True, folders=(".",))
        found = {INBOX: root}
        for child in sorted(root.iterdir()):
            if child.name not in ("cur", "new", "tmp") and is_maildir(child):
                found[child.name[1:] if child.name.startswith(".") else child.name] = child
        if folders:
            missing = [f for f in folders if f.lstrip(".") not in found and f.upper() != INBOX]
            if missing:
                raise MissingPath("folders", f"{root} has no folder {missing[0]!r} (folders: "
                                  f"{', '.join(found)})", "remove it from folders or create it")
            chosen = {f: found[INBOX if f.upper() == INBOX else f.lstrip(".")] for f in folders}
        else:
            chosen = {name: p for name, p in found.items()
                      if exclude is None or p.resolve() != exclude.resolve()}
        dirs = tuple(d for p in chosen.values() for d in (p / "new", p / "cur"))
        return Spool(root=root, dirs=dirs, eml=False, folders=tuple(chosen))

    def key_of(self, name: str) -> str | None:
        """A message's stable key (flags stripped, so a rename keeps it); None: not mail."""
        if name.startswith("."):
            return None
        if self.eml:
            return name if name.lower().endswith(".eml") else None
        return name.split(":", 1)[0]

    def scan(self, skip_dirs_before_ns: int | None = None) -> Iterator[Entry]:
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
                    yield Entry(st.st_ctime_ns, key, entry.path, st.st_mtime_ns)

    def relocate(self, entry: Entry) -> Path | None:
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
        """How many message files the spool holds (for `check`)."""
        return sum(1 for _ in self.scan())

    def signature(self) -> tuple[int, ...]:
        """The directories' ctimes: unchanged means no file came or went (the sent index
        is rebuilt only when it changes)."""
        out = []
        for d in self.dirs:
            try:
                out.append(d.stat().st_ctime_ns)
            except FileNotFoundError:
                out.append(0)
        return tuple(out)



def received_at(entry: Entry) -> datetime:
    """The earliest evidence of delivery: the file's mtime (which IMAP servers and importers
    set to the message's internal date) or the delivery time a Maildir unique name starts
    with (which survives copies that reset mtime, such as a git checkout)."""
    seconds = entry.mtime_ns / 1e9
    stamp = entry.key.split(".", 1)[0]
    if stamp.isdigit() and 631152000 <= int(stamp) < seconds:  # after 1990, before mtime
        seconds = int(stamp)
    return datetime.fromtimestamp(seconds, timezone.utc)


def is_maildir(path: Path) -> bool:
    """A Maildir has cur/ and new/ (tmp/ may be missing in a copy)."""
    return (path / "cur").is_dir() and (path / "new").is_dir()
