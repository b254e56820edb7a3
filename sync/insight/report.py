"""`bounce-sync report`: the bounce picture over a window, from the bounce history.

`build` turns the store's rows (and, when the mailboxes could say, their sent counts per
time bucket) into a `Report`; `lines` prints it, `to_dict` is its JSON, and page.py draws
it. A bounce counts once per message and address (the history keeps a row per contact).
Recipient bounces are hard or soft; sender-side refusals, unverified and delay-only
reports are counted apart, since they say nothing about the address.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from sync.insight.words import plural, reason_label, reason_words, when
from sync.records import BounceOutcome, MARKED_OUTCOMES

_NOT_ADDRESS = (BounceOutcome.UNVERIFIED, BounceOutcome.DELAYED)
# Bounces that took a contact out of its sequences (an undo since does not unsay it).
_TOOK_OUT = (*MARKED_OUTCOMES, BounceOutcome.FORGIVEN)


@dataclass(frozen=True, slots=True, kw_only=True)
class Bucket:
    """One step of the time axis: [start, end)."""

    start: datetime
    end: datetime
    label: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Count:
    """Hard and soft bounces of one reason, sequence or domain."""

    key: str
    label: str
    hard: int
    soft: int

    @property
    def total(self) -> int:
        """Hard and soft together."""
        return self.hard + self.soft


@dataclass(frozen=True, slots=True, kw_only=True)
class MailboxFigures:
    """One mailbox over the window; `sent` None: the mailbox could not say."""

    name: str
    hard: int
    soft: int
    sender: int
    sent: int | None

    @property
    def rate(self) -> float | None:
        """Bounces per message sent; None where the mailbox could not say how much it sent."""
        return (self.hard + self.soft) / self.sent if self.sent else None

    @property
    def hard_rate(self) -> float | None:
        """Hard bounces per message sent; None as for `rate`."""
        return self.hard / self.sent if self.sent else None


@dataclass(frozen=True, slots=True, kw_only=True)
class Report:
    """Everything the text, JSON and HTML forms show."""

    days: int
    since: datetime
    now: datetime
    hard: int
    soft: int
    sender: int
    unverified: int
    unmatched: int
    mailboxes: tuple[MailboxFigures, ...]
    buckets: tuple[Bucket, ...]
    series_kind: str  # "rate" (bounces / sent, %) or "count" (sent unknown)
    series: Mapping[str, tuple[float, ...]]  # mailbox -> one value per bucket
    reasons: tuple[Count, ...]
    sequences: tuple[Count, ...]
    domains: tuple[Count, ...]
    alerts: tuple[Any, ...]
    summary: tuple[str, ...]


def buckets(*, since: datetime, now: datetime) -> list[Bucket]:
    """Days for a window up to two weeks, weeks up to four months, else 30-day steps."""
    days = max(1, math.ceil((now - since) / timedelta(days=1)))
    size = 1 if days <= 14 else 7 if days <= 120 else 30
    out, start = [], since
    while start < now:
        end = min(now, start + timedelta(days=size))
        out.append(Bucket(start=start, end=end, label=start.strftime("%b %d")))
        start = end
    return out


def build(*, rows: Iterable[Mapping[str, Any]], removed: Mapping[tuple[str, str], Sequence[Any]],
          alerts: Sequence[Any], sent: Mapping[str, Sequence[int] | None],
          buckets: Sequence[Bucket], mailboxes: Sequence[str], since: datetime, now: datetime,
          days: int) -> Report:
    """The report over [since, now) from the bounce history's rows (bounces_since)."""
    seen: dict[tuple[str, str, str], Mapping[str, Any]] = {}
    apart = Counter()
    contacts: dict[tuple[str, str, str], list[tuple[str, str]]] = {}
    for r in rows:
        key = (r["mailbox"], r["message_id"], r["address"])
        if r["contact_id"] and r["outcome"] in _TOOK_OUT:
            contacts.setdefault(key, []).append((r["crm"], r["contact_id"]))
        if r["outcome"] in _NOT_ADDRESS:
            apart[r["outcome"]] += 1
        elif key not in seen:
            seen[key] = r
    recipient = [r for r in seen.values() if r["outcome"] != BounceOutcome.SENDER]
    names = list(dict.fromkeys(list(mailboxes) + sorted({r["mailbox"] for r in seen.values()})))
    figures = tuple(MailboxFigures(
        name=m, hard=sum(1 for r in recipient if r["mailbox"] == m and r["hard"]),
        soft=sum(1 for r in recipient if r["mailbox"] == m and not r["hard"]),
        sender=sum(1 for r in seen.values() if r["mailbox"] == m and r["outcome"] == BounceOutcome.SENDER),
        sent=sum(sent[m]) if sent.get(m) is not None else None) for m in names)
    kind = "rate" if figures and all(f.sent is not None for f in figures) else "count"
    series = {f.name: _series(f.name, recipient, buckets, sent.get(f.name) if kind == "rate" else None)
              for f in figures}
    reasons = _counts(((r["reason"], reason_label(r["reason"]), r["hard"]) for r in recipient))
    domains = _counts(((d, d, r["hard"]) for r in recipient for d in [r["address"].rpartition("@")[2]]))
    sequences = _counts(_sequence_hits(recipient, contacts, removed))
    unmatched = sum(1 for r in recipient if r["outcome"] == BounceOutcome.UNMATCHED)
    report = Report(days=days, since=since, now=now, hard=sum(f.hard for f in figures),
                    soft=sum(f.soft for f in figures), sender=sum(f.sender for f in figures),
                    unverified=apart[BounceOutcome.UNVERIFIED], unmatched=unmatched,
                    mailboxes=figures, buckets=tuple(buckets), series_kind=kind, series=series,
                    reasons=reasons, sequences=sequences, domains=domains[:10],
                    alerts=tuple(alerts), summary=())
    return _with_summary(report)


