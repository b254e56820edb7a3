"""What a run did, for people (summary lines), monitoring (exit status) and the store (JSON).

A report holds counts, alerts and notes, never message bodies or secrets: addresses of
bounced contacts appear only inside `planned` actions (dry runs), which is the point of a
dry run.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import asdict, dataclass, field, fields, is_dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sync.records import Action, AlertKind

if TYPE_CHECKING:  # the planner imports Alert from here
    from sync.planner import PlanCounts

EXIT_OK = 0
EXIT_WORK_LEFT = 1
EXIT_CONFIG = 2  # decided by the CLI (config, credentials)
EXIT_SENDER_ALERT = 3
EXIT_INTERNAL = 4  # a bug in bounce-sync ("internal error: ..."): not work left, not a setting


@dataclass(frozen=True, slots=True, kw_only=True)
class Alert:
    """Something about a mailbox a person must look at (the sender is blocked, the bounce
    rate is too high). The planner raises them (sync/planner/alerts.py)."""

    mailbox: str
    kind: AlertKind
    # taxonomy name for sender alerts ("relay:<host>": our relay does not resolve,
    # sync/planner/relay.py); "bounce_rate" otherwise
    reason: str
    message: str  # plain words, no secrets
    at: datetime
    message_id: str | None = None  # the source message that raised it
    paused: bool = False  # the mailbox was paused by policy

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe, for the saved run report and `--log-format json`."""
        return {"mailbox": self.mailbox, "kind": str(self.kind), "reason": self.reason,
                "message": self.message, "at": self.at.isoformat(),
                "message_id": self.message_id, "paused": self.paused}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Alert:
        """The inverse of `to_dict` (a saved report read back)."""
        return cls(mailbox=d["mailbox"], kind=AlertKind(d["kind"]), reason=d["reason"],
                   message=d["message"], at=datetime.fromisoformat(d["at"]),
                   message_id=d.get("message_id"), paused=bool(d.get("paused")))


@dataclass(frozen=True, slots=True, kw_only=True)
class Problem:
    """One part of a run that did not work (a mailbox that could not be read, a mailbox left
    unread too long, a lease held by a worker that stopped renewing it): named, with the
    fix, and the exit status it asks for (1 work left, 2 a person must fix something). The
    rest of the run goes on; its exit status is the worst of its parts."""

    part: str  # "mailbox sales", "lease mailbox:sales"
    message: str  # one line: the key (mailboxes[1]...), the problem, the fix; no secrets
    status: int  # EXIT_WORK_LEFT or EXIT_CONFIG
    since: datetime | None = None  # when it started, where the store knows

    def to_dict(self) -> dict[str, Any]:
        """As the JSON summary and the stored report carry it."""
        return {"part": self.part, "message": self.message, "status": self.status,
                "since": self.since.isoformat() if self.since else None}


_COUNTS = ("messages_scanned", "bounces_hard", "bounces_soft", "bounces_sender", "not_bounces",
           "unclassifiable", "unverified", "contacts_marked", "unenrolled", "reenrolled",
           "cleared", "flagged", "refused", "unmatched", "duplicates", "waiting", "failed")


def new_run_id() -> str:
    """A short random id naming one run in its log lines (`run_id`), its stored report and its
    summary, so a person can find every line of the run that went wrong."""
    return uuid.uuid4().hex[:16]


