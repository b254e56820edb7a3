"""What Gmail knows about the mailbox's own sent mail: whether a bounce answers a message this
mailbox sent (`RawMessage.sent_by_mailbox`, the trust signal the planner reads), and how many
messages it sent since a date (the bounce-rate alert's denominator).

Both cost quota, so both are as cheap as the answer allows: a bounce Gmail threaded with an
existing conversation is trusted for free, and a count is one listing page.
"""

from __future__ import annotations

import re
from datetime import datetime

from connectors.gmail.client import GmailApi
from connectors.gmail.settings import Verify

__all__ = ["SentLookup", "PAGE"]

PAGE = 500  # Gmail's maximum maxResults
_MSGID_SCAN = 256 * 1024  # bytes of a bounce searched for quoted Message-IDs
_MAX_LOOKUPS = 3  # quoted Message-IDs searched for in Sent, per bounce
_QUOTED_MSGID = re.compile(rb"^(?:X-Original-Message-ID|Message-ID|In-Reply-To)[ \t]*:[ \t]*"
                           rb"<([^<>\s\"()]{1,250})>", re.I | re.M)
_HEADER_END = re.compile(rb"\r?\n\r?\n")


class SentLookup:
    """Answers about the mailbox's Sent label through the paced, retried API."""

    def __init__(self, api: GmailApi, verify: Verify) -> None:
        self.api, self.verify = api, verify

    def answers(self, mid: str, thread_id: str | None, raw: bytes) -> bool | None:
        """Does this bounce answer mail this mailbox sent? Threaded by Gmail: yes (free).
        Otherwise, with verify="lookup", search Sent for the Message-IDs the bounce quotes."""
        if self.verify == Verify.OFF:
            return None
        if thread_id and thread_id != mid:
            return True
        if self.verify == Verify.THREAD:
            return False
        for value in _quoted_ids(raw):
            req = self.api.service.users().messages().list(
                userId="me", q=f"rfc822msgid:{value.decode('ascii', 'replace')} in:sent", maxResults=1)
            if self.api.execute("messages.list", req).get("messages"):
                return True
        return False

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


def _quoted_ids(raw: bytes) -> list[bytes]:
    """The first few Message-IDs a bounce quotes (the original's), not its own."""
    end = _HEADER_END.search(raw)
    own = _QUOTED_MSGID.search(raw, 0, end.start() if end else len(raw))
    own_id = own.group(1) if own and own.group(0).lower().startswith(b"message-id") else None
    quoted: list[bytes] = []
    for m in _QUOTED_MSGID.finditer(raw, 0, _MSGID_SCAN):
        value = m.group(1)
        if value != own_id and value not in quoted:
            quoted.append(value)
        if len(quoted) == _MAX_LOOKUPS:
            break
    return quoted