def _series(mailbox: str, rows: Sequence[Mapping[str, Any]], buckets: Sequence[Bucket],
            sent: Sequence[int] | None) -> tuple[float, ...]:
    last = len(buckets) - 1
    counts = [sum(1 for r in rows if r["mailbox"] == mailbox
                  and b.start <= r["at"] and (r["at"] < b.end or i == last and r["at"] <= b.end))
              for i, b in enumerate(buckets)]
    if sent is None:
        return tuple(float(n) for n in counts)
    return tuple(100.0 * n / s if s else 0.0 for n, s in zip(counts, sent))


def _counts(items: Iterable[tuple[str, str, bool]]) -> tuple[Count, ...]:
    hard, soft, labels = Counter(), Counter(), {}
    for key, label, is_hard in items:
        (hard if is_hard else soft)[key] += 1
        labels[key] = label
    out = [Count(key=k, label=labels[k], hard=hard[k], soft=soft[k]) for k in labels]
    return tuple(sorted(out, key=lambda c: (-c.total, c.label)))


def _sequence_hits(rows: Sequence[Mapping[str, Any]], contacts: Mapping[tuple, list],
                   removed: Mapping[tuple[str, str], Sequence[Any]]) -> Iterable[tuple[str, str, bool]]:
    """One hit per contact and sequence it was taken out of on a bounce in the window."""
    done = set()
    for r in rows:
        for crm, cid in contacts.get((r["mailbox"], r["message_id"], r["address"]), ()):
            for e in removed.get((crm, cid), ()):
                name = e.sequence_name or e.sequence_id
                if (crm, cid, name) not in done:
                    done.add((crm, cid, name))
                    yield name, name, bool(r["hard"])


def _pct(x: float | None) -> str:
    return "unknown" if x is None else f"{100 * x:.1f}%"


