"""The watcher's incremental read: contacts whose bounce status changed since the last run
(edited in HubSpot by a person, or by us), read through search, which lags writes. The cursor
formats and why an idle run costs one search are in `Watcher.bounced_changes`."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from datetime import datetime, timezone
from typing import Any

from hubspot.crm.contacts.models import Filter, FilterGroup, PublicObjectSearchRequest

from connectors.http import iso_millis
from connectors.hubspot.client import SEARCH_PAGE, Client
from connectors.hubspot.http import Refused
from connectors.hubspot.reads import CURSOR_FIELD, Reader, parse_time
from sync.errors import Permanent
from sync.records import ChangeBatch, Contact

SEARCH_CAP = 10_000  # search refuses to page past this many results per query


class Watcher:
    """Reads changes in windows and remembers, in the cursor, enough to skip a window that
    did not change; see `bounced_changes`."""

    def __init__(self, client: Client, reader: Reader) -> None:
        self._c, self._reader = client, reader

    def bounced_changes(self, cursor: str | None, *, until: datetime,
                        limit: int = 1000) -> ChangeBatch:
        """Contacts with our status modified in [R - lag, until], where R is when the last
        complete read happened (its `until`, or its start if `until` was later).

        Search lags writes by up to `search_lag_seconds`: a write it did not show at R has a
        modified date after R - lag, so the next read starts there, whatever the newest date
        it saw (a quiet CRM's window slides forward instead of re-reading the last changes
        forever). Cursors:
          "<R ISO>#<fingerprint>"  resting; the fingerprint is the count of what that read
                                   saw in the next window and a digest of its newest page;
          "<ISO>"                  resting, no fingerprint (or from an older version);
          "more:<ISO>|<R ISO>"     a long read continues from the modified date <ISO>,
                                   without overlap; restarts the query past 10,000 results.

        An idle run costs ONE search: the newest page of the window (descending). When it
        holds the whole window, it is the answer; when its total and newest page match the
        fingerprint, nothing changed; otherwise the window is read in full, ascending. What
        a count-and-newest-page check cannot see (a contact seen in the window and edited
        again, whose edit search indexed only after our read and more than a page of other
        changes followed within that delay) stays in the window and comes with the next
        read that finds a change.
        """
        read_at = datetime.now(timezone.utc)
        settled_ms = int(min(until, read_at).timestamp() * 1000)
        until_ms = int(until.timestamp() * 1000)
        lag_ms = int(self._c.cfg.lag_seconds * 1000)
        if cursor is not None and cursor.startswith("more:"):
            at, _, rest = cursor[5:].partition("|")
            start_ms = _ms(at)
            if start_ms is None:
                raise Permanent(f"HubSpot watcher cursor {cursor!r} is not one we wrote")
            # an older "more:" cursor has no R: its own date is an earlier, safe stand-in
            return self._read_changes(start_ms, until_ms, limit, settled_ms=_ms(rest) or start_ms)
        if cursor is None:
            return self._read_changes(None, until_ms, limit, settled_ms=settled_ms)
        at, _, fingerprint = cursor.partition("#")
        rested_ms = _ms(at)
        if rested_ms is None:
            raise Permanent(f"HubSpot watcher cursor {cursor!r} is not one we wrote")
        start_ms = rested_ms - lag_ms
        if not fingerprint:
            return self._read_changes(start_ms, until_ms, limit, settled_ms=settled_ms)
        data = self._search_changes(start_ms, until_ms, descending=True, after=None)
        page = [(str(o.id), dict(o.properties or {})) for o in data.results or []]
        if not (data.paging and data.paging.next and data.paging.next.after):
            contacts = [self._reader.contact(cid, props, with_enrollments=False) for cid, props in page]
            contacts.sort(key=lambda c: (c.modified_at or read_at, int(c.ref.id)))
            return ChangeBatch(contacts=tuple(contacts), more=False,
                               cursor=self._resting(settled_ms, page, covered=True))
        seen = [(cid, _ms(props.get(CURSOR_FIELD))) for cid, props in page]
        if _fingerprint(int(data.total or 0), seen) == fingerprint:
            return ChangeBatch(contacts=(), more=False, cursor=cursor)
        return self._read_changes(start_ms, until_ms, limit, settled_ms=settled_ms)

    def _search_changes(self, start_ms: int | None, until_ms: int, *, descending: bool,
                        after: str | None) -> Any:
        filters = [Filter(property_name=self._c.names["status"], operator="HAS_PROPERTY"),
                   Filter(property_name=CURSOR_FIELD, operator="LTE", value=str(until_ms))]
        if start_ms is not None:
            filters.append(Filter(property_name=CURSOR_FIELD, operator="GTE", value=str(start_ms)))
        request = PublicObjectSearchRequest(
            filter_groups=[FilterGroup(filters=filters)], properties=self._reader.read_props(),
            sorts=[{"propertyName": CURSOR_FIELD,
                    "direction": "DESCENDING" if descending else "ASCENDING"}],
            limit=SEARCH_PAGE, after=after)
        data, _ = self._c.call("search changed contacts", self._c.search.do_search_with_http_info,
                               request, search=True)
        return data

    def _read_changes(self, start_ms: int | None, until_ms: int, limit: int, *,
                      settled_ms: int) -> ChangeBatch:
        """The window from `start_ms`, oldest first, in pages of 200; past `limit` contacts
        it stops with a "more:" cursor. Searches past 10,000 results are refused, so a long
        read restarts its query from the last modified date seen instead of paging on."""
        contacts: dict[str, Contact] = {}
        stamps: dict[str, int | None] = {}
        last_ms: int | None = None
        after: str | None = None
        query_start = start_ms
        while True:
            try:
                data = self._search_changes(query_start, until_ms, descending=False, after=after)
            except Refused as exc:
                if exc.status == 400 and after is not None:  # hit the cap earlier than we knew
                    query_start, after = self._restart(query_start, last_ms), None
                    continue
                raise
            for obj in data.results or []:
                props = dict(obj.properties or {})
                contacts[str(obj.id)] = self._reader.contact(str(obj.id), props, with_enrollments=False)
                seen = stamps[str(obj.id)] = _ms(props.get(CURSOR_FIELD))
                if seen is not None:
                    last_ms = seen if last_ms is None else max(last_ms, seen)
            nxt = data.paging.next.after if data.paging and data.paging.next else None
            if not nxt:
                # The fingerprint needs the whole next window [R - lag, until] in hand.
                covered = start_ms is None or start_ms <= settled_ms - int(self._c.cfg.lag_seconds * 1000)
                return ChangeBatch(contacts=tuple(contacts.values()), more=False,
                                   cursor=self._resting(settled_ms, list(stamps.items()),
                                                        covered=covered))
            if len(contacts) >= limit:
                return ChangeBatch(contacts=tuple(contacts.values()), more=True,
                                   cursor=f"more:{_iso_ms(self._restart(query_start, last_ms))}"
                                          f"|{_iso_ms(settled_ms)}")
            if int(nxt) + SEARCH_PAGE > SEARCH_CAP:
                query_start, after = self._restart(query_start, last_ms), None
            else:
                after = nxt

    def _resting(self, settled_ms: int, seen: Sequence[tuple[str, Any]], *, covered: bool) -> str:
        """"<R>#<fingerprint of what was seen in the next window>", or "<R>" when this read
        did not see all of that window (it began inside it)."""
        if not covered:
            return _iso_ms(settled_ms)
        start = settled_ms - int(self._c.cfg.lag_seconds * 1000)
        stamps = [(cid, v if isinstance(v, int) or v is None else _ms(v.get(CURSOR_FIELD)))
                  for cid, v in seen]
        window = [(cid, ms) for cid, ms in stamps if ms is not None and ms >= start]
        return f"{_iso_ms(settled_ms)}#{_fingerprint(len(window), window)}"

    @staticmethod
    def _restart(query_start: int | None, last_ms: int | None) -> int:
        """Where to restart: the last modified date seen (GTE re-reads its own millisecond;
        the worker dedupes). Should more than a page share that millisecond, step past it so
        the read always moves on."""
        if last_ms is None:
            raise Permanent("HubSpot search gave no modified dates; cannot move the cursor")
        return last_ms + 1 if query_start is not None and last_ms <= query_start else last_ms


def _ms(value: str | None) -> int | None:
    dt = parse_time(value)
    return int(dt.timestamp() * 1000) if dt else None


def _iso_ms(ms: int) -> str:
    return iso_millis(datetime.fromtimestamp(ms / 1000, timezone.utc))


def _fingerprint(total: int, newest: Iterable[tuple[str, int | None]]) -> str:
    """The window's size and a digest of its newest page: the (id, modified) pairs strictly
    newer than the page's oldest date when the page is full (search orders ties as it
    likes; those above the boundary are the same whatever the order)."""
    ranked = sorted(((ms or 0, int(cid) if cid.isdigit() else 0, cid) for cid, ms in newest),
                    reverse=True)[:SEARCH_PAGE]
    if len(ranked) == SEARCH_PAGE:
        ranked = [r for r in ranked if r[0] > ranked[-1][0]]
    digest = hashlib.sha256(";".join(f"{cid}:{ms}" for ms, _, cid in sorted(ranked)).encode())
    return f"{total}.{digest.hexdigest()[:16]}"
