"""What tells an operator that something needs them, read from the store: mailboxes whose
reads keep failing (and since when), leases held by a worker that stopped renewing them,
and alerts still to page (an alert is paged once a run has exited 3 with it).

Read-only views plus `mark_paged`; the rules that turn them into exit statuses live in
sync/health.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sync.report import Alert
from sync.store.codec import parse_ts, ts
from sync.store.database import Database
from sync.store.dialects import placeholders


@dataclass(frozen=True, slots=True, kw_only=True)
class MailboxHealth:
    """A mailbox's reads as the store remembers them."""

    name: str
    last_ok_at: datetime | None  # the last read that ended without an error
    error_since: datetime | None  # the first failed read of the current streak (None: no streak)
    last_error: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class LeaseHolder:
    """Who holds a named lease, until when (by the holder's clock at its last renewal)."""

    name: str
    owner: str  # host:pid
    expires: datetime


class Health(Database):
    """Mailbox health, lease holders and pages, over the mailboxes, leases and alerts tables."""

    def mailbox_health(self, names: Iterable[str]) -> dict[str, MailboxHealth]:
        """The health of these mailboxes (those never read are absent)."""
        names = sorted(set(names))
        if not names:
            return {}
        rows = self._q("SELECT name, last_ok_at, error_since, last_error FROM mailboxes "
                       f"WHERE name IN ({placeholders(len(names))})", names)
        return {n: MailboxHealth(name=n, last_ok_at=parse_ts(ok) if ok else None,
                                 error_since=parse_ts(since) if since else None, last_error=err)
                for n, ok, since, err in rows}

    def lease_holder(self, name: str, *, now: datetime) -> LeaseHolder | None:
        """The unexpired holder of the named lease, or None."""
        rows = self._q("SELECT owner, expires FROM leases WHERE name = ? AND expires >= ?",
                       (name, ts(now)))
        return LeaseHolder(name=name, owner=rows[0][0], expires=parse_ts(rows[0][1])) if rows else None

    def held_leases(self, *, now: datetime) -> list[LeaseHolder]:
        """Every unexpired named lease (mailboxes, the watcher), by name."""
        return [LeaseHolder(name=n, owner=o, expires=parse_ts(e)) for n, o, e in self._q(
            "SELECT name, owner, expires FROM leases WHERE expires >= ? ORDER BY name", (ts(now),))]

    def alerts_to_page(self) -> list[tuple[int, Alert]]:
        """Open alerts no run has exited 3 with yet (a run killed before exiting leaves
        its alerts here), oldest first, with their row numbers for `mark_paged`."""
        return [(seq, Alert(mailbox=m, kind=k, reason=r, message=msg, message_id=mid,
                            paused=bool(p), at=parse_ts(a)))
                for seq, m, k, r, msg, mid, p, a in self._q(
                    "SELECT seq, mailbox, kind, reason, message, message_id, paused, at FROM alerts "
                    "WHERE paged_at IS NULL AND acked_at IS NULL ORDER BY seq")]

    def mark_paged(self, seqs: Sequence[int], *, now: datetime) -> None:
        """These alerts were delivered: a run exited 3 with them."""
        seqs = list(seqs)
        with self.transaction():
            for i in range(0, len(seqs), 400):
                chunk = seqs[i:i + 400]
                self._q(f"UPDATE alerts SET paged_at = ? WHERE seq IN ({placeholders(len(chunk))}) "
                        "AND paged_at IS NULL", (ts(now), *chunk))
