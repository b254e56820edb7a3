"""Reading contacts: the lookup by address (with their active cadence trackers) and the
watcher of records whose bounce fields changed.

Both send every object's queries in as few calls as possible (`SalesforceApi.query_many`):
a lookup is one `composite` request per chunk of addresses, an idle watch one call.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime, timezone
from typing import Any

from simple_salesforce.format import quote_soql_value

from connectors.http import chunks
from connectors.salesforce.api import SalesforceApi
from connectors.salesforce.settings import OBJECTS, Settings
from sync.errors import Permanent
from sync.records import BounceStatus, ChangeBatch, Contact, ContactRef, Enrollment

log = logging.getLogger(__name__)

SOQL_BUDGET = 90_000  # characters of IN lists per statement: SOQL allows 100,000 in all
ID_CHUNK = 1000  # record ids per tracker query (~21 characters each)
TRACKER_FIELDS = "Id, TargetId, ActionCadenceId, ActionCadence.Name, OwnerId, State, CurrentStepId"
CHANGES_PAGE = 2000


def soql_time(value: datetime) -> str:
    """A SOQL datetime literal (UTC, whole seconds)."""
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_time(value: str | None) -> datetime | None:
    """A Salesforce datetime ("...+0000", no colon in the offset) as an aware datetime."""
    if not value:
        return None
    text = value.replace("Z", "+00:00")
    if len(text) > 5 and text[-5] in "+-" and text[-3] != ":":
        text = text[:-2] + ":" + text[-2:]
    return datetime.fromisoformat(text).astimezone(timezone.utc)


def tracker_soql(condition: str) -> str:
    """The active cadence trackers matching `condition`."""
    return (f"SELECT {TRACKER_FIELDS} FROM ActionCadenceTracker WHERE {condition} AND "
            "IsTrackerActive = true ORDER BY TargetId, Id")


def add_trackers(out: dict[str, list[Enrollment]], rows: Iterable[dict[str, Any]]) -> None:
    """Tracker rows as enrollments, by record id."""
    # The step stays None: Salesforce exposes no step number. CurrentStepId names an
    # ActionCadenceStepTracker whose ActionCadenceStep sits in a graph of steps linked
    # by name (branches included), and re-enrolment starts at step one regardless.
    for row in rows:
        cadence = row.get("ActionCadence") or {}
        out.setdefault(row["TargetId"], []).append(Enrollment(
            sequence_id=row["ActionCadenceId"], sequence_name=cadence.get("Name"),
            user_id=row.get("OwnerId"), tracker_id=row["Id"]))


class Reader:
    """Lookups and the watcher. Trackers are read with the lookup through a semi-join on
    TargetId; an org that refuses it gets a separate tracker query by ids instead (one more
    call a lookup), remembered for the rest of the run."""

    def __init__(self, api: SalesforceApi, settings: Settings, fields: dict[str, str]) -> None:
        self.api, self.settings, self.f = api, settings, fields
        self.semi_join = True

    def _select(self) -> str:
        f = self.f
        fields = ["Id", "Email", *self.settings.secondary, f["Status"], f["Address"],
                  f["Soft_Count"], "SystemModstamp"]
        return ", ".join(dict.fromkeys(fields))

    def _email_chunks(self, emails: Sequence[str]) -> Iterator[list[str]]:
        """Chunks of at most `query_chunk` addresses whose quoted IN lists keep each SOQL
        statement under its 100,000-character limit (each address appears once per
        email field)."""
        per_field = 1 + len(self.settings.secondary)
        chunk: list[str] = []
        size = 0
        for email in emails:
            cost = (len(quote_soql_value(email)) + 2) * per_field
            if chunk and (len(chunk) >= self.settings.query_chunk or size + cost > SOQL_BUDGET):
                yield chunk
                chunk, size = [], 0
            chunk.append(email)
            size += cost
        if chunk:
            yield chunk

    def _contact(self, sobject: str, row: dict[str, Any],
                 enrollments: Sequence[Enrollment] = ()) -> Contact:
        f = self.f
        status = row.get(f["Status"])
        try:
            bounce_status = BounceStatus(status) if status else None
        except ValueError:
            bounce_status = None  # a value a CRM user typed into an unrestricted picklist
        secondary = tuple(row[n] for n in self.settings.secondary if row.get(n))
        return Contact(ref=ContactRef(id=row["Id"], object_type=OBJECTS[sobject]),
                       email=row.get("Email"), emails=secondary, bounce_status=bounce_status,
                       bounced_address=row.get(f["Address"]) or None,
                       soft_count=int(row.get(f["Soft_Count"]) or 0),
                       enrollments=tuple(enrollments),
                       modified_at=parse_time(row.get("SystemModstamp")))

    def find_contacts(self, emails: Sequence[str]) -> Sequence[Contact]:
        """One `composite` call per chunk of addresses: per object, the record query and
        the query of its active cadence trackers (a semi-join on the same filter). The
        composite reference notation documents only `.` and `[n]` (no "all ids of an
        earlier query"), so the tracker query repeats the filter instead of referring to
        the record query's answer."""
        wanted = list(dict.fromkeys(e.strip().lower() for e in emails if e and e.strip()))
        if not wanted:
            return []
        found: list[tuple[str, dict[str, Any]]] = []
        trackers: dict[str, list[Enrollment]] = {}
        unread: list[str] = []  # record ids whose trackers still need reading
        for chunk in self._email_chunks(wanted):
            unread += self._lookup_chunk(chunk, found, trackers)
        if unread:
            trackers.update(self.active_trackers(unread))
        return [self._contact(sobject, row, trackers.get(row["Id"], ())) for sobject, row in found]

    def _lookup_chunk(self, chunk: list[str], found: list[tuple[str, dict[str, Any]]],
                      trackers: dict[str, list[Enrollment]]) -> list[str]:
        """Look up one chunk of addresses into `found` and `trackers`; the ids of records
        whose trackers were not read (the semi-join refused)."""
        listed = ", ".join(quote_soql_value(e) for e in chunk)
        match = " OR ".join(f"{n} IN ({listed})" for n in ("Email", *self.settings.secondary))
        soqls: list[str] = []
        for sobject in self.settings.objects:
            where = f"({match})" + (" AND IsConverted = false" if sobject == "Lead" else "")
            soqls.append(f"SELECT {self._select()} FROM {sobject} WHERE {where}")
            if self.semi_join:
                soqls.append(tracker_soql(f"TargetId IN (SELECT Id FROM {sobject} WHERE {where})"))
        step = 2 if self.semi_join else 1
        answers = self.api.query_many("contact lookup", soqls,
                                      optional=range(1, len(soqls), step) if self.semi_join else ())
        unread: list[str] = []
        for n, sobject in enumerate(self.settings.objects):
            rows = answers[n * step] or []
            found += [(sobject, row) for row in rows]
            tracked = answers[n * step + 1] if self.semi_join else None
            if tracked is None:
                unread += [row["Id"] for row in rows]
            else:
                add_trackers(trackers, tracked)
        if any(answers[i] is None for i in range(1, len(answers), step)) and self.semi_join:
            log.warning("Salesforce refused the tracker semi-join; reading trackers by id")
            self.semi_join = False
        return unread

    def active_trackers(self, target_ids: Sequence[str]) -> dict[str, list[Enrollment]]:
        """Active trackers of these records: up to 5,000 ids per call."""
        out: dict[str, list[Enrollment]] = {}
        ids = list(dict.fromkeys(target_ids))
        soqls = [tracker_soql(f"TargetId IN ({', '.join(quote_soql_value(i) for i in chunk)})")
                 for chunk in chunks(ids, ID_CHUNK)]
        for rows in self.api.query_many("cadence lookup", soqls):
            add_trackers(out, rows or ())
        return out

    def bounced_changes(self, cursor: str | None, *, until: datetime) -> ChangeBatch:
        """Keyset pages over (SystemModstamp, Id) per object. The cursor remembers, per
        object, the last row seen and whether that object is mid-way through its pages;
        a fresh pass starts `watch_lag_seconds` before the last row to cover late commits."""
        if until.tzinfo is None:
            raise ValueError("until must be timezone-aware")
        try:
            state: dict[str, dict[str, Any]] = json.loads(cursor) if cursor else {}
        except ValueError:
            raise Permanent("Salesforce watcher cursor is not ours; reset the watcher cursor") from None
        asked = self._change_queries(state, until)
        # every object's query in one call (a composite when there are several)
        answers = self.api.query_many("changes", [soql for _, soql in asked])
        contacts: list[Contact] = []
        for (sobject, _), rows in zip(asked, answers):
            rows = rows or []
            mine = state.get(sobject, {})
            contacts += [self._contact(sobject, row) for row in rows]
            if rows:
                state[sobject] = {"ts": rows[-1]["SystemModstamp"], "id": rows[-1]["Id"],
                                  "paging": len(rows) >= CHANGES_PAGE}
            else:
                state[sobject] = {"ts": mine.get("ts"), "id": None, "paging": False}
        more = any(v.get("paging") for v in state.values())
        return ChangeBatch(contacts=tuple(contacts), cursor=json.dumps(state, sort_keys=True), more=more)

    def _change_queries(self, state: dict[str, dict[str, Any]], until: datetime) -> list[tuple[str, str]]:
        """(object, SOQL) for the next page of each object; objects still paging go first,
        alone."""
        paging = any(v.get("paging") for v in state.values())
        f = self.f
        asked: list[tuple[str, str]] = []
        for sobject in self.settings.objects:
            mine = state.get(sobject, {})
            if paging and not mine.get("paging"):
                continue  # finish the objects still paging first
            where = [f"{f['Status']} != null", f"SystemModstamp <= {soql_time(until)}"]
            last = parse_time(mine.get("ts"))
            if last and mine.get("paging"):
                where.append(f"(SystemModstamp > {soql_time(last)} OR (SystemModstamp = "
                             f"{soql_time(last)} AND Id > {quote_soql_value(mine['id'])}))")
            elif last:
                where.append(f"SystemModstamp >= {soql_time(last - self.settings.lag)}")
            asked.append((sobject, f"SELECT {self._select()} FROM {sobject} WHERE "
                                   f"{' AND '.join(where)} ORDER BY SystemModstamp, Id LIMIT {CHANGES_PAGE}"))
        return asked

