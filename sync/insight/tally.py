"""What counts as a bounce in the figures people read: `bounce-sync status` (last 7 and 30
days) and `bounce-sync report` (any window) count with this one rule, so they agree.

A bounce is one address in one bounce message read from one mailbox. The history keeps a
row per contact holding the address; those rows are one bounce. It is **hard** or **soft**
when the planner recorded it as evidence about the address (sync/planner/rules.py
`evidence`: `counts_for_rate` for a hard one, `counts_soft` for a soft one), whatever was
done about it since (an undo keeps the bounce). Everything else is counted apart, because it
says nothing about the address: **sender-side** refusals (the mailbox itself was blocked or
over a limit), **unverified** bounces (not trusted, recorded only) and **delays** the policy
does not count. A contact refused for an address already known to bounce is not a new
bounce. A bounce belongs to the window its message arrived in (`at`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sync.records import MARKED_OUTCOMES, BounceOutcome

HARD, SOFT, SENDER, UNVERIFIED, DELAYED = "hard", "soft", "sender", "unverified", "delayed"
# Rows whose contact was taken out of its sequences on the bounce (an undo since does not
# unsay that it happened).
_TOOK_OUT = frozenset((*MARKED_OUTCOMES, BounceOutcome.FORGIVEN))
STATUS_WINDOWS = (7, 30)  # the days `status` shows


@dataclass(frozen=True, slots=True, kw_only=True)
class Bounce:
    """One address in one bounce message, with what it counts as (`kind`)."""

    mailbox: str
    message_id: str
    address: str
    reason: str
    kind: str  # HARD, SOFT, SENDER, UNVERIFIED or DELAYED
    at: datetime  # when the bounce arrived
    sent_at: datetime | None  # when its original was sent (None: not in the sent mail)
    original_id: str  # the original's Message-ID ("" where unknown)
    unmatched: bool  # no CRM contact held the address
    took_out: tuple[tuple[str, str], ...]  # (crm, contact id) taken out of sequences on it

    @property
    def about_address(self) -> bool:
        """A hard or soft bounce: evidence about the address."""
        return self.kind in (HARD, SOFT)

    @property
    def original_key(self) -> str:
        """The sent message it answers: a message bouncing for several recipients is one
        bounced message."""
        return self.original_id or f"{self.mailbox}/{self.message_id}"

    @property
    def domain(self) -> str:
        """The recipient's domain, for the report's top-domains chart."""
        return self.address.rpartition("@")[2]


def _kind(rows: Sequence[Mapping[str, Any]]) -> str | None:
    if any(r["counts_for_rate"] for r in rows):
        return HARD
    if any(r["counts_soft"] for r in rows):
        return SOFT
    outcomes = {r["outcome"] for r in rows}
    for outcome, kind in ((BounceOutcome.SENDER, SENDER), (BounceOutcome.UNVERIFIED, UNVERIFIED),
                          (BounceOutcome.DELAYED, DELAYED)):
        if outcome in outcomes:
            return kind
    return None  # only refusals of an address already known to bounce: no new bounce


def bounces(rows: Iterable[Mapping[str, Any]]) -> list[Bounce]:
    """The store's bounce rows (StateStore.bounces_since) as bounces, oldest first."""
    grouped: dict[tuple[str, str, str], list[Mapping[str, Any]]] = {}
    for r in rows:
        grouped.setdefault((r["mailbox"], r["message_id"], r["address"]), []).append(r)
    out = []
    for (mailbox, message_id, address), group in grouped.items():
        kind = _kind(group)
        if kind is None:
            continue
        first = group[0]
        out.append(Bounce(
            mailbox=mailbox, message_id=message_id, address=address, reason=first["reason"],
            kind=kind, at=min(r["at"] for r in group),
            sent_at=next((r["sent_at"] for r in group if r.get("sent_at")), None),
            original_id=next((r["original_id"] for r in group if r.get("original_id")), ""),
            unmatched=any(r["outcome"] == BounceOutcome.UNMATCHED for r in group),
            took_out=tuple(dict.fromkeys((r["crm"], r["contact_id"]) for r in group
                                         if r["contact_id"] and r["outcome"] in _TOOK_OUT))))
    return sorted(out, key=lambda b: b.at)


@dataclass(frozen=True, slots=True, kw_only=True)
class Tally:
    """Bounces of a window: hard and soft (per reason too) and those counted apart."""

    hard: int
    soft: int
    sender: int
    unverified: int
    delayed: int
    unmatched: int  # hard or soft bounces to addresses no contact held
    by_reason: Mapping[str, tuple[int, int]]  # reason -> (hard, soft), hard and soft only

    @property
    def total(self) -> int:
        """Hard and soft: what "N bounces" means wherever people read it."""
        return self.hard + self.soft

    def to_dict(self) -> dict[str, Any]:
        """The JSON form `status` and `report` print, with the same keys in both."""
        return {"total": self.total, "hard": self.hard, "soft": self.soft,
                "sender_side": self.sender, "unverified": self.unverified,
                "delayed": self.delayed, "unmatched": self.unmatched}


def tally(found: Iterable[Bounce], *, since: datetime | None = None) -> Tally:
    """Count `found` (those arrived from `since` on, when given)."""
    kinds: Counter[str] = Counter()
    reasons: dict[str, list[int]] = {}
    unmatched = 0
    for b in found:
        if since is not None and b.at < since:
            continue
        kinds[b.kind] += 1
        if b.about_address:
            reasons.setdefault(b.reason, [0, 0])[0 if b.kind == HARD else 1] += 1
            unmatched += b.unmatched
    ordered = sorted(reasons.items(), key=lambda kv: (-sum(kv[1]), kv[0]))
    return Tally(hard=kinds[HARD], soft=kinds[SOFT], sender=kinds[SENDER],
                 unverified=kinds[UNVERIFIED], delayed=kinds[DELAYED], unmatched=unmatched,
                 by_reason={k: (h, s) for k, (h, s) in ordered})


def status_figures(rows: Iterable[Mapping[str, Any]], *, now: datetime) -> dict[str, Any]:
    """`status`'s bounce figures (JSON-safe) from the rows of the longest window:
    `bounces_7d` / `bounces_30d` (the tally) and `bounces_by_reason_7d` / `_30d` (hard and
    soft bounces per reason)."""
    found = bounces(rows)
    out: dict[str, Any] = {}
    for days in STATUS_WINDOWS:
        t = tally(found, since=now - timedelta(days=days))
        out[f"bounces_{days}d"] = t.to_dict()
        out[f"bounces_by_reason_{days}d"] = {k: h + s for k, (h, s) in t.by_reason.items()}
    return out
