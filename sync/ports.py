"""What the core needs from the outside world: two Protocols, and the optional abilities a
connector declares on top of them.

The worker, the outbox and the watcher talk to mail sources and CRMs only through these
types, so `sync/` never imports a connector: connectors import this module (through
`connectors.base`, which re-exports it), and `sync/config.py` finds the configured ones by
name through `connectors.registry`.

A connector module implements one of the Protocols, imports its vendor SDK and nothing else
imports that SDK, and translates vendor errors into `sync.errors` at its boundary.
Connectors make no decisions beyond turning vendor payloads into our records and back.

Constructors: every connector is built as `Connector(settings: Mapping[str, Any], *,
base_dir: Path)`. `settings` is the connector's table from the config file, already
validated for types; values that were secret references (`env:NAME`, `file:PATH`) arrive as
`sync.secret.Secret` objects (call `.reveal()` only where the value is sent). Relative paths
resolve against `base_dir` (the config file's folder). A connector documents its keys in its
module docstring and raises `sync.errors.ConfigError(key, problem, fix)` for a bad one.
Tests build connectors directly, pointed at the fake servers.

Optional abilities are declared, never guessed from a signature: each is a small Protocol
below, and the core asks `reads_since(source)`, `counts_sent(source)`,
`looks_up_sent(source)`, `batch_size(crm)`, `takes_fence(crm)` and `enrolls_at_step(crm)`
instead of probing methods or naming connectors. A connector that
has an ability declares it with the class attribute or method the Protocol names; one that
declares nothing simply does not have it, and the core does without.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, TypeGuard, runtime_checkable

from sync.records import Action, ApplyResult, ChangeBatch, Contact, MailBatch, SentMessage


@dataclass(frozen=True, slots=True, kw_only=True)
class CheckItem:
    """One line of `bounce-sync check` or `setup`: what was looked at and how it went."""

    name: str
    ok: bool
    detail: str = ""


@runtime_checkable
class MailSource(Protocol):
    """A sending mailbox the worker reads bounces from, page by page behind a cursor it
    stores, so a run resumes where the last one stopped."""

    name: str  # connector kind, e.g. "gmail"
    address: str  # the mailbox

    def fetch(self, cursor: str | None, *, limit: int) -> MailBatch:
        """At most `limit` new candidate messages after `cursor`, and the cursor to store next.

        Only likely bounces are downloaded (the source's query). Raises `CursorExpired`
        when the source can no longer resume from `cursor`; the worker then calls
        `fetch(None, ...)`, with `since` limited by its lookback window when the source
        declares `ReadsSince`.
        """
        ...

    def check(self) -> Sequence[CheckItem]:
        """Prove credentials and scopes, without changing anything."""
        ...


@runtime_checkable
class CrmConnector(Protocol):
    """The CRM whose contacts the worker marks, unenrolls and re-enrolls; every write goes
    through the outbox, so `apply` must be idempotent."""

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


# --------------------------------------------------------------------------- optional abilities


@runtime_checkable
class ReadsSince(Protocol):
    """A source that can start a scan at a date: `fetch(None, limit=..., since=...)` returns
    only mail received from `since` on. A backfill and the bounded re-scan after an expired
    cursor then read only that window; without it they read the whole mailbox and the
    worker drops the older messages itself.

    Declared by `ACCEPTS_SINCE = True` on the class (a signature cannot say it reliably:
    `**kwargs` would claim anything)."""

    ACCEPTS_SINCE: bool

    def fetch(self, cursor: str | None, *, limit: int, since: datetime | None = None) -> MailBatch:
        """As `MailSource.fetch`; `since` is passed only with a None cursor."""
        ...


@runtime_checkable
class CountsSent(Protocol):
    """A source that can say how many messages the mailbox sent from a date on: the
    denominator of the bounce-rate alert. Without it the rate alert only fires by
    `bounce_count_alert`. Asked at most once per mailbox per run, and only by a page that
    brings new recipient hard bounces, so an idle run costs nothing more.

    Declared by the method itself."""

    def sent_count(self, *, since: datetime) -> int | None:
        """Messages sent from `since` on; None when this instance cannot tell (e.g. no sent
        folder configured). Raises a `SyncError` when asking failed."""
        ...


@runtime_checkable
class LooksUpSent(Protocol):
    """A source that can look up the mailbox's own sent mail: the evidence a bounce needs
    before it may act on a recipient (DESIGN.md, Trust). Sources only gather the evidence;
    the planner decides (sync/planner/trust.py). The worker asks once per page, after
    classifying it, with the Message-IDs of the originals the page's bounces quote (never a
    bounce's own id, nor its In-Reply-To/References) and those a reply from an address that
    bounced answers (its In-Reply-To/References: did we send that message to its From?), so
    a source can batch the lookup.
    A source without it, or an instance that answers None (no sent folder configured, the
    lookup turned off), cannot tell, and the policy's `unknown_origin` decides (default:
    record only).

    Declared by `LOOKS_UP_SENT = True` on the class and the method."""

    LOOKS_UP_SENT: bool

    def sent_messages(self, message_ids: Sequence[str]) -> Mapping[str, SentMessage] | None:
        """The messages among `message_ids` (message_id_key form) that this mailbox sent,
        by id; an id not in the answer was not sent from here. None: this instance cannot
        tell. Raises a `SyncError` when asking failed (the page is then recorded as if the
        source could not tell, never as verified)."""
        ...


@runtime_checkable
class Batched(Protocol):
    """A CRM whose batch calls carry at most `BATCH_SIZE` records: the outbox and the lookup
    pool then hand it whole multiples of that size, so at most one batch per round is
    part-empty. Without it they use their own round figures.

    Declared by `BATCH_SIZE: int` on the class."""

    BATCH_SIZE: int


@runtime_checkable
class EnrollsAtStep(Protocol):
    """A CRM whose `Reenroll` puts a contact back at a given step of a sequence (the saved
    one: undo and resend restore where the contact was; the Reenroll contract,
    tests/contracts/crm.py). Without it a re-enrolment starts at step one, as HubSpot's and
    Salesforce's APIs allow, and what people are told (`explain`, `undo`) says so.

    Declared by `ENROLLS_AT_STEP = True` on the class."""

    ENROLLS_AT_STEP: bool


# A check the outbox hands a fenced `apply`: returns when this worker may still send, raises
# `sync.errors.LeaseLost` when it may not (its lease on the rows was taken over).
FenceCheck = Callable[[], None]


@runtime_checkable
class FencedApply(Protocol):
    """A CRM whose `apply` calls `fence()` before every request it sends (each attempt of a
    retried request too, and after any wait for a rate limit), and lets `LeaseLost` out of
    `apply` unchanged: a worker that lost its lease mid-batch sends nothing more. Without it
    the outbox can only check the lease between `apply` calls (sync/outbox.py).

    Declared by `FENCED = True` on the class."""

    FENCED: bool

    def apply(self, actions: Sequence[Action], *,
              fence: FenceCheck | None = None) -> Sequence[ApplyResult]:
        """As `CrmConnector.apply`; `fence` is called before every request."""
        ...


def reads_since(source: object) -> TypeGuard[ReadsSince]:
    """Does `source` declare `ReadsSince`?"""
    return isinstance(source, ReadsSince) and source.ACCEPTS_SINCE is True


def counts_sent(source: object) -> TypeGuard[CountsSent]:
    """Does `source` declare `CountsSent`?"""
    return isinstance(source, CountsSent)


def looks_up_sent(source: object) -> TypeGuard[LooksUpSent]:
    """Does `source` declare `LooksUpSent`?"""
    return isinstance(source, LooksUpSent) and source.LOOKS_UP_SENT is True


def batch_size(crm: object) -> int | None:
    """The records per batch call `crm` declares (`Batched`), or None."""
    if not isinstance(crm, Batched):
        return None
    size = crm.BATCH_SIZE
    if isinstance(size, bool) or not isinstance(size, int) or size <= 0:
        return None
    return size


def takes_fence(crm: object) -> TypeGuard[FencedApply]:
    """Does `crm` declare `FencedApply`?"""
    return isinstance(crm, FencedApply) and crm.FENCED is True


def enrolls_at_step(crm: object) -> bool:
    """Does `crm` declare `EnrollsAtStep`? `crm` may be the connector's class (what `explain
    --no-crm` has, without building a connector)."""
    return isinstance(crm, EnrollsAtStep) and crm.ENROLLS_AT_STEP is True
