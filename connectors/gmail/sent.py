"""What Gmail knows about the mailbox's own sent mail: which originals the worker's bounces
quote this mailbox sent, and to whom (`sent_messages`, sync.ports.LooksUpSent: evidence
only, the planner decides), and how many messages it sent since a date (the bounce-rate
alert's denominator).

Only a message carrying the SENT label counts: being in the same thread as the bounce is a
pointer, not evidence (anyone can write into a thread by quoting its ids).

Cost, per worker page (the worker asks once per page, with every original its bounces quote
and the In-Reply-To/References, at most five, of each reply from an address that bounced):
  * one messages.list (5 units) of `in:sent {rfc822msgid:A rfc822msgid:B ...}` per group of
    up to IDS_PER_SEARCH ids not asked before in this run (an OR group: one call, not one
    per id);
  * one messages.get(format=metadata, metadataHeaders=To,Cc,Bcc,Message-ID,Date) per sent
    message found (5 units; 20 on projects under the May 2026 quotas), in batches;
  * nothing for an id asked before in this run (the answers are cached per source).
So N bounces quoting N distinct originals cost ceil(N/20) x 5 + N x 5 units (the old
per-bounce search cost up to 3 x 5 units per bounce and read no recipients).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime

from connectors.gmail.client import GmailApi
from connectors.gmail.downloads import fetch_messages
from connectors.gmail.settings import Verify
from connectors.sentmail import sent_from_headers
from sync.records import SentMessage, message_id_key

__all__ = ["SentLookup", "PAGE", "IDS_PER_SEARCH"]

PAGE = 500  # Gmail's maximum maxResults
IDS_PER_SEARCH = 20  # Message-IDs OR-ed into one Sent search (keeps the query short)
_CACHE_CAP = 20_000  # answers kept per source (a run's worth)
_HEADERS = ("To", "Cc", "Bcc", "Message-ID", "Date")
# What a search term can carry unquoted; an id with anything else cannot be asked for and is
# answered "not found" (recorded as unverified; a person can still apply it).
_SEARCHABLE = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`.|~@-]{1,250}")


class SentLookup:
    """Answers about the mailbox's Sent label through the paced, retried API."""

    def __init__(self, api: GmailApi, verify: Verify, chunk: int = 25) -> None:
        self.api, self.verify, self.chunk = api, verify, max(1, chunk)
        self._cache: dict[str, SentMessage | None] = {}

    def sent_messages(self, message_ids: Iterable[str]) -> dict[str, SentMessage] | None:
        """The originals among `message_ids` this mailbox sent (SENT label), with their
        recipients; None when `verify = "off"`."""
        if self.verify == Verify.OFF:
            return None
        keys = list(dict.fromkeys(message_id_key(m) for m in message_ids if m))
        todo = [k for k in keys if k not in self._cache]
        for start in range(0, len(todo), IDS_PER_SEARCH):
            self._look_up(todo[start:start + IDS_PER_SEARCH])
        return {k: m for k in keys if (m := self._cache.get(k)) is not None}

    def _look_up(self, keys: list[str]) -> None:
        found: dict[str, SentMessage] = {}
        searchable = [k for k in keys if _SEARCHABLE.fullmatch(k)]
        if searchable:
            terms = " ".join(f"rfc822msgid:{k}" for k in searchable)
            q = f"in:sent {terms}" if len(searchable) == 1 else f"in:sent {{{terms}}}"
            req = self.api.service.users().messages().list(userId="me", q=q, maxResults=PAGE)
            listed = [m["id"] for m in self.api.execute("messages.list", req).get("messages", [])]
            got = fetch_messages(self.api, listed, self.chunk, fmt="metadata", headers=_HEADERS)
            wanted = set(searchable)
            for resource in got.values():
                if "SENT" not in (resource.get("labelIds") or ()):
                    continue  # only the mailbox's own sent copy is evidence
                sent = sent_from_headers(_headers(resource))
                if sent is not None and sent.message_id in wanted:
                    old = found.get(sent.message_id)
                    found[sent.message_id] = sent if old is None else SentMessage(
                        message_id=sent.message_id, recipients=old.recipients | sent.recipients,
                        sent_at=old.sent_at or sent.sent_at)
        if len(self._cache) + len(keys) > _CACHE_CAP:
            self._cache.clear()
        for k in keys:
            self._cache[k] = found.get(k)

    def count_since(self, since: datetime) -> int:
        """Messages this mailbox sent from `since` on, for the worker's bounce-rate alert:
        ONE messages.list of `in:sent after:<epoch>` (5 units) with maxResults 500. Up to 500
        the ids on the page are the exact count; beyond, Gmail's `resultSizeEstimate` (an
        estimate, at least the ids seen)."""
        if since.tzinfo is None:
            raise ValueError("since must be timezone-aware")
        req = self.api.service.users().messages().list(
            userId="me", q=f"in:sent after:{max(0, int(since.timestamp()))}", maxResults=PAGE)
        resp = self.api.execute("messages.list", req)
        listed = len(resp.get("messages", []))
        if not resp.get("nextPageToken"):
            return listed
        try:
            estimate = int(resp.get("resultSizeEstimate", 0))
        except (TypeError, ValueError):
            estimate = 0
        return max(listed, estimate)


def _headers(resource: dict) -> dict[str, list[str]]:
    """A metadata resource's headers by lower-case name."""
    out: dict[str, list[str]] = {}
    for h in (resource.get("payload") or {}).get("headers") or ():
        if isinstance(h, dict) and h.get("name"):
            out.setdefault(str(h["name"]).lower(), []).append(str(h.get("value") or ""))
    return out
