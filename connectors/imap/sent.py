"""The sent folder as evidence: does a bounce answer mail this mailbox really sent?

As the Maildir source does it: the Message-IDs of the sent mail are indexed from headers only,
and a fetched message is verified (`RawMessage.sent_by_mailbox = True`) when a `Message-ID:`,
`In-Reply-To:`, `References:` or `Original-Message-ID:` line anywhere in it (the quoted
original of a bounce) names one of them, else False.

The index is cached by UID for the source's lifetime: a refresh costs one STATUS, and only
when that shows a change (a higher UIDNEXT, fewer MESSAGES, another UIDVALIDITY; with
CONDSTORE an unchanged HIGHESTMODSEQ proves there is none) an EXAMINE plus one header-only
`UID FETCH <next>:*` of the new mail (`BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]` and
INTERNALDATE, never a body), and a `UID SEARCH ALL` to forget deleted mail. It is built on the
first fetch that returns messages, never on an idle run. The internal dates answer
`sent_count(since=)`, the bounce-rate alert's denominator.
"""

from __future__ import annotations

import re
from datetime import datetime

from connectors.imap.connection import Session

__all__ = ["SentIndex", "quoted_ids"]

# The same rules as connectors/maildir.py (kept here while that module is being split into
# a package; to share once it has a public home).
_MAX_QUOTED_IDS = 200  # Message-ID-like header lines looked at in one message
_ID_LINES = re.compile(
    rb"^[ \t>]*(?:message-id|in-reply-to|references|original-message-id|x-original-message-id)"
    rb"[ \t]*:([^\r\n]*(?:\r?\n[ \t]+[^\r\n]*)*)", re.IGNORECASE | re.MULTILINE)
_MSG_ID = re.compile(rb"<([^<>\s]{1,250})>")
_OWN_MESSAGE_ID = re.compile(
    rb"^message-id[ \t]*:[ \t]*(?:\r?\n[ \t]+)?<([^<>\s]{1,250})>", re.IGNORECASE | re.MULTILINE)


def quoted_ids(raw: bytes) -> set[bytes]:
    """Message ids a message names: its own and those of the original it quotes."""
    ids: set[bytes] = set()
    for n, line in enumerate(_ID_LINES.finditer(raw)):
        if n >= _MAX_QUOTED_IDS:
            break
        ids.update(m.group(1).lower() for m in _MSG_ID.finditer(line.group(1)))
    return ids


class SentIndex:
    """Message-IDs and internal dates of the sent folder, by UID."""

    def __init__(self, folder: str) -> None:
        self.folder = folder
        self._uidvalidity: int | None = None
        self._next = 1  # the lowest UID not fetched yet
        self._modseq: int | None = None
        self._by_uid: dict[int, tuple[bytes | None, datetime | None]] = {}
        self._ids: frozenset[bytes] = frozenset()

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
            fetched = session.uid_fetch(f"{self._next}:*",
                                        "(UID INTERNALDATE BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)])")
            for f in fetched:
                if f.uid >= self._next:  # "n:*" names the last message even when n is past it
                    own = _OWN_MESSAGE_ID.search(f.data)
                    self._by_uid[f.uid] = (own.group(1).lower() if own else None, f.internal_date)
            self._next = max([self._next, st.get("UIDNEXT", 1), *(f.uid + 1 for f in fetched)])
        if len(self._by_uid) != st.get("MESSAGES", len(self._by_uid)):
            alive = set(session.uid_search("ALL"))
            for uid in [u for u in self._by_uid if u not in alive]:
                del self._by_uid[uid]
        self._modseq = st.get("HIGHESTMODSEQ")
        self._ids = frozenset(mid for mid, _ in self._by_uid.values() if mid is not None)

    def answers(self, raw: bytes) -> bool:
        """Does `raw` name a message of the sent folder (as of the last refresh)?"""
        return not self._ids.isdisjoint(quoted_ids(raw))

    def count_since(self, since: datetime) -> int:
        """Sent messages whose internal date (when the server stored them) is `since` or later."""
        return sum(1 for _, at in self._by_uid.values() if at is not None and at >= since)
