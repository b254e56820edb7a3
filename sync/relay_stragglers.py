"""The bounces marked before our relay was seen failing: named in the relay alert, for a person.

The planner holds a batch of bounces that shows our relay or smarthost not resolving
(sync/planner/relay.py), but it plans page by page and run by run: the send's first bounce,
alone at the end of an earlier page (or in an earlier run), read as one notice reads (hard,
review dns63) and marked its contact. When the relay alert is raised, every hard "host
unknown" bounce marked within the bounce-rate window whose words name the same host
(classifier/dns_names.py `named_host`) failed on our relay too: the alert names those
addresses and the command that takes each mark back (`bounce-sync undo`).

An address is named only when that is all that marks it (review 67): not when the host is a name
of its own domain (`of_recipient`: the planner reads such a bounce as the prospect's, never ours),
nor when any other standing mark of the address (a reliable "user unknown", before or after, a
bounce naming another host) says it is dead, since `undo` takes back every mark and would
re-enroll it. "Marked within the window" counts from when the mark was recorded, not the date
the notice claims (a mailbox read late, a backfill). A dry run records nothing, so the marks its
earlier pages planned are handed in (`planned`: sync/session.py DryCarry).

Named, not undone here: an undo re-enrolls the contact, and two prospects' domains on one dead
hosting MX read exactly as a relay failing (the alert's own caveat), so a person decides.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from datetime import datetime

from classifier.dns_names import named_host, of_recipient
from classifier.records import Reason
from sync.planner import BounceRecord, Plan
from sync.records import MARKED_OUTCOMES, RELAY_REASON_PREFIX, AlertKind
from sync.report import Alert
from sync.sanitize import clean
from sync.store import StateStore

NAMED = 10  # addresses the alert lists; more are counted (an alert is read in a terminal)

# (address, reason, diagnostic) of one bounce that marked its contact
Mark = tuple[str, str, str | None]


def planned_marks(p: Plan) -> list[Mark]:
    """The marks a plan's history records: what a dry run carries to its next page (the words
    only of a "host unknown": any other reason marks the address dead whatever it says, and a
    dry run over a large mailbox keeps every mark for its length)."""
    unknown = Reason.HOSTUNKNOWN.value
    return [(f.address, f.reason, f.diagnostic if f.reason == unknown else None) for f in p.history
            if isinstance(f, BounceRecord) and f.outcome in MARKED_OUTCOMES]


def name_stragglers(p: Plan, store: StateStore, *, since: datetime, planned: Sequence[Mark] = ()) -> Plan:
    """`p` with each relay alert naming the addresses marked since `since` (or `planned` by this
    dry run's earlier pages) by a bounce naming its host and by nothing else (none: `p` itself)."""
    relay = [a for a in p.alerts if a.kind is AlertKind.SENDER and a.reason.startswith(RELAY_REASON_PREFIX)]
    if not relay:
        return p
    unknown = Reason.HOSTUNKNOWN.value
    marked = [(a, d) for a, d in store.marked_by(unknown, since=since)] + [(a, d) for a, r, d in planned if r == unknown]
    hosts = {a.reason.removeprefix(RELAY_REASON_PREFIX) for a in relay}
    candidates = {a for a, d in marked if named_host(d) in hosts}
    marks = [*store.standing_marks(sorted(candidates)), *(m for m in planned if m[0] in candidates)] if candidates else []
    alerts = tuple(_with_stragglers(a, marked, marks) if a in relay else a for a in p.alerts)
    return dataclasses.replace(p, alerts=alerts)


def stragglers(host: str, marked: Iterable[tuple[str, str | None]], marks: Iterable[Mark]) -> list[str]:
    """The addresses marked by a bounce naming `host`, not their own, and by nothing else."""
    unknown = Reason.HOSTUNKNOWN.value
    dead = {a for a, reason, d in marks if reason != unknown or named_host(d) != host}
    return sorted({a for a, d in marked if named_host(d) == host and not of_recipient(host, a) and a not in dead})


def _with_stragglers(alert: Alert, marked: list[tuple[str, str | None]], marks: list[Mark]) -> Alert:
    host = alert.reason.removeprefix(RELAY_REASON_PREFIX)
    addresses = [clean(a, limit=254) for a in stragglers(host, marked, marks)]  # addresses: a terminal shows them
    if not addresses:
        return alert
    shown = ", ".join(addresses[:NAMED]) + (f" and {len(addresses) - NAMED} more" if len(addresses) > NAMED else "")
    return dataclasses.replace(alert, message=(
        f"{alert.message}; marked before this alert by a bounce naming {host}: {shown}: if it is "
        "your relay, take each back with `bounce-sync undo ADDRESS`"))
