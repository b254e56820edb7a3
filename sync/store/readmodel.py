"""The planner's read model: what `plan` needs to know about the addresses and contacts a
page touches, read back from the bounce history the planner wrote.

The filters use only what the planner wrote: its evidence flags (`counts_soft`,
`counts_for_rate`; sync/planner/rules.py: evidence) and its outcomes (the BounceOutcome
groups in sync/records.py). A rule such as "an unverified bounce teaches nothing" is stated
once, in the planner, and never re-derived here.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sync.planner import PastBounce, PlannerState
from sync.records import CONTACT_OUTCOMES, MARKED_OUTCOMES, Enrollment
from sync.store.codec import decode_enrollments, parse_ts, ts, values
from sync.store.database import Database
from sync.store.history import SIGN_OF_LIFE
from sync.store.dialects import placeholders

_CHUNK = 400  # values per IN list: well under both engines' parameter limits


class ReadModel(Database):
    """`planner_state`, over the history tables."""

    def planner_state(self, *, crm: str, addresses: Iterable[str], contact_ids: Iterable[str],
                      since: datetime, now: datetime, mailboxes: Iterable[str] = (),
                      rate_window_days: int = 7,
                      sent_in_window: dict[str, int | None] | None = None,
                      rate_since: dict[str, datetime] | None = None,
                      known_bad_since: datetime | None = None) -> PlannerState:
        """What `plan` needs to know about these addresses and contacts. `since` bounds the
        soft-bounce history read (earliest observation minus the soft window). Hard bounces
        for the rate alert count from `rate_since[mailbox]` (an acknowledgement) when given,
        else over the last `rate_window_days`. Addresses are known-bad by a hard bounce from
        `known_bad_since` on (the planner's `Recall.known_bad_since`), any age when None."""
        by_address = self._address_history(crm, sorted(set(addresses)), since, known_bad_since)
        removed, last = self._contact_history(crm, sorted(set(contact_ids)))
        window_start = now - timedelta(days=rate_window_days)
        acked = rate_since or {}
        hard_in_window = {m: self._hard_since(m, max(window_start, acked.get(m, window_start)))
                          for m in sorted(set(mailboxes))}
        return PlannerState(crm=crm, soft_bounces=by_address.soft, known_hard=by_address.known,
                            done=frozenset(by_address.done), removed=removed, last_bounce=last,
                            hard_in_window=hard_in_window, sent_in_window=dict(sent_in_window or {}),
                            soft_details=by_address.details, last_life=by_address.lives,
                            known_hard_at=by_address.known_at, known_hard_from=by_address.known_from)

    def bounced_addresses(self, crm: str, addresses: Iterable[str]) -> frozenset[str]:
        """Those of `addresses` known to hard-bounce or marked on a contact of `crm`: an
        answer from one of them is later evidence, so the page looks its contacts up."""
        wanted = sorted(set(addresses))
        out: set[str] = set()
        for i in range(0, len(wanted), _CHUNK):
            chunk = wanted[i:i + _CHUNK]
            ph = placeholders(len(chunk))
            out.update(r[0] for r in self._q(
                f"SELECT address FROM known_hard WHERE address IN ({ph})", chunk))
            out.update(r[0] for r in self._q(
                f"SELECT DISTINCT address FROM bounces WHERE crm = ? AND address IN ({ph}) "
                f"AND outcome IN ({placeholders(len(MARKED_OUTCOMES))})",
                (crm, *chunk, *values(MARKED_OUTCOMES))))
        return frozenset(out)

    def known_bad_addresses(self, *, since: datetime, after: str = "", upto: str | None = None,
                            limit: int) -> list[str]:
        """Addresses known to hard-bounce since `since`, in address order, after `after`
        (and up to `upto`): the known-bad check walks them from run to run."""
        bound, params = ("", ()) if upto is None else (" AND address <= ?", (upto,))
        return [r[0] for r in self._q(
            f"SELECT address FROM known_hard WHERE at >= ? AND address > ?{bound} "
            "ORDER BY address LIMIT ?", (ts(since), after, *params, limit))]

    def _address_history(self, crm: str, addresses: Sequence[str], since: datetime,
                         known_since: datetime | None) -> _ByAddress:
        out = _ByAddress()
        for i in range(0, len(addresses), _CHUNK):
            chunk = addresses[i:i + _CHUNK]
            ph = placeholders(len(chunk))
            # Soft bounces the planner counted, not reset since by a sign of life or a resend.
            rows = self._q(
                "SELECT address, mailbox, message_id, max(at), min(reason), min(diagnostic) "
                "FROM bounces WHERE counts_soft = 1 AND counted = 1 "
                f"AND at >= ? AND address IN ({ph}) GROUP BY address, mailbox, message_id",
                (ts(since), *chunk))
            for address, mailbox, message_id, at, reason, diagnostic in sorted(rows, key=lambda r: r[3]):
                out.soft[address] = out.soft.get(address, ()) + (parse_ts(at),)
                out.details[address] = out.details.get(address, ()) + (PastBounce(
                    address=address, message_key=f"{mailbox}/{message_id}", reason=reason,
                    hard=False, at=parse_ts(at), diagnostic=diagnostic or ""),)
            # A soft bounce recorded after a newer sign of life (an older page read late)
            # must not count: the planner compares against the latest one.
            out.lives.update({a: parse_ts(at) for a, at in self._q(
                "SELECT address, max(at) FROM address_events WHERE kind = ? "
                f"AND address IN ({ph}) GROUP BY address", (SIGN_OF_LIFE, *chunk))})
            for address, reason, mailbox, message_id, at in self._q(
                    f"SELECT address, reason, mailbox, message_id, at FROM known_hard "
                    f"WHERE address IN ({ph}) AND at >= ?",
                    (*chunk, ts(known_since) if known_since else "")):
                out.known[address] = reason
                out.known_at[address] = parse_ts(at)
                out.known_from[address] = f"{mailbox or ''}/{message_id or ''}"
            out.done.update(self._q(
                f"SELECT DISTINCT address, contact_id FROM bounces WHERE crm = ? AND address IN ({ph}) "
                f"AND outcome IN ({placeholders(len(MARKED_OUTCOMES))})",
                (crm, *chunk, *values(MARKED_OUTCOMES))))
        return out

    def _contact_history(self, crm: str, contact_ids: Sequence[str]
                         ) -> tuple[dict[str, tuple[Enrollment, ...]], dict[str, PastBounce]]:
        """What was removed from each contact's sequences, and its latest bounce that
        touched its record (for the watcher)."""
        removed: dict[str, tuple[Enrollment, ...]] = {}
        last: dict[str, PastBounce] = {}
        for i in range(0, len(contact_ids), _CHUNK):
            chunk = contact_ids[i:i + _CHUNK]
            ph = placeholders(len(chunk))
            for cid, enrollments in self._q(
                    f"SELECT contact_id, enrollments FROM removed_enrollments WHERE crm = ? "
                    f"AND contact_id IN ({ph}) ORDER BY seq", (crm, *chunk)):
                removed[cid] = decode_enrollments(json.loads(enrollments))  # latest wins
            for cid, address, mailbox, message_id, reason, hard, at in self._q(
                    "SELECT contact_id, address, mailbox, message_id, reason, hard, at FROM bounces "
                    f"WHERE crm = ? AND contact_id IN ({ph}) AND outcome IN "
                    f"({placeholders(len(CONTACT_OUTCOMES))}) ORDER BY seq",
                    (crm, *chunk, *values(CONTACT_OUTCOMES))):
                last[cid] = PastBounce(address=address, message_key=f"{mailbox}/{message_id}",
                                       reason=reason, hard=bool(hard), at=parse_ts(at))
        return removed, last

    def _hard_since(self, mailbox: str, start: datetime) -> int:
        """Bounces of the mailbox since `start` that the planner said count for the rate."""
        rows = self._q("SELECT count(DISTINCT message_id || ' ' || address) FROM bounces "
                       "WHERE mailbox = ? AND counts_for_rate = 1 AND at >= ?",
                       (mailbox, ts(start)))
        return rows[0][0] or 0


@dataclass(slots=True, kw_only=True)
class _ByAddress:
    """Scratch for `_address_history`: the per-address parts of a PlannerState."""

    soft: dict[str, tuple[datetime, ...]] = field(default_factory=dict)
    details: dict[str, tuple[PastBounce, ...]] = field(default_factory=dict)
    lives: dict[str, datetime] = field(default_factory=dict)
    known: dict[str, str] = field(default_factory=dict)
    known_at: dict[str, datetime] = field(default_factory=dict)
    known_from: dict[str, str] = field(default_factory=dict)
    done: set[tuple[str, str]] = field(default_factory=set)

