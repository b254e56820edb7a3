"""How records become column values and back: times, actions, enrollments, results.

Kept apart from the outbox drain (sync/outbox.py) and the store's queries so that both can
use it without importing each other. Times are fixed-width UTC ISO text, so they compare
correctly as strings on SQLite and PostgreSQL alike; actions are JSON with sorted keys.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Iterable, Mapping
from datetime import datetime, timezone
from typing import Any

from sync.records import (
    Action, ApplyResult, BounceStatus, ClearBounce, Contact, ContactRef, Enrollment, Flag,
    MarkBounced, Reenroll, Unenroll,
)

UTC = timezone.utc

_KINDS: dict[str, type] = {cls.__name__: cls for cls in (MarkBounced, Unenroll, ClearBounce,
                                                         Reenroll, Flag)}


def ts(value: datetime) -> str:
    """Fixed-width UTC text: sorts and compares like the instant it names."""
    if value.tzinfo is None:
        raise ValueError("times must be timezone-aware")
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_ts(text: str | None) -> datetime | None:
    """The inverse of `ts`; None stays None (a column never written)."""
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC) if text else None


def values(members: Iterable[enum.StrEnum]) -> tuple[str, ...]:
    """Enum members as the plain text their column holds (query parameters)."""
    return tuple(m.value for m in members)


def change_key(contact: Contact) -> str:
    """How the watcher tells a change it already handled (kept in seen_changes.modified_at):
    the modified time plus what the watcher acts on. The time alone is not enough:
    Salesforce's SystemModstamp has one-second resolution, so an address edited in the same
    second as our own write would look already handled and never be re-enrolled. (Keys
    stored before this carried the time alone; such a change is planned once more, which
    its deterministic action keys make harmless.)"""
    mod = ts(contact.modified_at) if contact.modified_at else ""
    status = contact.bounce_status.value if contact.bounce_status else ""
    return f"{mod}|{contact.email or ''}|{status}|{contact.bounced_address or ''}"


def encode_action(action: Action) -> str:
    """An outbox row's `action` column: everything a connector needs to apply it later,
    possibly in another process, after a crash."""
    d: dict[str, Any] = {"kind": type(action).__name__, "key": action.key,
                         "contact": {"id": action.contact.id,
                                     "object_type": action.contact.object_type}}
    if isinstance(action, MarkBounced):
        d.update(status=action.status.value, address=action.address, hard=action.hard,
                 reason=action.reason, reason_label=action.reason_label,
                 diagnostic=action.diagnostic, bounced_at=action.bounced_at.isoformat(),
                 soft_count=action.soft_count, soft_window_days=action.soft_window_days)
    elif isinstance(action, (Unenroll, Reenroll)):
        d["enrollments"] = encode_enrollments(action.enrollments)
    elif isinstance(action, ClearBounce):
        d["note"] = action.note
    elif isinstance(action, Flag):
        d.update(status=action.status.value, note=action.note)
    else:  # pragma: no cover - the union is closed
        raise TypeError(f"not an action: {action!r}")
    return json.dumps(d, sort_keys=True)


def decode_action(text: str) -> Action:
    """The action an outbox row holds, as the planner made it."""
    d = json.loads(text)
    kind = _KINDS[d.pop("kind")]
    d["contact"] = ContactRef(**d["contact"])
    if "status" in d:
        d["status"] = BounceStatus(d["status"])
    if "bounced_at" in d:
        d["bounced_at"] = datetime.fromisoformat(d["bounced_at"])
    if "enrollments" in d:
        d["enrollments"] = decode_enrollments(d["enrollments"])
    return kind(**d)


def encode_enrollments(enrollments: tuple[Enrollment, ...]) -> list[dict[str, Any]]:
    """JSON-safe enrollments: what an Unenroll removed is kept to re-enroll the contact."""
    return [{"sequence_id": e.sequence_id, "sequence_name": e.sequence_name, "step": e.step,
             "sender": e.sender, "user_id": e.user_id, "tracker_id": e.tracker_id}
            for e in enrollments]


def decode_enrollments(items: list[Mapping[str, Any]]) -> tuple[Enrollment, ...]:
    """The inverse of `encode_enrollments`."""
    return tuple(Enrollment(**item) for item in items)


def encode_result(result: ApplyResult) -> str:
    """An outbox row's `result` column, for `bounce-sync outbox` and post-mortems."""
    return json.dumps({"outcome": result.outcome.value, "error": result.error,
                       "removed": encode_enrollments(result.removed),
                       "retry_after": result.retry_after})
