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
from typing import Any

from sync.records import Action

EXIT_OK = 0
EXIT_WORK_LEFT = 1
EXIT_CONFIG = 2  # decided by the CLI (config, credentials)
EXIT_SENDER_ALERT = 3


@dataclass(frozen=True, slots=True, kw_only=True)
class Alert:
    """Something about a mailbox a person must look at (the sender is blocked, the bounce
    rate is too high). `kind` is "sender" or "bounce_rate"."""

    mailbox: str
    kind: str
    reason: str  # taxonomy name for sender alerts; "bounce_rate" otherwise
    message: str  # plain words, no secrets
    at: datetime
    message_id: str | None = None  # the source message that raised it
    paused: bool = False  # the mailbox was paused by policy

    def to_dict(self) -> dict[str, Any]:
        return {"mailbox": self.mailbox, "kind": self.kind, "reason": self.reason,
                "message": self.message, "at": self.at.isoformat(),
                "message_id": self.message_id, "paused": self.paused}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Alert:
        return cls(mailbox=d["mailbox"], kind=d["kind"], reason=d["reason"],
                   message=d["message"], at=datetime.fromisoformat(d["at"]),
                   message_id=d.get("message_id"), paused=bool(d.get("paused")))


_COUNTS = ("messages_scanned", "bounces_hard", "bounces_soft", "bounces_sender", "not_bounces",
           "unclassifiable", "unverified", "contacts_marked", "unenrolled", "reenrolled",
           "cleared", "flagged", "refused", "unmatched", "duplicates", "waiting", "failed")


def new_run_id() -> str:
    """A short random id naming one run in its log lines (`run_id`), its stored report and its
    summary, so a person can find every line of the run that went wrong."""
    return uuid.uuid4().hex[:16]


@dataclass(slots=True, kw_only=True)
class RunReport:
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
    alerts: list[Alert] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    planned: list[Action] = field(default_factory=list)  # dry run: what would be done
    run_id: str = field(default_factory=new_run_id)  # in every JSON log line of the run

    def exit_status(self) -> int:
        """0 all done; 1 work left for the next run; 3 a sender-side alert needs a person.
        (2, config/credentials, is the CLI's to decide.)"""
        if any(a.kind == "sender" or a.kind == "bounce_rate" for a in self.alerts):
            return EXIT_SENDER_ALERT
        if self.work_left or self.waiting or self.failed:
            return EXIT_WORK_LEFT
        return EXIT_OK

    def merge(self, other: RunReport) -> None:
        """Fold a stage's report (e.g. the watcher's) into this one."""
        for name in _COUNTS:
            if name == "waiting":
                self.waiting = other.waiting
            else:
                setattr(self, name, getattr(self, name) + getattr(other, name))
        self.work_left = self.work_left or other.work_left
        self.alerts.extend(other.alerts)
        self.notes.extend(other.notes)
        self.planned.extend(other.planned)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "mode": self.mode, "dry_run": self.dry_run,
            "started_at": self.started_at.isoformat(),
            "finished_at": self.finished_at.isoformat() if self.finished_at else None,
            "exit_status": self.exit_status(), "work_left": self.work_left,
        }
        d.update({name: getattr(self, name) for name in _COUNTS})
        d["alerts"] = [a.to_dict() for a in self.alerts]
        d["notes"] = list(self.notes)
        d["planned"] = [action_summary(a) for a in self.planned]
        d["run_id"] = self.run_id
        return d

    def summary_lines(self) -> list[str]:
        head = f"bounce-sync {self.mode}{' (dry run)' if self.dry_run else ''}"
        if self.finished_at:
            head += f": {(self.finished_at - self.started_at).total_seconds():.1f}s"
        lines = [head,
                 f"messages: {self.messages_scanned} new, {self.duplicates} already seen; "
                 f"bounces: {self.bounces_hard} hard, {self.bounces_soft} soft, "
                 f"{self.bounces_sender} sender-side; {self.not_bounces} not bounces, "
                 f"{self.unclassifiable} unclassifiable, {self.unverified} unverified",
                 f"contacts: {self.contacts_marked} marked, {self.unenrolled} unenrolled, "
                 f"{self.reenrolled} re-enrolled, {self.cleared} cleared, {self.flagged} flagged, "
                 f"{self.refused} refused, {self.unmatched} addresses unmatched",
                 f"outbox: {self.waiting} waiting, {self.failed} failed this run"]
        if self.dry_run:
            lines.append(f"planned ({len(self.planned)}):")
            lines.extend(f"  {_describe(a)}" for a in self.planned)
        lines.extend(f"ALERT {a.mailbox}: {a.message}" for a in self.alerts)
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
