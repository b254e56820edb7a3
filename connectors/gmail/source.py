"""`GmailSource`, the `MailSource` over one Gmail mailbox: it wires the checked settings, the
paced and retried API, the reader and the Sent lookups together, and answers `check`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from connectors.base import CheckItem
from connectors.gmail.auth import AUTH_COMMAND, missing_scopes, short_scope
from connectors.gmail.client import GmailApi
from connectors.gmail.labels import ProcessedLabel
from connectors.gmail.pacing import MinuteBudget
from connectors.gmail.reads import MailReader, load_cursor
from connectors.gmail.sent import SentLookup
from connectors.gmail.settings import GmailSettings
from sync.errors import AuthError, Permanent, Retryable
from sync.records import MailBatch, SentMessage

__all__ = ["GmailSource"]


class GmailSource:
    """Bounces from a Gmail / Google Workspace mailbox (settings, cost and cursor: see the
    package docstring). Built from the config table; makes no request until used."""

    name = "gmail"
    ACCEPTS_SINCE = LOOKS_UP_SENT = True  # declared abilities (sync.ports.ReadsSince, LooksUpSent)

    def __init__(self, settings: Mapping[str, Any], *, base_dir: Path,
                 sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.time) -> None:
        s = GmailSettings.parse(settings, base_dir)
        self.address, self.query, self.endpoint, self.batch_uri = s.address, s.query, s.endpoint, s.batch_uri
        self.unit_costs, self.units_per_minute = s.unit_costs, s.units_per_minute
        self.batch_size, self.timeout, self.max_attempts = s.batch_size, s.timeout, s.max_attempts
        self.backoff, self.search_lag, self.verify = s.backoff, s.search_lag, s.verify
        self.label_processed, self.scopes = s.label_processed, list(s.scopes)
        self._credentials = s.credentials
        self._budget = MinuteBudget(self.units_per_minute, fraction=s.quota_fraction, sleep=sleep)
        # A batch must fit the minute's share, or pacing could never let it through.
        chunk = max(1, min(self.batch_size, int(self._budget.capacity // max(1, self.unit_costs["messages.get"]))))
        self._api = GmailApi(credentials=s.credentials, endpoint=s.endpoint, batch_uri=s.batch_uri,
                             timeout=s.timeout, unit_costs=s.unit_costs, budget=self._budget,
                             max_attempts=s.max_attempts, backoff=s.backoff, sleep=sleep,
                             needs=s.scopes, granted=s.granted)
        self._sent = SentLookup(self._api, s.verify, chunk)
        self._label = ProcessedLabel(self._api, s.label_processed) if s.label_processed else None
        self._reader = MailReader(api=self._api, address=s.address, query=s.query, search_lag=s.search_lag,
                                  chunk=chunk, clock=clock, sent=self._sent, label=self._label)

    @property
    def service(self) -> Any:
        """The googleapiclient resource (built on first use)."""
        return self._api.service

    @property
    def requests(self) -> int:
        """HTTP requests made (a batch counts once), for reports and benchmarks."""
        return self._api.requests

    def fetch(self, cursor: str | None, *, limit: int, since: datetime | None = None) -> MailBatch:
        """See connectors.base.MailSource. `since` (full sync only) bounds the scan from below,
        for the worker's re-scan after CursorExpired."""
        if limit < 1:
            raise ValueError("limit must be at least 1")
        if since is not None and since.tzinfo is None:
            raise ValueError("since must be timezone-aware")
        if cursor is None:
            return self._reader.full({"start": None, "page": None, "since": since and int(since.timestamp())}, limit)
        state = load_cursor(cursor)
        if state["mode"] == "full":
            return self._reader.full(state, limit)
        return self._reader.incremental(state, limit)

    def sent_messages(self, message_ids: Sequence[str]) -> Mapping[str, SentMessage] | None:
        """The originals among `message_ids` this mailbox sent (SENT label), with their
        To/Cc/Bcc (sync.ports.LooksUpSent); None with verify = "off". Cost: connectors/gmail/sent.py."""
        return self._sent.sent_messages(message_ids)

    def sent_count(self, *, since: datetime) -> int:
        """Messages this mailbox sent from `since` on, for the worker's bounce-rate alert: one
        messages.list (5 units), exact up to 500, Gmail's estimate beyond. The worker asks
        only on a run that found new hard bounces for this mailbox, never on an idle run."""
        return self._sent.count_since(since)

    def check(self) -> Sequence[CheckItem]:
        """Prove the credentials open this mailbox with the scopes needed, and that the
        bounce query (and the label, if any) work; nothing is changed."""
        scopes: list[CheckItem] = []  # from the token file, before any call: named even if calls fail
        granted = self._api.granted  # what the token file says; the calls below prove it either way
        if granted is not None:
            lacking = missing_scopes(tuple(self.scopes), granted)
            names = " ".join(sorted(short_scope(g) for g in granted))
            scopes.append(CheckItem(name=f"gmail {self.address}: scopes", ok=not lacking,
                                   detail=f"granted {names}" if not lacking else
                                   f"missing {' '.join(short_scope(m) for m in lacking)} (granted {names}): run "
                                   f"`{AUTH_COMMAND} --client-secrets CLIENT.json --token-file TOKEN.json` again"))
        try:
            profile = self._api.execute("getProfile", self.service.users().getProfile(userId="me"))
        except (AuthError, Permanent, Retryable) as exc:
            return [CheckItem(name=f"gmail {self.address}: credentials", ok=False, detail=str(exc)), *scopes]
        email = str(profile.get("emailAddress", "")).lower()
        items = [CheckItem(name=f"gmail {self.address}: credentials", ok=True,
                           detail=f"opens {email}, historyId {profile.get('historyId')}"),
                 CheckItem(name=f"gmail {self.address}: mailbox", ok=email == self.address,
                           detail="matches address" if email == self.address else
                           f"the credentials open {email}, not {self.address}: fix address or credentials"),
                 *scopes]
        try:
            self._api.execute("messages.list", self.service.users().messages().list(
                userId="me", q=self.query, maxResults=1, includeSpamTrash=True))
            items.append(CheckItem(name=f"gmail {self.address}: bounce query", ok=True, detail="search allowed"))
            if self._label is not None:
                exists = self._label.exists()
                items.append(CheckItem(name=f"gmail {self.address}: label", ok=True,
                                       detail=f"{self.label_processed!r} {'exists' if exists else 'will be created'}"))
        except (AuthError, Permanent, Retryable) as exc:
            items.append(CheckItem(name=f"gmail {self.address}: bounce query", ok=False, detail=str(exc)))
        return items
