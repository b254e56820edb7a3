"""Writing our actions to HubSpot: property writes merged into one batch-update input per
contact (HubSpot refuses a duplicate id in a batch), a whole-batch 400 bisected down to the
bad record, the unenroll trigger the workflow watches, and re-enrollment through the
sequences v4 API."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime, timezone

from hubspot.crm.contacts.models import (
    BatchInputSimplePublicObjectBatchInput, SimplePublicObjectBatchInput,
)

from classifier.records import normalise_address
from connectors.crm_words import bounce_note, removed_summary
from connectors.http import chunks, iso_millis
from connectors.hubspot.client import BATCH_SIZE, Client
from connectors.hubspot.http import MissingSetup, Refused
from connectors.hubspot.reads import Reader, dump_saved
from sync.errors import QuotaExhausted, Retryable
from sync.records import (
    Action, ApplyResult, ClearBounce, Enrollment, Flag, MarkBounced, Outcome, Reenroll, Unenroll,
)

log = logging.getLogger(__name__)

_DIAGNOSTIC_MAX = 2000  # keeps a multi-kB server text from bloating every record


class Writer:
    """Applies a batch of actions in as few requests as HubSpot allows; every outcome is
    per action, so one bad record fails only itself."""

    def __init__(self, client: Client, reader: Reader) -> None:
        self._c, self._reader = client, reader
        self._cfg, self._p = client.cfg, client.names
        # False once HubSpot said the readable "removed from" property does not exist (an
        # install from before it, `setup` not run again): written no more this run.
        self._summary = True

    def apply(self, actions: Sequence[Action], *,
              fence: Callable[[], None] | None = None) -> Sequence[ApplyResult]:
        """As `_apply`, with `fence()` called before every request (sync.ports.FencedApply)."""
        with self._c.http.fenced(fence):
            return self._apply(actions)

    def _apply(self, actions: Sequence[Action]) -> Sequence[ApplyResult]:
        """Every property write of the call goes into ONE batch-update input per contact
        (a MarkBounced and its Unenroll trigger, a ClearBounce and its Reenroll's trigger
        clearing), so N contacts cost ceil(N/100) updates: HubSpot refuses a duplicate id
        in one batch anyway. Writes to the same property with different values go in later
        rounds, in action order. Then the re-enrollments' POSTs."""
        results: dict[int, ApplyResult] = {}
        writes: list[tuple[int, str, dict[str, str]]] = []
        removed: dict[int, tuple[Enrollment, ...]] = {}
        unenrolls: list[tuple[int, Unenroll]] = []
        reenrolls: list[int] = []
        P = self._p
        for i, action in enumerate(actions):
            if isinstance(action, (MarkBounced, ClearBounce, Flag)):
                writes.append((i, action.contact.id, self._properties_for(action)))
            elif isinstance(action, Unenroll):
                unenrolls.append((i, action))
            elif isinstance(action, Reenroll):
                # Clear the trigger in the same write as the contact's other changes, before
                # any enrollment: the workflow must not unenroll what we enroll next.
                reenrolls.append(i)
                writes.append((i, action.contact.id, {P["unenroll_requested_at"]: "",
                                                      P["saved_enrollments"]: "",
                                                      P["removed_from"]: ""}))
            else:
                results[i] = ApplyResult(key=getattr(action, "key", "?"), outcome=Outcome.FAILED,
                                         error=f"unknown action {type(action).__name__}")
        if unenrolls:
            done, trigger_writes, removed = self._unenroll_writes(unenrolls)
            results.update(done)
            writes += trigger_writes
        writes.sort(key=lambda w: w[0])  # action order decides which write comes last
        for i, outcome, error, retry_after in self._update(writes, actions):
            results[i] = ApplyResult(key=actions[i].key, outcome=outcome, error=error,
                                     retry_after=retry_after,
                                     removed=removed.get(i, ()) if outcome is Outcome.DONE else ())
        for i in reenrolls:
            action = actions[i]
            if results[i].outcome is not Outcome.DONE:
                continue  # trigger not cleared (or contact gone): enrolling now could be undone
            try:
                results[i] = self._enroll_one(action)
            except QuotaExhausted:
                raise
            except Retryable as exc:
                results[i] = ApplyResult(key=action.key, outcome=Outcome.RETRY, error=str(exc),
                                         retry_after=exc.retry_after)
        return [results[i] for i in sorted(results)]

    def _properties_for(self, action: MarkBounced | ClearBounce | Flag) -> dict[str, str]:
        P = self._p
        if isinstance(action, MarkBounced):
            return {P["status"]: action.status.value, P["hard"]: "true" if action.hard else "false",
                    P["reason"]: action.reason, P["reason_label"]: action.reason_label,
                    P["diagnostic"]: action.diagnostic[:_DIAGNOSTIC_MAX],
                    P["bounced_at"]: iso_millis(action.bounced_at),
                    P["bounced_address"]: normalise_address(action.address),
                    P["soft_count"]: str(action.soft_count), P["note"]: bounce_note(action)}
        if isinstance(action, ClearBounce):  # "" clears a HubSpot property
            cleared = {P[k]: "" for k in ("status", "hard", "reason", "reason_label", "diagnostic",
                                          "bounced_at", "bounced_address", "soft_count",
                                          "removed_from")}
            return {**cleared, P["note"]: action.note[:_DIAGNOSTIC_MAX]}
        return {P["status"]: action.status.value, P["note"]: action.note[:_DIAGNOSTIC_MAX]}

    def _update(self, writes: list[tuple[int, str, dict[str, str]]], actions: Sequence[Action],
                ) -> list[tuple[int, Outcome, str | None, float | None]]:
        """Batch update by id, 100 contacts per call. A contact's writes merge into one input;
        a write that would set a property the contact's input already sets to another value
        starts the contact's next round (rounds run in order), so the end state is the one
        the actions give applied one by one."""
        rounds: list[dict[str, _Input]] = []
        latest: dict[str, int] = {}  # contact id -> last round holding it
        for i, cid, props in writes:
            r = latest.get(cid)
            if r is not None and rounds[r][cid].accepts(props):
                rounds[r][cid].add(i, props)
                continue
            r = 0 if r is None else r + 1
            if r == len(rounds):
                rounds.append({})
            rounds[r][cid] = _Input(cid, i, props)
            latest[cid] = r
        out: list[tuple[int, Outcome, str | None, float | None]] = []
        retry: set[str] = set()  # contacts whose write of an earlier round is to be retried
        for r in rounds:
            # A later round must not land before an earlier one that will be retried: its
            # older value would then overwrite the newer one (a soft count over "bounced").
            out += [(i, Outcome.RETRY, "an earlier write to this contact is retried first", None)
                    for cid, w in r.items() if cid in retry for i in w.indices]
            for chunk in chunks([w for cid, w in r.items() if cid not in retry], BATCH_SIZE):
                done = self._update_chunk(list(chunk), actions)
                out += done
                retry |= {actions[i].contact.id for i, outcome, _, _ in done
                          if outcome is Outcome.RETRY}
        return out

    def _update_chunk(self, chunk: list[_Input], actions: Sequence[Action],
                      ) -> list[tuple[int, Outcome, str | None, float | None]]:
        if not self._summary:
            for w in chunk:
                w.drop(self._p["removed_from"])
        request = BatchInputSimplePublicObjectBatchInput(inputs=[
            SimplePublicObjectBatchInput(id=w.cid, properties=w.props,
                                         object_write_trace_id=actions[w.parts[0][0]].key[:128])
            for w in chunk])
        try:
            data, _ = self._c.call("batch update contacts", self._c.batch.update_with_http_info,
                                   request)
        except MissingSetup as exc:
            # The readable summary is the one property an older install may lack: write
            # without it until the next `setup`. Any other missing property stops the run.
            if not (self._summary and set(exc.properties) == {self._p["removed_from"]}):
                raise
            log.warning("HubSpot has no property %s: run `bounce-sync setup` to add it; "
                        "written without it until then", self._p["removed_from"])
            self._summary = False
            return self._update_chunk(chunk, actions)
        except Refused as exc:
            if exc.status != 400:
                return [(i, Outcome.FAILED, str(exc), None) for w in chunk for i in w.indices]
            if len(chunk) == 1:
                [w] = chunk
                if len(w.parts) == 1:  # the bad one, found
                    return [(w.parts[0][0], Outcome.FAILED, str(exc), None)]
                # Several actions merged into the bad input: try each on its own, in order,
                # so one bad value fails only its own action.
                return [o for i, props in w.parts
                        for o in self._update_chunk([_Input(w.cid, i, props)], actions)]
            half = len(chunk) // 2  # one bad value fails the whole batch: bisect
            return self._update_chunk(chunk[:half], actions) + self._update_chunk(chunk[half:], actions)
        except QuotaExhausted:
            raise
        except Retryable as exc:
            return [(i, Outcome.RETRY, str(exc), exc.retry_after) for w in chunk for i in w.indices]
        done = {str(o.id) for o in data.results or []}
        missing = {str(x) for e in getattr(data, "errors", None) or []
                   for x in (e.context or {}).get("ids", [])}
        out = []
        for w in chunk:
            if w.cid in done:
                out += [(i, Outcome.DONE, None, None) for i in w.indices]
            elif w.cid in missing:
                out += [(i, Outcome.SKIPPED, f"contact {w.cid} not found in HubSpot (deleted?)", None)
                        for i in w.indices]
            else:
                out += [(i, Outcome.RETRY, f"HubSpot did not confirm the write to {w.cid}", None)
                        for i in w.indices]
        return out

    def _unenroll_writes(self, items: list[tuple[int, Unenroll]],
                         ) -> tuple[dict[int, ApplyResult], list[tuple[int, str, dict[str, str]]],
                                    dict[int, tuple[Enrollment, ...]]]:
        """(results decided without a write, trigger writes, what each write removes).

        An Unenroll carrying enrollments (what the lookup saw moments ago) is written at once:
        saved enrollments plus a new trigger value; the workflow unenrolls whatever is active,
        nothing if HubSpot already took the contact out on the bounce. Only an Unenroll that
        carries none (a retry after a crash, or a lookup that saw the contact out of
        sequences) reads the contact, and its enrollments when enrolled: one read each."""
        out: dict[int, ApplyResult] = {}
        writes: list[tuple[int, str, dict[str, str]]] = []
        removed: dict[int, tuple[Enrollment, ...]] = {}
        if self._cfg.unenroll == "none":
            return ({i: ApplyResult(key=a.key, outcome=Outcome.SKIPPED,
                                    error="unenroll = none: remove it from sequences by hand")
                     for i, a in items}, writes, removed)
        P = self._p

        def trigger(i: int, cid: str, saved: Iterable[Enrollment]) -> None:
            saved = list(saved)
            writes.append((i, cid, {
                P["saved_enrollments"]: dump_saved(saved),
                P["removed_from"]: removed_summary(saved),
                # a new value each time, so the workflow's re-enrollment trigger fires again
                P["unenroll_requested_at"]: iso_millis(datetime.now(timezone.utc))}))

        unknown = []
        for i, action in items:
            if action.enrollments:
                removed[i] = action.enrollments
                trigger(i, action.contact.id, action.enrollments)
            else:
                unknown.append((i, action))
        if not unknown:
            return out, writes, removed
        try:
            current = self._reader.batch_read(list(dict.fromkeys(a.contact.id for _, a in unknown)),
                                       by_email=False)
        except QuotaExhausted:
            raise
        except Retryable as exc:
            out.update({i: ApplyResult(key=a.key, outcome=Outcome.RETRY, error=str(exc),
                                       retry_after=exc.retry_after) for i, a in unknown})
            return out, writes, removed
        for i, action in unknown:
            props = current.get(action.contact.id)
            if props is None:
                out[i] = ApplyResult(key=action.key, outcome=Outcome.SKIPPED,
                                     error=f"contact {action.contact.id} not found in HubSpot")
                continue
            saved = self._reader.saved(props)
            if props.get("hs_sequences_is_enrolled") != "true":
                # Already out (our earlier attempt, or HubSpot's own unenroll on a bounce):
                # report what we saved, so re-enroll can restore it.
                was = tuple(saved)
                out[i] = ApplyResult(key=action.key, outcome=Outcome.DONE if was else Outcome.SKIPPED,
                                     removed=was)
                continue
            try:
                active = self._reader.enrollments(action.contact.id)
            except QuotaExhausted:
                raise
            except Retryable as exc:
                out[i] = ApplyResult(key=action.key, outcome=Outcome.RETRY, error=str(exc),
                                     retry_after=exc.retry_after)
                continue
            merged = {e.sequence_id: e for e in saved}
            merged.update({e.sequence_id: e for e in active})
            removed[i] = active
            trigger(i, action.contact.id, merged.values())
        return out, writes, removed

    def _enroll_one(self, action: Reenroll) -> ApplyResult:
        """POST each sequence; HubSpot refuses a contact that is in a sequence already, and
        only then do we read its enrollment to tell "already back in this one" (done: the
        action is idempotent) from "in another one" (failed, HubSpot's one-sequence rule)."""
        errors = []
        active: set[str] | None = None
        for e in action.enrollments:
            user = e.user_id or self._cfg.reenroll_user_id
            # senderEmail must be an inbox connected to the user, an alias goes apart in
            # senderAliasAddress (developers.hubspot.com/docs/api-reference/legacy/automation/
            # sequences/enroll-contact): both come from the settings for that user; the
            # enrollment's own sender only when the settings name none.
            sender = self._cfg.sender_for(user) or ((e.sender, None) if e.sender else None)
            if not sender or not user:
                errors.append(f"sequence {e.sequence_id}: no sending inbox/user id known; set "
                              "crm.reenroll_sender (or crm.reenroll_senders) and "
                              "crm.reenroll_user_id")
                continue
            body = {"contactId": action.contact.id, "sequenceId": e.sequence_id,
                    "senderEmail": sender[0]}
            if sender[1]:
                body["senderAliasAddress"] = sender[1]
            try:
                self._c.raw("enroll in sequence", "POST", "/automation/v4/sequences/enrollments",
                            query={"userId": user}, body=body)
            except Refused as exc:
                if exc.status in (400, 409):
                    if active is None:
                        active = {x.sequence_id for x in self._reader.enrollments(action.contact.id)}
                    if e.sequence_id in active:
                        continue  # idempotent: already back in it
                errors.append(f"sequence {e.sequence_id}: {exc}")
        if errors:
            return ApplyResult(key=action.key, outcome=Outcome.FAILED, error="; ".join(errors))
        return ApplyResult(key=action.key, outcome=Outcome.DONE)


class _Input:
    """One contact's input in one batch update: the merged properties and, in action
    order, each action's own part (to try them one by one should the merge be refused)."""

    __slots__ = ("cid", "props", "parts")

    def __init__(self, cid: str, i: int, props: Mapping[str, str]) -> None:
        self.cid, self.props, self.parts = cid, dict(props), [(i, dict(props))]

    @property
    def indices(self) -> list[int]:
        """The actions this input carries: each gets the input's outcome."""
        return [i for i, _ in self.parts]

    def accepts(self, props: Mapping[str, str]) -> bool:
        """False when `props` would overwrite a value this input already sets: that write
        belongs in the contact's next round, or the end state would depend on merge order."""
        return all(self.props.get(k, v) == v for k, v in props.items())

    def add(self, i: int, props: Mapping[str, str]) -> None:
        """Merge action `i`'s write, keeping it apart too for a one-by-one retry."""
        self.props.update(props)
        self.parts.append((i, dict(props)))

    def drop(self, name: str) -> None:
        """Leave a property out of this input and its parts (one HubSpot does not have)."""
        self.props.pop(name, None)
        for _, props in self.parts:
            props.pop(name, None)
