"""Reading new bounces: a full sync pages through the bounce query; afterwards history.list
says what arrived, one search tells which of it are bounces, and only those are downloaded
(messages.get in batches), so non-bounces never cost a download.

The cursor (opaque JSON, documented in the package docstring) carries everything a later run
needs to go on: where history was read up to, bounce ids found but not yet handed over, and
new messages the search index may not have seen yet.
"""

from __future__ import annotations

import base64
import json
import logging
from collections.abc import Callable, Sequence
from datetime import datetime, timezone

from connectors.gmail.client import GmailApi
from connectors.gmail.downloads import fetch_messages
from connectors.gmail.inbound import OWN_LABELS, fetch_inbound
from connectors.gmail.labels import ProcessedLabel
from connectors.gmail.screen import PAGE, Screen, Seen
from connectors.gmail.sent import SentLookup
from sync.errors import CursorExpired
from sync.records import MailBatch, RawMessage

__all__ = ["MailReader", "dump_cursor", "load_cursor"]

log = logging.getLogger(__package__)

_SKIP_LABELS = OWN_LABELS  # the mailbox's own mail is never a bounce, nor a sign of life
_RECHECK_CAP = 2000
_CANDIDATE_CAP = 2000  # new messages screened per search; bounds the pending ids a cursor holds


def dump_cursor(state: dict) -> str:
    """The cursor string for `state` (version 1)."""
    return json.dumps({"v": 1, **state}, separators=(",", ":"))


def load_cursor(cursor: str) -> dict:
    """The state in a cursor; CursorExpired for one this version cannot resume from."""
    try:
        state = json.loads(cursor)
        if not isinstance(state, dict) or state.get("v") != 1 or state.get("mode") not in ("full", "history"):
            raise ValueError
        return state
    except ValueError:
        # Not ours (or from an older version): resuming is impossible, a bounded re-scan is safe.
        raise CursorExpired("the stored Gmail cursor cannot be read; a full re-scan is needed") from None


