"""Which of the messages history added are bounces, without downloading any of them.

history.list says only "these ids were added" (typically id and threadId, no labels, no
date). The bounce query answers which are bounces, but a search bounded by date (`after:`,
so that it stays one page) cannot see a message whose date is older than the bound: mail
imported or migrated into the mailbox, or delivered late. So a new message the bounded
search did not match is placed in time before it is given up:

1. one listing of *all* mail after the bound (5 units per 500 ids) places most new mail at
   once: it is recent, so the bounded search has really answered for it;
2. a new message that listing does not show either is old-dated (or not indexed yet): one
   `messages.get(format=minimal)` each (batched) gives its `internalDate`, and a search of
   the bounce query around that date answers for it.

What is known of each unmatched message's date travels in the cursor (`Seen`), so a later
run asks again around the right dates (the search index lags behind history) without
placing it again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from connectors.gmail.client import GmailApi
from connectors.gmail.downloads import fetch_messages
from connectors.gmail.sent import PAGE

__all__ = ["Screen", "Seen", "INBOUND", "MARGIN", "PAGE"]

INBOUND = "in:anywhere -in:sent -in:drafts -in:chats"  # mail others sent to the mailbox
MARGIN = 3600  # seconds of slack around every date bound: clock skew, mail accepted before history shows it


@dataclass(frozen=True, slots=True, kw_only=True)
class Seen:
    """A new message the bounce query has not matched (yet): when we first saw it, and the
    interval (epoch seconds) its internalDate is known to lie in."""

    first: float
    lo: int
    hi: int

    def dump(self, mid: str) -> list:
        """This entry in the cursor, for message `mid` (`load` reads it back)."""
        return [mid, int(self.first), self.lo, self.hi]

    @classmethod
    def load(cls, entry: Sequence[Any], t: int) -> tuple[str, Seen]:
        """A cursor entry; older cursors held only [id, first seen] (dated from `t` on)."""
        mid, first = str(entry[0]), float(entry[1])
        if len(entry) >= 4:
            return mid, cls(first=first, lo=int(entry[2]), hi=int(entry[3]))
        return mid, cls(first=first, lo=min(t, int(first)), hi=int(first))


def _merge(windows: Iterable[tuple[int, int | None]]) -> list[tuple[int, int | None]]:
    """Overlapping date windows joined, so each stretch of time is searched once."""
    merged: list[tuple[int, int | None]] = []
    for lo, hi in sorted(windows, key=lambda w: w[0]):
        if merged and (merged[-1][1] is None or lo <= merged[-1][1]):
            last_lo, last_hi = merged[-1]
            merged[-1] = (last_lo, None if last_hi is None or hi is None else max(last_hi, hi))
        else:
            merged.append((lo, hi))
    return merged


class Screen:
    """The bounce query's answer for new message ids (see the module docstring)."""

    def __init__(self, api: GmailApi, query: str, chunk: int, clock: Callable[[], float]) -> None:
        self.api, self.query, self.chunk, self.clock = api, query, chunk, clock

    def bounces(self, new: Sequence[str], held: dict[str, Seen], t: int) -> tuple[set[str], dict[str, Seen]]:
        """(which of `new` and `held` the bounce query matches, what is known of the dates
        of the others). `t` is the epoch from which new mail is expected."""
        bound, now = t - MARGIN, int(self.clock())
        old_windows = [(s.lo - MARGIN, s.hi + MARGIN) for s in held.values() if s.lo < bound]
        matched = self._search(set(new) | set(held), [(bound, None), *old_windows])
        known = {i: s for i, s in held.items() if i not in matched}
        fresh = [i for i in new if i not in matched and i not in held]
        if not fresh:
            return matched, known
        recent = self._listed(fresh, bound)
        known.update({i: Seen(first=now, lo=bound, hi=now) for i in fresh if i in recent})
        dates = self._dates([i for i in fresh if i not in recent])  # a message gone meanwhile is dropped
        old = {i: d for i, d in dates.items() if d is not None and d < bound}
        # Dated after the bound but not listed: the index lags; asked again in later runs.
        known.update({i: Seen(first=now, lo=min(d or bound, bound), hi=max(d or now, now))
                      for i, d in dates.items() if i not in old})
        if old:
            found = self._search(set(old), [(d - MARGIN, d + MARGIN) for d in old.values()])
            matched |= found
            known.update({i: Seen(first=now, lo=d, hi=d) for i, d in old.items() if i not in found})
        return matched, known

    def _pages(self, q: str, wanted: set[str]) -> set[str]:
        """Ids of `wanted` that messages.list(q) shows, paged only until all are found."""
        found: set[str] = set()
        kwargs: dict[str, Any] = {"userId": "me", "q": q, "maxResults": PAGE, "includeSpamTrash": True}
        while True:
            resp = self.api.execute("messages.list", self.api.service.users().messages().list(**kwargs))
            found |= {m["id"] for m in resp.get("messages", [])} & wanted
            if found == wanted or not resp.get("nextPageToken"):
                return found
            kwargs["pageToken"] = resp["nextPageToken"]

    def inbound(self, given_up: dict[str, Seen]) -> set[str]:
        """Which of the messages given up as bounces are inbound mail (not the mailbox's own
        sent mail, drafts or chats, which history lists without labels): one search of
        INBOUND around their known dates, so the mailbox's own mail costs no download."""
        if not given_up:
            return set()
        windows = [(s.lo - MARGIN, s.hi + MARGIN) for s in given_up.values()]
        return self._search(set(given_up), windows, query=INBOUND)

    def _search(self, wanted: set[str], windows: list[tuple[int, int | None]],
                query: str | None = None) -> set[str]:
        """The bounce query (or `query`) over each date window (joined where they overlap)."""
        found: set[str] = set()
        for lo, hi in _merge(windows):
            if found == wanted:
                break
            q = f"{query or self.query} after:{max(0, lo)}" + (f" before:{hi}" if hi is not None else "")
            found |= self._pages(q, wanted - found)
        return found

    def _listed(self, ids: Sequence[str], bound: int) -> set[str]:
        """Which of `ids` are among all mail dated after `bound` (any query, any label)."""
        return self._pages(f"after:{max(0, bound)}", set(ids))

    def _dates(self, ids: Sequence[str]) -> dict[str, int | None]:
        """internalDate (epoch seconds; None if Gmail gave none) of each of `ids` still
        there: messages.get(format=minimal), batched."""
        if not ids:
            return {}
        got = fetch_messages(self.api, ids, self.chunk, fmt="minimal")
        return {mid: int(r["internalDate"]) // 1000 if str(r.get("internalDate", "")).isdigit() else None
                for mid, r in got.items()}
