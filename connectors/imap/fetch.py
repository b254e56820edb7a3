"""Incremental reading of one folder by UIDVALIDITY + UID, and the cursor that records it.

A folder's state is its UIDVALIDITY and the lowest UID not handed over yet (`next`). UIDs only
grow within one UIDVALIDITY (RFC 3501 2.3.1.1), so everything new is `UID next:*`:

* STATUS (UIDVALIDITY UIDNEXT [HIGHESTMODSEQ]): one round trip. UIDNEXT at or below `next`
  (or, with CONDSTORE, the HIGHESTMODSEQ recorded when the folder was last read to its end)
  means nothing arrived: the folder costs nothing more. That is the whole idle run.
* Otherwise EXAMINE (read-only: nothing we do can set \\Seen), `UID SEARCH UID next:*`, and
  `UID FETCH <set> (UID INTERNALDATE BODY.PEEK[])` in batches of FETCH_BATCH. The UIDs found
  and not yet handed over stay with the open session (`Pending`), so the next page of the same
  pass costs only its FETCHes.
* Another UIDVALIDITY (the folder was rebuilt or recreated): the old UIDs mean nothing, so the
  folder is read again from `lookback_days` ago (`UID SEARCH UID 1:* SINCE <date>`); the
  message ids are content digests, so what was handed over before is deduplicated by the
  worker's ledger, not counted twice.

`next` only moves past messages that were handed over (or vanished before the FETCH): a
connection lost between batches keeps what was fetched and the next call, or run, resumes.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone

from connectors.imap.connection import Fetched, Session, imap_date
from sync.errors import CursorExpired, Retryable

__all__ = ["Cursor", "FolderState", "FolderRead", "Pending", "read_folder", "uid_set", "FETCH_BATCH"]

FETCH_BATCH = 25  # messages per UID FETCH: a 30 MB message in a batch is still one response


@dataclass(frozen=True, slots=True, kw_only=True)
class FolderState:
    """What the cursor keeps of one folder: its UIDVALIDITY (a change means a re-read), the next
    UID to hand over, HIGHESTMODSEQ when it was last read to its end, and the lower bound of
    an unfinished dated scan."""

    uidvalidity: int
    next_uid: int  # the lowest UID not handed over yet
    modseq: int | None = None  # HIGHESTMODSEQ when the folder was last read to its end
    since: int | None = None  # epoch seconds: the lower bound of an unfinished dated scan


@dataclass(frozen=True, slots=True, kw_only=True)
class Cursor:
    """The source's cursor: every folder's state, and the folder an unfinished pass (a fetch
    that said `more`) continues with; folders before it were read in this pass."""

    box: str
    folders: Mapping[str, FolderState]
    at: str | None = None
    since: int | None = None  # epoch seconds: a dated first read, for folders not reached yet

    def encode(self) -> str:
        """The opaque text the worker stores."""
        return json.dumps({"v": 1, "kind": "imap", "box": self.box, "at": self.at, "since": self.since, "f": {
            name: [f.uidvalidity, f.next_uid, f.modseq, f.since] for name, f in sorted(self.folders.items())}},
            separators=(",", ":"))

    @staticmethod
    def decode(text: str | None, box: str) -> Cursor:
        """The cursor stored for mailbox `box` (None: a first read). One that is unreadable, or made
        for another server or account, is CursorExpired: the worker rescans its lookback window."""
        if text is None:
            return Cursor(box=box, folders={})
        try:
            data = json.loads(text)
            if data.get("v") != 1 or data.get("kind") != "imap":
                raise ValueError("not an IMAP cursor")
            folders = {str(name): FolderState(uidvalidity=int(v[0]), next_uid=int(v[1]),
                                              modseq=None if v[2] is None else int(v[2]),
                                              since=None if v[3] is None else int(v[3]))
                       for name, v in data["f"].items()}
            at = data.get("at")
            since = None if data.get("since") is None else int(data["since"])
        except (ValueError, KeyError, TypeError, IndexError, AttributeError) as exc:
            raise CursorExpired(f"unreadable IMAP cursor ({exc})") from exc
        if data.get("box") != box:
            raise CursorExpired(f"the cursor was made for another server or account than {box}")
        return Cursor(box=box, folders=folders, at=at if isinstance(at, str) else None, since=since)


@dataclass(frozen=True, slots=True, kw_only=True)
class Pending:
    """UIDs a SEARCH found and a page did not take, kept with the open session for the next
    page of the pass (valid only for the cursor that page handed out)."""

    cursor: str
    folder: str
    uidvalidity: int
    uids: tuple[int, ...]
    uidnext: int
    modseq: int | None


@dataclass(frozen=True, slots=True, kw_only=True)
class FolderRead:
    """What reading one folder gave: the messages, the folder's new state, UIDs left for the
    next page, and a connection lost after some messages (`lost`: those still count)."""

    messages: tuple[Fetched, ...]
    state: FolderState
    pending: Pending | None  # cursor left empty: the caller fills it in
    lost: Retryable | None = None  # the connection failed after `messages` were fetched
    note: str | None = None


def uid_set(uids: Sequence[int]) -> str:
    """`1:3,7,9:10` for [1, 2, 3, 7, 9, 10] (sorted input)."""
    out: list[str] = []
    start = prev = uids[0]
    for uid in [*uids[1:], None]:
        if uid is not None and uid == prev + 1:
            prev = uid
            continue
        out.append(str(start) if start == prev else f"{start}:{prev}")
        if uid is not None:
            start = prev = uid
    return ",".join(out)


def _status(session: Session, folder: str) -> dict[str, int]:
    items = ("UIDVALIDITY", "UIDNEXT") + (("HIGHESTMODSEQ",) if session.condstore else ())
    st = session.status(folder, items)
    if "UIDVALIDITY" not in st or "UIDNEXT" not in st:
        raise Retryable(f"folder {folder!r}: STATUS gave no UIDVALIDITY or UIDNEXT", retry_after=60)
    return st


def read_folder(session: Session, folder: str, state: FolderState | None, *, budget: int,
                first_since: int | None, rescan_since: datetime, pending: Pending | None,
                before_select: Callable[[], None]) -> FolderRead:
    """Up to `budget` new messages of `folder`, oldest UID first, and the folder's next state."""
    note = None
    if pending is not None:
        uids, uidnext, modseq = pending.uids, pending.uidnext, pending.modseq
        assert state is not None and state.uidvalidity == pending.uidvalidity
        if session.selected != folder:  # the sent index was refreshed in between
            _examine(session, folder, pending.uidvalidity)
    else:
        st = _status(session, folder)
        uidnext, modseq = st["UIDNEXT"], st.get("HIGHESTMODSEQ")
        if state is None:
            state = FolderState(uidvalidity=st["UIDVALIDITY"], next_uid=1, since=first_since)
        elif state.uidvalidity != st["UIDVALIDITY"]:
            note = (f"folder {folder!r} was rebuilt (its UIDVALIDITY changed): its mail since "
                    f"{rescan_since:%Y-%m-%d} is read again")
            state = FolderState(uidvalidity=st["UIDVALIDITY"], next_uid=1, since=int(rescan_since.timestamp()))
        elif state.since is None and (uidnext <= state.next_uid
                                      or (modseq is not None and modseq == state.modseq)):
            return FolderRead(messages=(), state=replace(state, modseq=modseq), pending=None)
        before_select()
        _examine(session, folder, state.uidvalidity)
        criteria = f"UID {state.next_uid}:*"
        if state.since is not None:  # a day early: SEARCH compares dates in the server's zone
            bound = datetime.fromtimestamp(state.since, timezone.utc) - timedelta(days=1)
            criteria += f" SINCE {imap_date(bound)}"
        # "n:*" names the last message even when n is past it: keep only UIDs from n on.
        uids = tuple(u for u in session.uid_search(criteria) if u >= state.next_uid)
    return _fetch_bodies(session, folder, state, uids, budget=budget, uidnext=uidnext, modseq=modseq, note=note)


