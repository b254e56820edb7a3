"""The sent folder as evidence: which originals a bounce quotes this mailbox really sent,
and to whom (`sent_messages`, sync.ports.LooksUpSent: evidence only, the planner decides).

As the Maildir source does it, the sent mail is indexed from headers only: Message-ID, To,
Cc, Bcc and Date of each message (connectors/sentmail.py).

The index is cached by UID for the source's lifetime: a refresh costs one STATUS, and only
when that shows a change (a higher UIDNEXT, fewer MESSAGES, another UIDVALIDITY; with
CONDSTORE an unchanged HIGHESTMODSEQ proves there is none) an EXAMINE plus one header-only
`UID FETCH <next>:*` of the new mail (`BODY.PEEK[HEADER.FIELDS (MESSAGE-ID TO CC BCC DATE)]`
and INTERNALDATE, never a body), and a `UID SEARCH ALL` to forget deleted mail. It is built on
the first fetch that returns messages, never on an idle run. The internal dates answer
`sent_count(since=)`, the bounce-rate alert's denominator.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from connectors.imap.connection import Session
from connectors.sentmail import pick, sent_message
from sync.records import SentMessage

__all__ = ["SentIndex"]

_FIELDS = "(UID INTERNALDATE BODY.PEEK[HEADER.FIELDS (MESSAGE-ID TO CC BCC DATE)])"


class SentIndex:
    """Message-IDs and internal dates of the sent folder, by UID."""

    def __init__(self, folder: str) -> None:
        self.folder = folder
        self._uidvalidity: int | None = None
        self._next = 1  # the lowest UID not fetched yet
        self._modseq: int | None = None
        self._by_uid: dict[int, tuple[SentMessage | None, datetime | None]] = {}
        self._index: dict[str, SentMessage] = {}

    def __len__(self) -> int:
        return len(self._by_uid)

    def refresh(self, session: Session) -> None:
        """Bring the cache up to date (may change the selected folder)."""
        items = ("UIDVALIDITY", "UIDNEXT", "MESSAGES") + (("HIGHESTMODSEQ",) if session.condstore else ())
        st = session.status(self.folder, items)
        if st.get("UIDVALIDITY") != self._uidvalidity:
            self._by_uid.clear()
            self._next, self._modseq, self._uidvalidity = 1, None, st.get("UIDVALIDITY")
        elif self._modseq is not None and st.get("HIGHESTMODSEQ") == self._modseq:
            return
        elif st.get("UIDNEXT", self._next + 1) <= self._next and st.get("MESSAGES") == len(self._by_uid):
            self._modseq = st.get("HIGHESTMODSEQ")
            return
        session.examine(self.folder)
        if st.get("UIDNEXT", self._next + 1) > self._next or st.get("MESSAGES", 0) > len(self._by_uid):
            fetched = session.uid_fetch(f"{self._next}:*", _FIELDS)
            for f in fetched:
                if f.uid >= self._next:  # "n:*" names the last message even when n is past it
                    self._by_uid[f.uid] = (sent_message(f.data, fallback_date=f.internal_date),
                                           f.internal_date)
            self._next = max([self._next, st.get("UIDNEXT", 1), *(f.uid + 1 for f in fetched)])
        if len(self._by_uid) != st.get("MESSAGES", len(self._by_uid)):
            alive = set(session.uid_search("ALL"))
            for uid in [u for u in self._by_uid if u not in alive]:
                del self._by_uid[uid]
        self._modseq = st.get("HIGHESTMODSEQ")
        self._index = {m.message_id: m for m, _ in self._by_uid.values() if m is not None}

    def sent_messages(self, message_ids: Iterable[str]) -> dict[str, SentMessage]:
        """Those of `message_ids` the sent folder held at the last refresh."""
        return pick(self._index, message_ids)

    def count_since(self, since: datetime) -> int:
        """Sent messages whose internal date (when the server stored them) is `since` or later."""
        return sum(1 for _, at in self._by_uid.values() if at is not None and at >= since)
