"""The optional `label_processed` label: put on every fetched bounce so a person browsing the
mailbox sees what bounce-sync has read. It is the only write the Gmail source makes (and the
only reason it may need the gmail.modify scope).
"""

from __future__ import annotations

from collections.abc import Sequence

from connectors.gmail.client import GmailApi
from sync.errors import Permanent

__all__ = ["ProcessedLabel"]


class _LabelTaken(Permanent):
    """labels.create answered 409: the label exists (made meanwhile by someone else)."""


class ProcessedLabel:
    """The label, found or created on first use (one labels.list, perhaps a labels.create)."""

    def __init__(self, api: GmailApi, name: str) -> None:
        self.api, self.name = api, name
        self._id: str | None = None

    def put_on(self, ids: Sequence[str]) -> None:
        """Label these messages: one messages.batchModify (50 units) for the whole fetch."""
        if self._id is None:
            self._id = self._ensure()
        body = {"ids": list(ids), "addLabelIds": [self._id]}
        self.api.execute("messages.batchModify",
                         self.api.service.users().messages().batchModify(userId="me", body=body))

    def exists(self) -> bool:
        """Whether the label is there already (for `check`; nothing is created)."""
        return self._find() is not None

    def _find(self) -> str | None:
        labels = self.api.execute("labels.list", self.api.service.users().labels().list(userId="me"))
        return next((lb["id"] for lb in labels.get("labels", []) if lb["name"].lower() == self.name.lower()), None)

    def _ensure(self) -> str:
        if (found := self._find()) is not None:
            return found
        body = {"name": self.name, "labelListVisibility": "labelShow", "messageListVisibility": "show"}
        try:
            return self.api.execute("labels.create", self.api.service.users().labels().create(userId="me", body=body),
                                    special={409: _LabelTaken})["id"]
        except _LabelTaken:
            if found := self._find():
                return found
            raise