def _with_summary(r: Report) -> Report:
    """A few sentences a manager reads first."""
    total = r.hard + r.soft
    out = [f"In the last {plural(r.days, 'day')}, {plural(total, 'bounce')} reached "
           f"{plural(len(r.mailboxes), 'mailbox', 'mailboxes')}: {r.hard} hard (the address "
           f"is not emailed again) and {r.soft} soft (tried again)."]
    rated = [f for f in r.mailboxes if f.rate is not None]
    if rated:
        worst = max(rated, key=lambda f: f.rate or 0)
        out.append(f"Highest bounce rate: {worst.name}, {_pct(worst.rate)} of "
                   f"{plural(worst.sent or 0, 'message')} sent ({_pct(worst.hard_rate)} hard).")
    elif r.mailboxes and total:
        busiest = max(r.mailboxes, key=lambda f: f.hard + f.soft)
        out.append(f"The mailboxes' sent counts are unknown, so rates cannot be given; "
                   f"{busiest.name} had the most bounces ({busiest.hard + busiest.soft}).")
    if r.reasons:
        out.append(f"Most common reason: {r.reasons[0].label} ({r.reasons[0].total}).")
    if r.domains:
        out.append(f"Most bounces went to {r.domains[0].label} ({r.domains[0].total}).")
    if r.sequences:
        out.append(f"Sequence hit hardest: {r.sequences[0].label} "
                   f"({plural(r.sequences[0].total, 'contact')} taken out).")
    if r.sender:
        out.append(f"{plural(r.sender, 'message')} {'was' if r.sender == 1 else 'were'} refused "
                   "because of the sending mailbox itself (blocked or over a limit), not the "
                   "address.")
    out.append(f"{plural(len(r.alerts), 'open alert')}." if r.alerts else "No open alerts.")
    return replace(r, summary=tuple(out))


def lines(r: Report) -> list[str]:
    """The report for a terminal: the summary, then one table per view."""
    out = [f"Bounce report, {when(r.since)} to {when(r.now)}", ""]
    out += [*r.summary, "", "Per mailbox (bounce rate = hard and soft bounces / messages sent)"]
    for f in r.mailboxes:
        out.append(f"  {f.name:<24} {f.hard:>5} hard {f.soft:>5} soft {f.sender:>4} sender-side  "
                   f"sent {f.sent if f.sent is not None else 'unknown':>7}  rate {_pct(f.rate)}"
                   f" (hard {_pct(f.hard_rate)})")
    out += _section("Per reason", [f"  {reason_words(c.key):<48} {c.hard:>5} hard {c.soft:>5} soft"
                                   for c in r.reasons])
    out += _section("Per sequence or cadence (contacts taken out on a bounce)",
                    [f"  {c.label:<48} {c.total:>5}" for c in r.sequences])
    out += _section("Top recipient domains", [f"  {c.label:<48} {c.hard:>5} hard {c.soft:>5} soft"
                                              for c in r.domains])
    out += _section("Open alerts", [f"  {when(a.at)} {a.mailbox}: {a.message}" for a in r.alerts])
    if r.unverified or r.unmatched:
        out += ["", f"Also: {r.unmatched} bounce(s) to addresses no contact holds; "
                    f"{r.unverified} not trusted (recorded only)."]
    return out


def _section(title: str, rows: list[str]) -> list[str]:
    return ["", title, *(rows or ["  none"])]


def to_dict(r: Report) -> dict[str, Any]:
    """The report as JSON."""
    count = lambda c: {"key": c.key, "label": c.label, "hard": c.hard, "soft": c.soft}  # noqa: E731
    return {
        "days": r.days, "since": r.since.isoformat(), "until": r.now.isoformat(),
        "summary": list(r.summary), "hard": r.hard, "soft": r.soft, "sender": r.sender,
        "unverified": r.unverified, "unmatched": r.unmatched,
        "mailboxes": [{"name": f.name, "hard": f.hard, "soft": f.soft, "sender": f.sender,
                       "sent": f.sent, "rate": f.rate, "hard_rate": f.hard_rate}
                      for f in r.mailboxes],
        "over_time": {"kind": r.series_kind, "buckets": [b.start.isoformat() for b in r.buckets],
                      "series": {k: list(v) for k, v in r.series.items()}},
        "reasons": [count(c) for c in r.reasons], "sequences": [count(c) for c in r.sequences],
        "domains": [count(c) for c in r.domains], "open_alerts": [a.to_dict() for a in r.alerts],
    }