@dataclass(slots=True, kw_only=True)
class RunReport:
    """One run's counts, alerts and notes: filled by the stages as they go (plan counts via
    `add`), then printed, saved by the store and turned into the exit status."""

    started_at: datetime
    finished_at: datetime | None = None
    mode: str = "run"  # run / watch / backfill / retry / reclassify
    dry_run: bool = False
    messages_scanned: int = 0  # new messages read this run (ledger duplicates excluded)
    bounces_hard: int = 0  # recipient-scope hard bounces (per recipient)
    bounces_soft: int = 0
    bounces_sender: int = 0  # sender-scope bounces (alerts)
    not_bounces: int = 0
    unclassifiable: int = 0
    unverified: int = 0  # bounces recorded but not applied by policy
    contacts_marked: int = 0  # MarkBounced applied
    unenrolled: int = 0  # Unenroll applied
    reenrolled: int = 0  # Reenroll applied
    cleared: int = 0  # ClearBounce applied
    flagged: int = 0  # Flag applied
    refused: int = 0  # new addresses refused (known to hard-bounce)
    unmatched: int = 0  # bounced addresses with no CRM contact (recorded only)
    duplicates: int = 0  # messages already in the ledger
    waiting: int = 0  # outbox actions waiting at the end of the run (all, not just this run's)
    failed: int = 0  # outbox actions that failed for good during this run
    work_left: bool = False  # a quota / transient error stopped a stage early
    failed_waiting: int = 0  # outbox actions failed for good and not yet retried (all runs')
    stale_leases: int = 0  # mailboxes not read: held by a worker that stopped renewing its lease
    problems: list[Problem] = field(default_factory=list)
    error: str | None = None  # what stopped the whole run, one line (None: it ran to its end)
    error_status: int | None = None  # the exit status that error asks for
    pages: list[int] = field(default_factory=list)  # alert rows this run pages (store.mark_paged)
    alerts: list[Alert] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    planned: list[Action] = field(default_factory=list)  # dry run: what would be done
    run_id: str = field(default_factory=new_run_id)  # in every JSON log line of the run

    def exit_status(self) -> int:
        """The worst of the run's parts (README, "Exit statuses"): 0 all done; 1 work left
        for the next run; 2 a person must fix a setting (a mailbox's credentials, a CRM
        field, the state store); 3 an alert to page; 4 a bug stopped the run or a mailbox."""
        parts = [EXIT_OK, *(p.status for p in self.problems)]
        if self.error_status is not None:
            parts.append(self.error_status)
        if any(a.kind in tuple(AlertKind) for a in self.alerts):
            parts.append(EXIT_SENDER_ALERT)
        if self.work_left or self.waiting or self.failed:
            parts.append(EXIT_WORK_LEFT)
        return max(parts)

    def problem(self, part: str, message: str, status: int, *, since: datetime | None = None) -> None:
        """Note a part of the run that did not work (see Problem)."""
        self.problems.append(Problem(part=part, message=message, status=status, since=since))

    def add_applied(self, tally: Any) -> None:
        """Add what one outbox drain applied (sync.outbox.ApplyTally: actions done by kind,
        failed for good, why it stopped), for a run, an undo or a person's apply alike."""
        self.contacts_marked += tally.done.get("MarkBounced", 0)
        self.unenrolled += tally.done.get("Unenroll", 0)
        self.reenrolled += tally.done.get("Reenroll", 0)
        self.cleared += tally.done.get("ClearBounce", 0)
        self.flagged += tally.done.get("Flag", 0)
        self.failed += tally.failed
        if tally.stopped:
            self.work_left = True
            self.notes.append(f"applying stopped for this run: {tally.stopped}")

    def add(self, counts: PlanCounts) -> None:
        """Add what a plan counted (the mail stage's pages, the watcher's changes). A
        resend has no report line (today's report), so it is not added."""
        self.bounces_hard += counts.bounces_hard
        self.bounces_soft += counts.bounces_soft
        self.bounces_sender += counts.bounces_sender
        self.not_bounces += counts.not_bounces
        self.unclassifiable += counts.unclassifiable
        self.unverified += counts.unverified
        self.refused += counts.refused
        self.unmatched += counts.unmatched

    def merge(self, other: RunReport) -> None:
        """Fold a stage's report (e.g. the watcher's) into this one."""
        for name in _COUNTS:
            if name == "waiting":
                self.waiting = other.waiting
            else:
                setattr(self, name, getattr(self, name) + getattr(other, name))
        self.work_left = self.work_left or other.work_left
        self.failed_waiting = other.failed_waiting
        self.stale_leases += other.stale_leases
        self.problems.extend(other.problems)
        self.alerts.extend(other.alerts)
        self.notes.extend(other.notes)
        self.planned.extend(other.planned)

    def to_dict(self) -> dict[str, Any]:
        """The run as its JSON summary line and the stored report carry it."""
        d: dict[str, Any] = {
            "mode": self.mode, "dry_run": self.dry_run,
            "started_at": self.started_at.isoformat(),
            "finished_at": self.finished_at.isoformat() if self.finished_at else None,
            "exit_status": self.exit_status(), "work_left": self.work_left,
        }
        d.update({name: getattr(self, name) for name in _COUNTS})
        d["failed_waiting"] = self.failed_waiting
        d["stale_leases"] = self.stale_leases
        d["problems"] = [p.to_dict() for p in self.problems]
        d["error"] = self.error
        d["alerts"] = [a.to_dict() for a in self.alerts]
        d["notes"] = list(self.notes)
        d["planned"] = [action_summary(a) for a in self.planned]
        d["run_id"] = self.run_id
        return d

    def summary_lines(self) -> list[str]:
        """The run in a few lines for a person (the human summary)."""
        head = f"bounce-sync {self.mode}{' (dry run)' if self.dry_run else ''}"
        if self.finished_at:
            head += f": {(self.finished_at - self.started_at).total_seconds():.1f}s"
        if self.error and not any(getattr(self, name) for name in _COUNTS):
            # Stopped before it did anything (a config that does not load, a revoked CRM
            # token): the error is the whole story; rows of zeros would bury it.
            return [head, f"FAILED: {self.error}", *(f"note: {n}" for n in self.notes)]
        lines = [head,
                 f"messages: {self.messages_scanned} new, {self.duplicates} already seen; "
                 f"bounces: {self.bounces_hard} hard, {self.bounces_soft} soft, "
                 f"{self.bounces_sender} sender-side; {self.not_bounces} not bounces, "
                 f"{self.unclassifiable} unclassifiable, {self.unverified} unverified",
                 f"contacts: {self.contacts_marked} marked, {self.unenrolled} unenrolled, "
                 f"{self.reenrolled} re-enrolled, {self.cleared} cleared, {self.flagged} flagged, "
                 f"{self.refused} refused, {self.unmatched} addresses unmatched",
                 f"outbox: {self.waiting} waiting, {self.failed} failed this run, "
                 f"{self.failed_waiting} failed in all (`bounce-sync retry` re-queues them)"]
        if self.error:
            lines.insert(1, f"FAILED: {self.error}")
        if self.dry_run:
            lines.append(f"planned ({len(self.planned)}):")
            lines.extend(f"  {_describe(a)}" for a in self.planned)
        lines.extend(f"ALERT {a.mailbox}: {a.message}" for a in self.alerts)
        lines.extend(f"PROBLEM {p.message}" for p in self.problems)
        lines.extend(f"note: {n}" for n in self.notes)
        return lines


def action_summary(action: Action) -> dict[str, Any]:
    """A JSON-safe view of an action (dates as ISO text, enums as values)."""
    d = {"kind": type(action).__name__}
    d.update(_jsonable(asdict(action)))
    return d


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if is_dataclass(value):
        return _jsonable({f.name: getattr(value, f.name) for f in fields(value)})
    return value


def _describe(action: Action) -> str:
    kind = type(action).__name__
    who = f"{action.contact.object_type} {action.contact.id}"
    extra = ""
    if hasattr(action, "address"):
        extra = f" {action.address} ({action.reason}, {action.status.value})"
    elif hasattr(action, "enrollments"):
        extra = f" sequences={[e.sequence_id for e in action.enrollments]}"
    elif hasattr(action, "status"):
        extra = f" {action.status.value}: {action.note}"
    return f"{kind} {who}{extra}"
