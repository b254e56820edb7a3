"""Writing what the planner decided: our fields (and Salesforce's own bounce fields) through
sObject Collections, and cadence removal and re-enrolment through the Sales Engagement
invocable actions.

Each action gets its own result. A row lock (UNABLE_TO_LOCK_ROW) is retried alone, a record
deleted or converted since the lookup is skipped, anything else the record refuses fails
only that action. A cadence action retried after a lost answer counts what it finds done.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from connectors.crm_words import bounce_note, removed_summary
from connectors.http import backoff, chunks, iso_millis
from connectors.salesforce.api import TRANSIENT, SalesforceApi, describe_errors
from connectors.salesforce.fields import FieldRules, units
from connectors.salesforce.reads import Reader
from connectors.salesforce.schema import COLLECTION_MAX
from connectors.salesforce.settings import Settings
from sync.errors import Retryable
from sync.records import (
    Action, ApplyResult, BounceStatus, ClearBounce, ContactRef, Enrollment, Flag, MarkBounced,
    Outcome, Reenroll, Unenroll,
)

GONE = {"ENTITY_IS_DELETED", "INVALID_CROSS_REFERENCE_KEY", "CANNOT_UPDATE_CONVERTED_LEAD",
        "NOT_FOUND"}


@dataclass(slots=True)
class _Write:
    """One record's merged field updates in this apply call, and who asked for them."""

    sobject: str
    id: str
    fields: dict[str, Any] = field(default_factory=dict)
    keys: list[str] = field(default_factory=list)
    outcome: Outcome | None = None
    error: str | None = None


