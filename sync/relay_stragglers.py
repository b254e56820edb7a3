"""The bounces marked before our relay was seen failing: named in the relay alert, for a person.

The planner holds a batch of bounces that shows our relay or smarthost not resolving
(sync/planner/relay.py), but it plans page by page and run by run: the send's first bounce,
alone at the end of an earlier page (or in an earlier run), read as one notice reads (hard,
review dns63) and marked its contact. When the relay alert is raised, every hard "host
unknown" bounce marked within the bounce-rate window whose words name the same host
(classifier/dns_names.py `named_host`) failed on our relay too: the alert names those
addresses and the command that takes each mark back (`bounce-sync undo`).

Named, not undone here: an undo re-enrolls the contact, and two prospects' domains on one dead
hosting MX read exactly as a relay failing (the alert's own caveat), so a person decides.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime

from classifier.dns_names import named_host
from classifier.records import Reason
from sync.planner import Plan
from sync.records import RELAY_REASON_PREFIX, AlertKind
from sync.report import Alert
from sync.store import StateStore

NAMED = 10  # addresses the alert lists; more are counted (an alert is read in a terminal)


def name_stragglers(p: Plan, store: StateStore, *, since: datetime) -> Plan:
    """`p` with each relay alert naming the addresses marked since `since` by a bounce naming
    its host (none: `p` itself)."""
    relay = [a for a in p.alerts if a.kind is AlertKind.SENDER and a.reason.startswith(RELAY_REASON_PREFIX)]
    if not relay:
        return p
    marked = store.marked_by(Reason.HOSTUNKNOWN.value, since=since)
    alerts = tuple(_with_stragglers(a, marked) if a in relay else a for a in p.alerts)
    return dataclasses.replace(p, alerts=alerts)


def _with_stragglers(alert: Alert, marked: list[tuple[str, str | None]]) -> Alert:
    host = alert.reason.removeprefix(RELAY_REASON_PREFIX)
    addresses = sorted({address for address, diagnostic in marked if named_host(diagnostic or "") == host})
    if not addresses:
        return alert
    shown = ", ".join(addresses[:NAMED]) + (f" and {len(addresses) - NAMED} more" if len(addresses) > NAMED else "")
    return dataclasses.replace(alert, message=(
        f"{alert.message}; marked before this alert by a bounce naming {host}: {shown}: if it is "
        "your relay, take each back with `bounce-sync undo ADDRESS`"))
