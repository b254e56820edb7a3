"""What the stress harnesses count beyond lost and doubled effects (issue 10, finding 7):

- write-level repeats: every write the CRM accepted, per contact per action, counted by the
  CRM itself (the fakes mark each request their route applied, `Request.applied`, even when
  an injected fault then lost the answer; the local CRM logs an event per applied action).
  A repeat is harmless (writes are idempotent) but must stay rare: after a crash, a dropped
  state connection or a lost answer, at most the one batch in flight is sent again.
- pages: every alert the state store holds was in the summary of a run that exited 3.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from pathlib import Path
from typing import Any


def note_paged(paged: set, status: int, summary: dict[str, Any]) -> None:
    """Add the alerts of a run that exited 3 (it paged) to `paged`."""
    if status == 3:
        paged |= {(a["mailbox"], a["kind"], a.get("message_id")) for a in summary.get("alerts") or ()}


def unpaged_alerts(db: Path, paged: set) -> tuple[int, list[str]]:
    """(alerts the state store holds, those no run ever exited 3 with)."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT mailbox, kind, message_id FROM alerts").fetchall()
    finally:
        conn.close()
    stored = {(m, k, mid) for m, k, mid in rows}
    return len(stored), sorted(f"{m} {k} {mid}" for m, k, mid in stored - paged)


def page_problems(verdict: Any) -> list[str]:
    """The harness problem for alerts no run exited 3 with (issue 10, finding 5): each must
    page at least once, kills and faults or not."""
    if not verdict.unpaged:
        return []
    return [f"{verdict.unpaged} of {verdict.alerts} alert(s) never paged (no run exited 3 with "
            f"them): {verdict.unpaged_alerts[:5]}"]


def write_requests(crm: Any) -> list[list[tuple[str, str]]]:
    """The write requests the CRM accepted, in order, each as its (contact, action) keys:
    HubSpot batch-update inputs by id and write trace id (our action key), Salesforce
    collection records by id and their exact field values; the local CRM, which has no
    requests, one per logged event by action key."""
    out: list[list[tuple[str, str]]] = []
    if crm.name == "hubspot":
        for r in list(crm.fake.log):
            if r.applied and r.method == "POST" and r.path.endswith("/contacts/batch/update"):
                out.append([(str(item.get("id")), item.get("objectWriteTraceId"))
                            for item in (r.json() or {}).get("inputs") or ()])
    elif crm.name == "salesforce":
        for r in list(crm.fake.log):
            if r.applied and r.method == "PATCH" and r.path.endswith("/composite/sobjects"):
                out.append([(rec.get("id"), json.dumps(
                    {k: v for k, v in rec.items() if k not in ("attributes", "id")}, sort_keys=True))
                    for rec in (r.json() or {}).get("records") or ()])
    else:
        conn = sqlite3.connect(crm.path)
        try:
            out = [[(str(cid), key)] for cid, key in conn.execute(
                "SELECT contact_id, action_key FROM events WHERE actor = 'bounce-sync' "
                "AND action_key IS NOT NULL ORDER BY rowid")]
        finally:
            conn.close()
    return out


def write_counts(crm: Any) -> Counter:
    """(contact, action) -> writes the CRM accepted (write_requests, added up)."""
    return Counter(key for request in write_requests(crm) for key in request)


def repeated_requests(crm: Any) -> int:
    """Write requests that sent again a write the CRM had already accepted: the unit the
    rule "at most one repeated request per batch in flight at a crash" counts."""
    seen: set[tuple[str, str]] = set()
    repeated = 0
    for request in write_requests(crm):
        repeated += any(key in seen for key in request)
        seen.update(request)
    return repeated
