"""What the core needs from the outside world: two small Protocols.

A connector module implements one of them, imports its vendor SDK and nothing else imports
that SDK, and translates vendor errors into `sync.errors` at its boundary. Connectors make
no decisions beyond turning vendor payloads into our records and back.

Constructors: every connector is built as `Connector(settings: Mapping[str, Any], *,
base_dir: Path)`. `settings` is the connector's table from the config file, already
validated for types; values that were secret references (`env:NAME`, `file:PATH`) arrive as
`sync.secret.Secret` objects (call `.reveal()` only where the value is sent). Relative paths
resolve against `base_dir` (the config file's folder). A connector documents its keys in its
module docstring and raises `sync.errors.ConfigError(key, problem, fix)` for a bad one.
Tests build connectors directly, pointed at the fake servers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, runtime_checkable

from sync.records import Action, ApplyResult, ChangeBatch, Contact, MailBatch


@dataclass(frozen=True, slots=True, kw_only=True)
class CheckItem:
    """One line of `bounce-sync check` or `setup`: what was looked at and how it went."""

    name: str
    ok: bool
    detail: str = ""


@runtime_checkable
class MailSource(Protocol):
    name: str  # connector kind, e.g. "gmail"
    address: str  # the mailbox

    def fetch(self, cursor: str | None, *, limit: int) -> MailBatch:
        """At most `limit` new candidate messages after `cursor`, and the cursor to store next.

        Only likely bounces are downloaded (the source's query). Raises `CursorExpired`
        when the source can no longer resume from `cursor`; the worker then calls
        `fetch(None, ...)` with `since` limited by its lookback window.
        """
        ...

    def check(self) -> Sequence[CheckItem]:
        """Prove credentials and scopes, without changing anything."""
        ...


@runtime_checkable
class CrmConnector(Protocol):
    name: str  # connector kind, e.g. "hubspot"

    def setup(self, *, dry_run: bool) -> Sequence[CheckItem]:
        """Install our fields (and what unenrollment needs); idempotent. With `dry_run`,
        say what would be done and change nothing."""
        ...

    def check(self) -> Sequence[CheckItem]:
        """Prove credentials, permissions and that our fields exist."""
        ...

    def find_contacts(self, emails: Sequence[str]) -> Sequence[Contact]:
        """Contacts whose primary or secondary address is one of `emails` (batched at the
        CRM's maximum batch size), with our bounce fields and active enrollments."""
        ...

    def apply(self, actions: Sequence[Action]) -> Sequence[ApplyResult]:
        """Apply actions in batches; one result per action, same keys. Idempotent: applying
        the same action twice leaves the same CRM state. Never raises for one bad record:
        that record's result says FAILED or RETRY. Raises `QuotaExhausted` / `AuthError`
        when nothing more can be done this run."""
        ...

    def bounced_changes(self, cursor: str | None, *, until: datetime) -> ChangeBatch:
        """Contacts carrying our bounce status modified since `cursor` (opaque; None = from
        the beginning) and no later than `until`, with the connector's own indexing lag
        covered by overlap. The worker dedupes."""
        ...