class MailReader:
    """The fetch side of one Gmail mailbox: full sync, incremental reads, downloads."""

    def __init__(self, *, api: GmailApi, address: str, query: str, search_lag: float, chunk: int,
                 clock: Callable[[], float], sent: SentLookup, label: ProcessedLabel | None) -> None:
        self.api, self.address, self.query = api, address, query
        self.search_lag, self.chunk, self.clock = search_lag, chunk, clock
        self.sent, self.label = sent, label
        self.screen = Screen(api, query, chunk, clock)

    def full(self, state: dict, limit: int) -> MailBatch:
        """One page of the bounce query (bounded below by `since`); the last page switches
        the cursor to history from the id taken before the scan began."""
        users = self.api.service.users()
        if state["start"] is None:
            # Taken before listing: whatever arrives during the scan is in history after it.
            state["t"] = int(self.clock())
            state["start"] = self.api.execute("getProfile", users.getProfile(userId="me"))["historyId"]
        query = self.query + (f" after:{state['since']}" if state.get("since") else "")
        kwargs = {"userId": "me", "q": query, "maxResults": min(limit, PAGE), "includeSpamTrash": True}
        if state.get("page"):
            kwargs["pageToken"] = state["page"]
        resp = self.api.execute("messages.list", users.messages().list(**kwargs))
        messages, notes = self._download([m["id"] for m in resp.get("messages", [])])
        if resp.get("nextPageToken"):
            nxt = dump_cursor({"mode": "full", "start": state["start"], "page": resp["nextPageToken"],
                               "t": state["t"], "since": state.get("since")})
            return MailBatch(messages=messages, cursor=nxt, more=True, full_sync=True, notes=notes)
        nxt = dump_cursor({"mode": "history", "h": str(state["start"]), "t": state["t"], "pending": [],
                           "recheck": []})
        return MailBatch(messages=messages, cursor=nxt, more=False, full_sync=True, notes=notes)

    def incremental(self, state: dict, limit: int) -> MailBatch:
        """New bounces since the cursor's history id: pending ones first, else the next
        history pages screened by the bounce query (`Screen`), whatever their dates. New mail
        given up as a bounce comes too, as headers only (`inbound`): a sign of life."""
        h, t = str(state["h"]), int(state["t"])
        pending: list[str] = list(state.get("pending", []))
        life: list[str] = list(state.get("life", []))  # ordinary mail still to fetch as headers
        recheck = dict(Seen.load(entry, t) for entry in state.get("recheck", []))
        caught_up = bool(state.get("done", True))  # did the last history page reach the end?
        if not pending and not life:
            candidates, h, caught_up, called_at = self._history(h)
            now = self.clock()
            # The search index lags behind history: a new message the query did not match is
            # asked about again in later runs until one runs search_lag seconds after it was seen;
            # then it is ordinary mail (given up as a bounce), read for its headers only.
            earlier = {i: seen for i, seen in recheck.items() if i not in candidates}
            matched, unmatched = self.screen.bounces(list(candidates), earlier, t)
            pending = [i for i in [*candidates, *earlier] if i in matched]
            waiting = sorted(((i, seen) for i, seen in unmatched.items()
                              if self.search_lag > 0 and now - seen.first < self.search_lag),
                             key=lambda kv: kv[1].first)[-_RECHECK_CAP:]
            recheck = dict(waiting)
            given_up = {i: seen for i, seen in unmatched.items() if i not in recheck}
            inbound = self.screen.inbound(given_up)
            life = [i for i in [*candidates, *earlier] if i in inbound]
            if caught_up:
                t = called_at  # rechecked messages carry their own dates
        take, pending = pending[:limit], pending[limit:]
        heads, life = life[:limit - len(take)], life[limit - len(take):]
        messages, notes = self._download(take)
        messages += fetch_inbound(self.api, heads, self.chunk)
        nxt = dump_cursor({"mode": "history", "h": h, "t": t, "done": caught_up, "pending": pending,
                           "life": life, "recheck": [seen.dump(i) for i, seen in recheck.items()]})
        return MailBatch(messages=messages, cursor=nxt, more=bool(pending or life) or not caught_up,
                         notes=notes)

    def _history(self, h: str) -> tuple[dict[str, None], str, bool, int]:
        """(new message ids, history id to go on from, whether that is the latest, when the
        last page was asked for). A start id older than Gmail keeps is CursorExpired.
        Records typically carry only id and threadId: a message is skipped here only when
        its labels are given and say it is the mailbox's own; unknown labels cost nothing
        more (the bounce query excludes sent mail, drafts and chats)."""
        candidates: dict[str, None] = {}
        expired = {404: lambda text: CursorExpired(f"Gmail history for {self.address} no longer reaches "
                                                   f"back to {h}; a full re-scan is needed")}
        while True:
            called_at = int(self.clock())
            req = self.api.service.users().history().list(
                userId="me", startHistoryId=h, historyTypes=["messageAdded"], maxResults=PAGE)
            resp = self.api.execute("history.list", req, special=expired)
            records = resp.get("history", [])
            for record in records:
                for added in record.get("messagesAdded", []):
                    msg = added.get("message", {})
                    if msg.get("id") and not _SKIP_LABELS & set(msg.get("labelIds") or ()):
                        candidates[msg["id"]] = None
            if resp.get("nextPageToken") and records:
                h, caught_up = str(records[-1]["id"]), False  # resume after the last record read
            else:
                h, caught_up = str(resp["historyId"]), True
            if caught_up or len(candidates) >= _CANDIDATE_CAP:
                return candidates, h, caught_up, called_at

    def _download(self, ids: Sequence[str]) -> tuple[tuple[RawMessage, ...], tuple[str, ...]]:
        if not ids:
            return (), ()
        got = fetch_messages(self.api, ids, self.chunk)
        messages: list[RawMessage] = []
        notes: list[str] = []
        for mid in ids:
            resource = got.get(mid)
            if resource is None:
                continue  # deleted between listing and fetching: nothing to do
            data = resource.get("raw") or ""
            try:
                raw = base64.urlsafe_b64decode(data + "=" * (-len(data) % 4))
            except (ValueError, TypeError):
                notes.append(f"gmail message {mid}: raw content is not base64url; skipped")
                continue
            received = None
            if str(resource.get("internalDate", "")).isdigit():
                received = datetime.fromtimestamp(int(resource["internalDate"]) / 1000, tz=timezone.utc)
            thread = resource.get("threadId")
            messages.append(RawMessage(id=mid, raw=raw, thread_id=thread, received_at=received))
        if self.label is not None and messages:
            self.label.put_on([m.id for m in messages])
        return tuple(messages), tuple(notes)
