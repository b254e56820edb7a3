"""`bounce-sync report`: the bounce picture over a window, from the bounce history.

`build` turns the store's rows (and, when the mailboxes could say, their sent counts per
time bucket) into a `Report`; `lines` prints it, `to_dict` is its JSON, and page.py draws
it. What counts as a bounce, hard or soft, is sync/insight/tally.py's rule (shared with
`status`); bounces are counted in the window they arrived in.

The bounce rate is a share of the mail sent: of the messages a mailbox sent in a period,
how many bounced (hard or soft), whenever the bounce arrived. Each bounce is counted in the
period its original was sent (the send time the sent mail showed when it was read), and a
message that bounced for several recipients counts once, so a rate never exceeds 100%.
Bounces whose original is not in the sent mail (or recorded before bounce-sync kept send
times) have no period: they are counted as bounces but left out of the rates, and the
report says how many.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from sync.insight.tally import HARD, Bounce, bounces, tally
from sync.insight.words import plural, reason_label, reason_words, when

# The time axis starts at the first bounce (its original's send time where known), showing
# at least this many days, so a long window is not a flat line of empty periods.
MIN_CHART_DAYS = 14


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
    """One mailbox over the window. `hard`, `soft`, `sender`: bounces that arrived in it;
    `sent`: messages sent in it (None: the mailbox could not say); `bounced` (`bounced_hard`):
    of those, the messages that bounced (hard); `unknown_send`: hard and soft bounces whose
    original's send time is unknown, so not in the rate. Every bounced original is a sent
    message, so `sent` is at least `bounced` (a sent folder's count and its messages' dates
    may disagree about a message sent at a period's edge)."""

    name: str
    hard: int
    soft: int
    sender: int
    sent: int | None
    bounced: int = 0
    bounced_hard: int = 0
    unknown_send: int = 0

    @property
    def rate(self) -> float | None:
        """Share of the messages sent that bounced; None where the mailbox could not say how much it sent."""
        return self.bounced / self.sent if self.sent else None

    @property
    def hard_rate(self) -> float | None:
        """Share of the messages sent that bounced hard; None as for `rate`."""
        return self.bounced_hard / self.sent if self.sent else None


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
    series_kind: str  # "rate" (share of the mail sent in each period, %) or "count"
    series: Mapping[str, tuple[float | None, ...]]  # mailbox -> per bucket (None: nothing sent)
    reasons: tuple[Count, ...]
    sequences: tuple[Count, ...]
    domains: tuple[Count, ...]
    alerts: tuple[Any, ...]
    summary: tuple[str, ...]

    @property
    def unknown_send(self) -> int:
        """Bounces whose original's send time is unknown: counted, but left out of every rate."""
        return sum(f.unknown_send for f in self.mailboxes)

    @property
    def step_days(self) -> int:
        """The time axis' step, in days."""
        return max(1, round((self.buckets[0].end - self.buckets[0].start) / timedelta(days=1))
                   ) if len(self.buckets) > 1 else 1


def chart_start(rows: Iterable[Mapping[str, Any]], *, since: datetime, now: datetime) -> datetime:
    """Where the time axis starts: the day of the window's first bounce (its original's
    send time where known), showing at least MIN_CHART_DAYS, never before `since`."""
    found = [b for b in bounces(rows) if b.about_address]
    if not found:
        return since
    first = min((b.sent_at or b.at) for b in found)
    first = first.replace(hour=0, minute=0, second=0, microsecond=0)
    return max(since, min(first, now - timedelta(days=MIN_CHART_DAYS)))


def buckets(*, since: datetime, now: datetime) -> list[Bucket]:
    """Days for a span up to two weeks, weeks up to four months, else 30-day steps."""
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
    """The report over [since, now) from the bounce history's rows (bounces_since), its
    time axis in `buckets` (from `chart_start` on). `sent`: per mailbox, the messages sent
    in [since, first bucket) followed by those sent in each bucket (None: the mailbox could
    not say)."""
    found = [b for b in bounces(rows) if b.at >= since]
    counted = [b for b in found if b.about_address]
    names = list(dict.fromkeys(list(mailboxes) + sorted({b.mailbox for b in found})))
    figures = tuple(_mailbox(m, found, sent.get(m), since=since, now=now) for m in names)
    kind = "rate" if figures and all(f.sent is not None for f in figures) else "count"
    series = {f.name: _series(f.name, counted, buckets, sent.get(f.name) if kind == "rate" else None)
              for f in figures}
    t = tally(found)
    reasons = tuple(sorted((Count(key=k, label=reason_label(k), hard=h, soft=s)
                            for k, (h, s) in t.by_reason.items()),
                           key=lambda c: (-c.total, c.label)))
    domains = _counts((b.domain, b.domain, b.kind == HARD) for b in counted)
    sequences = _counts(_sequence_hits(counted, removed))
    report = Report(days=days, since=since, now=now, hard=t.hard, soft=t.soft, sender=t.sender,
                    unverified=t.unverified, unmatched=t.unmatched, mailboxes=figures,
                    buckets=tuple(buckets), series_kind=kind, series=series, reasons=reasons,
                    sequences=sequences, domains=domains[:10], alerts=tuple(alerts), summary=())
    return _with_summary(report)


def _originals(found: Sequence[Bounce], start: datetime, end: datetime, *,
               closed: bool) -> dict[str, bool]:
    """The messages sent in [start, end) (to `end` included when `closed`) that bounced,
    hard or soft: original -> it bounced hard. Bounces of unknown send time are not here."""
    out: dict[str, bool] = {}
    for b in found:
        at = b.sent_at
        if b.about_address and at is not None and start <= at and (at < end or closed and at == end):
            out[b.original_key] = out.get(b.original_key, False) or b.kind == HARD
    return out


def _mailbox(name: str, found: Sequence[Bounce], sent: Sequence[int] | None, *,
             since: datetime, now: datetime) -> MailboxFigures:
    mine = [b for b in found if b.mailbox == name]
    t = tally(mine)
    originals = _originals(mine, since, now, closed=True)
    return MailboxFigures(
        name=name, hard=t.hard, soft=t.soft, sender=t.sender,
        sent=max(sum(sent), len(originals)) if sent is not None else None, bounced=len(originals),
        bounced_hard=sum(originals.values()),
        unknown_send=sum(1 for b in mine if b.about_address and b.sent_at is None))


def _series(mailbox: str, found: Sequence[Bounce], buckets: Sequence[Bucket],
            sent: Sequence[int] | None) -> tuple[float | None, ...]:
    """Per bucket: the share (%) of the messages sent in it that bounced, by send time
    (None where nothing was sent); without sent counts, the bounces that arrived in it."""
    last = len(buckets) - 1
    mine = [b for b in found if b.mailbox == mailbox]
    if sent is None:
        return tuple(float(sum(1 for x in mine if b.start <= x.at and (
            x.at < b.end or i == last and x.at == b.end))) for i, b in enumerate(buckets))
    out: list[float | None] = []
    for i, (b, s) in enumerate(zip(buckets, sent[1:], strict=True)):
        bounced = len(_originals(mine, b.start, b.end, closed=i == last))
        base = max(s, bounced)  # every bounced original was sent (see MailboxFigures)
        out.append(100.0 * bounced / base if base else None)
    return tuple(out)


def _counts(items: Iterable[tuple[str, str, bool]]) -> tuple[Count, ...]:
    hard, soft, labels = Counter(), Counter(), {}
    for key, label, is_hard in items:
        (hard if is_hard else soft)[key] += 1
        labels[key] = label
    out = [Count(key=k, label=labels[k], hard=hard[k], soft=soft[k]) for k in labels]
    return tuple(sorted(out, key=lambda c: (-c.total, c.label)))


def _sequence_hits(found: Sequence[Bounce], removed: Mapping[tuple[str, str], Sequence[Any]]
                   ) -> Iterable[tuple[str, str, bool]]:
    """One hit per contact and sequence it was taken out of on a bounce in the window."""
    done = set()
    for b in found:
        for crm, cid in b.took_out:
            for e in removed.get((crm, cid), ()):
                name = e.sequence_name or e.sequence_id
                if (crm, cid, name) not in done:
                    done.add((crm, cid, name))
                    yield name, name, b.kind == HARD


def _pct(x: float | None) -> str:
    return "unknown" if x is None else f"{100 * x:.1f}%"


def rate_words(f: MailboxFigures, rate: float | None) -> str:
    """A mailbox's rate for a table: a percentage, "nothing sent" or "unknown"."""
    return "nothing sent" if f.sent == 0 else _pct(rate)


# What the rate figures are, in one sentence (the text, the JSON and the page say it).
RATE_MEANING = ("bounce rate: of the messages a mailbox sent, the share that bounced (hard or "
                "soft), counted by when the message was sent, whenever the bounce came back")


def _with_summary(r: Report) -> Report:
    """A few sentences a manager reads first."""
    total = r.hard + r.soft
    where = (f"the mailbox {r.mailboxes[0].name}" if len(r.mailboxes) == 1
             else plural(len(r.mailboxes), "mailbox", "mailboxes"))
    out = [f"In the last {plural(r.days, 'day')}, {plural(total, 'bounce')} came back to "
           f"{where}: {r.hard} hard (the address is not emailed again) and {r.soft} soft "
           "(tried again)." if total else
           f"In the last {plural(r.days, 'day')}, no bounce came back to {where}."]
    out += _rate_sentences(r)
    if r.reasons:
        out.append(f"Most common reason: {r.reasons[0].label} ({r.reasons[0].total}).")
    if r.domains:
        out.append(f"Most bounces went to {r.domains[0].label} ({r.domains[0].total}).")
    if r.sequences:
        out.append(f"Sequence hit hardest: {r.sequences[0].label} "
                   f"({plural(r.sequences[0].total, 'contact')} taken out).")
    if r.unmatched:
        out.append(f"{plural(r.unmatched, 'bounce')} went to addresses no CRM contact holds "
                   "(`bounce-sync status --unmatched` lists them).")
    if r.sender:
        out.append(f"{plural(r.sender, 'message')} {'was' if r.sender == 1 else 'were'} refused "
                   "because of the sending mailbox itself (blocked or over a limit), not the "
                   "address.")
    if r.unverified:
        out.append(f"{plural(r.unverified, 'bounce')} could not be matched to mail the mailbox "
                   f"sent, so {'it was' if r.unverified == 1 else 'they were'} only recorded "
                   "(`bounce-sync explain ADDRESS` says why).")
    out.append(f"{plural(len(r.alerts), 'open alert')}." if r.alerts else "No open alerts.")
    return replace(r, summary=tuple(out))


def _rate_sentences(r: Report) -> list[str]:
    """The bounce rate in words: the worst mailbox's, or why there is none."""
    total = r.hard + r.soft
    out = []
    rated = [f for f in r.mailboxes if f.rate is not None]
    if rated:
        worst = max(rated, key=lambda f: (f.rate or 0, f.name))
        out.append(f"{'Highest bounce rate' if len(rated) > 1 else 'Bounce rate'}: "
                   f"{worst.name}, {_pct(worst.rate)}: {worst.bounced} of the "
                   f"{plural(worst.sent or 0, 'message')} it sent in this window bounced "
                   f"({_pct(worst.hard_rate)} hard).")
    elif r.mailboxes and all(f.sent is not None for f in r.mailboxes):
        out.append("The mailboxes' sent mail shows nothing sent in this window, so there is "
                   "no bounce rate.")
    elif r.mailboxes and total:
        busiest = max(r.mailboxes, key=lambda f: f.hard + f.soft)
        out.append("The mailboxes' sent counts are unknown (no sent folder, or --no-sent), "
                   f"so rates cannot be given; {busiest.name} had the most bounces "
                   f"({busiest.hard + busiest.soft}).")
    if rated and r.unknown_send:
        out.append(f"{plural(r.unknown_send, 'bounce')} answered mail not found in the sent "
                   "mail (or recorded before bounce-sync kept send times), so "
                   f"{'it is' if r.unknown_send == 1 else 'they are'} not in the rates.")
    return out


def lines(r: Report) -> list[str]:
    """The report for a terminal: the summary, then one table per view."""
    out = [f"Bounce report, {when(r.since)} to {when(r.now)}", ""]
    out += [*r.summary, "", "Per mailbox (bounces: those that came back in the window; "
            f"{RATE_MEANING})"]
    for f in r.mailboxes:
        sent = "unknown" if f.sent is None else f"{f.sent}"
        out.append(f"  {f.name:<24} {f.hard:>5} hard {f.soft:>5} soft {f.sender:>4} sender-side  "
                   f"sent {sent:>7}  bounced {f.bounced:>5}  rate {rate_words(f, f.rate)}"
                   + (f" (hard {_pct(f.hard_rate)})" if f.rate is not None else ""))
    out += _section("Per reason", [f"  {reason_words(c.key):<48} {c.hard:>5} hard {c.soft:>5} soft"
                                   for c in r.reasons])
    out += _section("Per sequence or cadence (contacts taken out on a bounce)",
                    [f"  {c.label:<48} {c.total:>5}" for c in r.sequences])
    out += _section("Top recipient domains", [f"  {c.label:<48} {c.hard:>5} hard {c.soft:>5} soft"
                                              for c in r.domains])
    out += _section("Open alerts", [f"  {when(a.at)} {a.mailbox}: {a.message}" for a in r.alerts])
    return out


def _section(title: str, rows: list[str]) -> list[str]:
    return ["", title, *(rows or ["  none"])]


def to_dict(r: Report) -> dict[str, Any]:
    """The report as JSON."""
    count = lambda c: {"key": c.key, "label": c.label, "hard": c.hard, "soft": c.soft}  # noqa: E731
    return {
        "days": r.days, "since": r.since.isoformat(), "until": r.now.isoformat(),
        "summary": list(r.summary), "hard": r.hard, "soft": r.soft, "sender": r.sender,
        "unverified": r.unverified, "unmatched": r.unmatched, "unknown_send": r.unknown_send,
        "rate_meaning": RATE_MEANING,
        "mailboxes": [{"name": f.name, "hard": f.hard, "soft": f.soft, "sender": f.sender,
                       "sent": f.sent, "bounced": f.bounced, "bounced_hard": f.bounced_hard,
                       "unknown_send": f.unknown_send, "rate": f.rate, "hard_rate": f.hard_rate}
                      for f in r.mailboxes],
        "over_time": {"kind": r.series_kind, "step_days": r.step_days,
                      "buckets": [b.start.isoformat() for b in r.buckets],
                      "series": {k: list(v) for k, v in r.series.items()}},
        "reasons": [count(c) for c in r.reasons], "sequences": [count(c) for c in r.sequences],
        "domains": [count(c) for c in r.domains], "open_alerts": [a.to_dict() for a in r.alerts],
    }