def _examine(session: Session, folder: str, uidvalidity: int) -> None:
    found = session.examine(folder).get("UIDVALIDITY")
    if found is not None and found != uidvalidity:
        raise Retryable(f"folder {folder!r} changed its UIDVALIDITY while being read; the next run "
                        "reads it again", retry_after=60)


def _fetch_bodies(session: Session, folder: str, state: FolderState, uids: tuple[int, ...], *,
                  budget: int, uidnext: int, modseq: int | None, note: str | None) -> FolderRead:
    take = uids[:budget]
    got: list[Fetched] = []
    lost: Retryable | None = None
    done = 0
    for i in range(0, len(take), FETCH_BATCH):
        chunk = take[i:i + FETCH_BATCH]
        try:
            fetched = session.uid_fetch(uid_set(chunk), "(UID INTERNALDATE BODY.PEEK[])")
        except Retryable as exc:
            if not got:
                raise
            lost = exc
            break
        wanted = set(chunk)
        got.extend(f for f in fetched if f.uid in wanted)  # a UID expunged meanwhile is skipped
        done += len(chunk)
        state = replace(state, next_uid=chunk[-1] + 1)
    rest = uids[done:]
    if not rest and lost is None:
        state = FolderState(uidvalidity=state.uidvalidity, next_uid=max(state.next_uid, uidnext),
                            modseq=modseq, since=None)
        return FolderRead(messages=tuple(got), state=state, pending=None, note=note)
    state = replace(state, modseq=None)
    pending = None if lost else Pending(cursor="", folder=folder, uidvalidity=state.uidvalidity,
                                        uids=rest, uidnext=uidnext, modseq=modseq)
    return FolderRead(messages=tuple(got), state=state, pending=pending, lost=lost, note=note)
