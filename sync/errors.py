"""Our few error classes. Connectors translate vendor errors into these at their boundary
(chaining the original with `from`); nothing above `connectors/` catches a vendor exception."""

from __future__ import annotations


class SyncError(Exception):
    """Base class. Messages must never contain secrets."""


class Retryable(SyncError):
    """429, 5xx, timeouts: retried with backoff inside the connector, then surfaced.
    The checkpoint does not advance past the work that hit it."""

    def __init__(self, message: str, *, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class QuotaExhausted(Retryable):
    """A daily (or otherwise long) quota is spent: stop this connector for the run,
    leave the work waiting for the next run."""


class Permanent(SyncError):
    """Bad config, a 4xx that will not change, a missing field: the run fails loudly."""


class AuthError(Permanent):
    """Credentials revoked, expired beyond refresh, or missing a scope.
    `setting` names the config key the admin has to fix."""

    def __init__(self, message: str, *, setting: str | None = None) -> None:
        super().__init__(message if setting is None else f"{message} (fix: {setting})")
        self.setting = setting


class Skippable(SyncError):
    """This one item cannot be done (a contact deleted between lookup and write):
    record it in the run report and move on."""


class CursorExpired(SyncError):
    """The stored cursor can no longer be resumed (Gmail history.list 404). The worker
    falls back to a bounded re-scan; that is a core decision, not a connector one."""


class LeaseLost(SyncError):
    """Another worker took over a lease of ours: stop that work, record nothing more.
    Raised by the store's fenced transactions and by LeaseKeeper.confirm (sync/leases.py);
    the worker stops that mailbox, watcher or batch and leaves it to the new owner."""


class ConfigError(SyncError):
    """A config file problem: the key, the problem and the fix (exit status 2)."""

    def __init__(self, key: str, problem: str, fix: str) -> None:
        super().__init__(f"{key}: {problem}. Fix: {fix}")
        self.key, self.problem, self.fix = key, problem, fix


class StateError(SyncError):
    """The state store cannot be used: one line naming where it is (a path, or a URL
    without its password), the problem and the fix. `transient` (a PostgreSQL server that
    does not answer, a busy file) leaves the work for the next run (exit status 1); the rest
    (a read-only file, a full disk, a corrupt file, a refused login) need a person (2).

    Not a Retryable or a Permanent on purpose: a stage that catches a CRM's or a mailbox's
    errors must never take the store's for its own and carry on without it."""

    def __init__(self, where: str, problem: str, fix: str, *, transient: bool = False) -> None:
        super().__init__(f"state store {where}: {problem}. Fix: {fix}")
        self.where, self.problem, self.fix, self.transient = where, problem, fix, transient