class Writer:
    """`apply` for the connector: field writes first (the record keeps what is removed
    from a cadence before it is removed), then removals, then re-enrolments."""

    def __init__(self, api: SalesforceApi, settings: Settings, fields: dict[str, str],
                 reader: Reader) -> None:
        self.api, self.settings, self.f, self.reader = api, settings, fields, reader
        self.rules = FieldRules(api, settings, fields)

    def _fields_for(self, action: Action) -> dict[str, Any]:
        """The field values an action writes, uncut: `FieldRules.fit` fits them to the
        org's fields (lengths, Email format, picklist values) before they are sent."""
        f, s = self.f, self.settings
        if isinstance(action, MarkBounced):
            values = {
                f["Status"]: action.status.value, f["Hard"]: action.hard,
                f["Reason"]: action.reason, f["Reason_Label"]: action.reason_label,
                f["Diagnostic"]: action.diagnostic,
                f["Bounced_At"]: iso_millis(action.bounced_at), f["Address"]: action.address,
                f["Soft_Count"]: action.soft_count, f["Note"]: bounce_note(action) or None}
            if s.write_standard_fields and action.status is BounceStatus.BOUNCED:
                reason = f"{action.reason_label}: {action.diagnostic}" if action.diagnostic else action.reason_label
                values.update(EmailBouncedReason=reason, EmailBouncedDate=iso_millis(action.bounced_at))
            return values
        if isinstance(action, ClearBounce):
            values = {f[n]: None for n in ("Status", "Reason", "Reason_Label", "Diagnostic",
                                           "Bounced_At", "Address", "Soft_Count", "Removed_From")}
            values[f["Hard"]] = False  # a checkbox cannot be null
            values[f["Note"]] = action.note or None
            if s.write_standard_fields:
                values.update(EmailBouncedReason=None, EmailBouncedDate=None)
            return values
        if isinstance(action, Flag):
            return {f["Status"]: action.status.value, f["Note"]: action.note}
        return {}

    def apply(self, actions: Sequence[Action], *,
              fence: Callable[[], None] | None = None) -> Sequence[ApplyResult]:
        """As `_apply`, with `fence()` called before every request (sync.ports.FencedApply)."""
        with self.api.fenced(fence):
            return self._apply(actions)

    def _apply(self, actions: Sequence[Action]) -> Sequence[ApplyResult]:
        """One result per action, in order (see the class docstring for the order of work)."""
        unenrolls = [a for a in actions if isinstance(a, Unenroll)]
        # An Unenroll carries the trackers its lookup saw: remove those, by id, without
        # reading them again (one that ended meanwhile fails and is checked in _remove).
        # One carrying none is read now: it may have been enrolled since.
        active: dict[str, list[Enrollment]] = {
            a.contact.id: list(a.enrollments) for a in unenrolls
            if a.enrollments and all(e.tracker_id for e in a.enrollments)}
        unread = [a.contact.id for a in unenrolls if a.contact.id not in active]
        if unread:
            active.update(self.reader.active_trackers(unread))
        results = self._write_fields(actions, active)

        removals: list[tuple[Unenroll, Enrollment]] = []
        for action in unenrolls:
            if not active.get(action.contact.id):
                results[action.key] = ApplyResult(key=action.key, outcome=Outcome.SKIPPED,
                                                  error="not in an active cadence")
            elif results[action.key].outcome is Outcome.DONE:
                removals += [(action, e) for e in active[action.contact.id]]
        # The field writes above went through and were answered: a transient error in a
        # cadence step must not discard their results (raised, the outbox would send the
        # whole batch, field writes and all, again). Only that step's actions are retried.
        self._step(lambda: self._remove(removals, results),
                   list({a.key: a for a, _ in removals}.values()), results)
        reenrolls = [a for a in actions if isinstance(a, Reenroll)]
        if reenrolls:
            self._step(lambda: self._reenroll(reenrolls, results), reenrolls, results)
        return [results[a.key] for a in actions]

    @staticmethod
    def _step(run: Callable[[], None], actions: Sequence[Action],
              results: dict[str, ApplyResult]) -> None:
        """Run one cadence step; on a transient error (a spent API limit too: the api then
        sends nothing more this run, so the outbox's next `apply` raises it at once) the
        step's actions come back RETRY and the rest of the call's results stand. With
        nothing applied yet the error rises: the outbox puts the batch back unattempted."""
        try:
            run()
        except Retryable as exc:
            if not any(r.outcome is Outcome.DONE for r in results.values()):
                raise
            for action in actions:
                results[action.key] = ApplyResult(key=action.key, outcome=Outcome.RETRY,
                                                  error=str(exc), retry_after=exc.retry_after)

    def _write_fields(self, actions: Sequence[Action],
                      active: dict[str, list[Enrollment]]) -> dict[str, ApplyResult]:
        """Every field change of these actions, merged per record and written; the results
        of the actions that wrote fields, by key."""
        writes: dict[str, _Write] = {}

        def write_for(ref: ContactRef) -> _Write:
            sobject = "Lead" if ref.object_type == "lead" else "Contact"
            return writes.setdefault(ref.id, _Write(sobject=sobject, id=ref.id))

        for action in actions:
            if isinstance(action, (MarkBounced, ClearBounce, Flag)):
                w = write_for(action.contact)
                w.fields.update(self._fields_for(action))
                w.keys.append(action.key)
            elif isinstance(action, Unenroll) and active.get(action.contact.id):
                # Save what we remove before removing it: the record is the durable copy.
                w = write_for(action.contact)
                w.fields[self.f["Cadences"]] = self._saved_cadences(w.sobject, active[action.contact.id])
                w.fields[self.f["Removed_From"]] = removed_summary(active[action.contact.id])
                w.keys.append(action.key)
        for w in writes.values():
            w.fields, refused = self.rules.fit(w.sobject, w.fields)
            if refused:
                w.outcome, w.error = Outcome.FAILED, refused
        self._write([w for w in writes.values() if w.outcome is None])
        return {key: ApplyResult(key=key, outcome=w.outcome or Outcome.DONE, error=w.error)
                for w in writes.values() for key in w.keys}

    def _saved_cadences(self, sobject: str, enrollments: list[Enrollment]) -> str:
        """The trackers being removed, as JSON that fits the field whole (cutting JSON
        would leave it unreadable): the entries that do not fit are left out."""
        saved = [{"cadence_id": e.sequence_id, "cadence": e.sequence_name,
                  "tracker_id": e.tracker_id, "user_id": e.user_id, "step": e.step}
                 for e in enrollments]
        limit = self.rules.limit(sobject, self.f["Cadences"]) or 32768
        text = json.dumps(saved, separators=(",", ":"))
        while saved and units(text) > limit:
            saved.pop()
            text = json.dumps(saved, separators=(",", ":"))
        return text

    def _write(self, writes: list[_Write]) -> None:
        """Collections PATCH, 200 per call, Contacts before Leads; locked rows are retried
        alone, the rest of each answer is final."""
        pending = sorted(writes, key=lambda w: w.sobject)
        for attempt in range(1, self.settings.max_attempts + 1):
            locked: list[_Write] = []
            for batch in chunks(pending, COLLECTION_MAX):
                records = [{"attributes": {"type": w.sobject}, "id": w.id, **w.fields} for w in batch]
                answer = self.api.restful("update", "composite/sobjects", method="PATCH",
                                          body={"allOrNone": False, "records": records})
                for w, item in zip(batch, answer):
                    codes = {e.get("statusCode") for e in item.get("errors") or ()}
                    if item.get("success"):
                        w.outcome, w.error = Outcome.DONE, None
                    elif codes & TRANSIENT:
                        w.outcome, w.error = Outcome.RETRY, describe_errors(item["errors"])
                        locked.append(w)
                    elif codes & GONE:
                        w.outcome, w.error = Outcome.SKIPPED, describe_errors(item["errors"])
                    else:
                        w.outcome, w.error = Outcome.FAILED, describe_errors(item["errors"])
            if not locked or attempt == self.settings.max_attempts:
                return
            # A locked row is one record's answer inside a call that succeeded, not a failed
            # call, so `call_with_retries` does not fit; the wait is the shared formula.
            time.sleep(backoff(attempt, base=self.settings.backoff))
            pending = locked

    def _remove(self, removals: list[tuple[Unenroll, Enrollment]],
                results: dict[str, ApplyResult]) -> None:
        removed: dict[str, list[Enrollment]] = {}
        problems: dict[str, dict[str | None, str]] = {}  # key -> tracker id -> error
        transient: set[str] = set()
        for batch in chunks(removals, self.settings.action_chunk):
            inputs = [{"actionCadenceTrackerId": e.tracker_id, "completionReasonCode": "ManuallyRemoved",
                       "completionDisposition": self.settings.disposition} for _, e in batch]
            for (action, enrollment), item in zip(batch, self.api.invoke("removeTargetFromSalesCadence", inputs)):
                if item.get("isSuccess"):
                    removed.setdefault(action.key, []).append(enrollment)
                else:
                    errors = item.get("errors") or []
                    problems.setdefault(action.key, {})[enrollment.tracker_id] = describe_errors(errors)
                    if {e.get("statusCode") for e in errors} & TRANSIENT:
                        transient.add(action.key)
        if problems:
            # A retried call whose first try had gone through fails with "not active":
            # a tracker that is no longer active was removed, so it counts as removed.
            failed = [(a, e) for a, e in removals if e.tracker_id in problems.get(a.key, {})]
            still = self.reader.active_trackers([a.contact.id for a, _ in failed])
            for action, enrollment in failed:
                if enrollment.tracker_id not in {e.tracker_id for e in still.get(action.contact.id, ())}:
                    removed.setdefault(action.key, []).append(enrollment)
                    del problems[action.key][enrollment.tracker_id]
        for key in {a.key for a, _ in removals}:
            gone = tuple(removed.get(key, ()))
            if problems.get(key):
                outcome = Outcome.RETRY if key in transient else Outcome.FAILED
                results[key] = ApplyResult(key=key, outcome=outcome, removed=gone,
                                           error="; ".join(problems[key].values()))
            else:
                results[key] = ApplyResult(key=key, outcome=Outcome.DONE, removed=gone)

    def _reenroll(self, actions: list[Reenroll], results: dict[str, ApplyResult]) -> None:
        running = self.reader.active_trackers([a.contact.id for a in actions])
        todo: list[tuple[Reenroll, Enrollment]] = []
        for action in actions:
            already = {e.sequence_id for e in running.get(action.contact.id, ())}
            wanted = list({e.sequence_id: e for e in action.enrollments}.values())
            todo += [(action, e) for e in wanted if e.sequence_id not in already]
        problems: dict[str, list[str]] = {}
        transient: set[str] = set()
        for batch in chunks(todo, self.settings.action_chunk):
            inputs = []
            for action, e in batch:
                item = {"salesCadenceNameOrId": e.sequence_id, "targetId": action.contact.id}
                if e.user_id:
                    item["userId"] = e.user_id
                inputs.append(item)
            for (action, _), item in zip(batch, self.api.invoke("assignTargetToSalesCadence", inputs)):
                errors = item.get("errors") or []
                codes = {e.get("statusCode") for e in errors}
                if item.get("isSuccess") or "DUPLICATE_VALUE" in codes:
                    continue  # already there (a retried call that had succeeded)
                problems.setdefault(action.key, []).append(describe_errors(errors))
                if codes & TRANSIENT:
                    transient.add(action.key)
        for action in actions:
            if action.key in problems:
                outcome = Outcome.RETRY if action.key in transient else Outcome.FAILED
                results[action.key] = ApplyResult(key=action.key, outcome=outcome,
                                                  error="; ".join(problems[action.key]))
            else:
                results[action.key] = ApplyResult(key=action.key, outcome=Outcome.DONE)
