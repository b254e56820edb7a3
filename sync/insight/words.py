"""Plain words for the values the store keeps as codes: reasons, outcomes, bounce
statuses, action kinds and times. Codes stay visible in brackets, so a person can search
the docs or the logs for them."""

from __future__ import annotations

from datetime import datetime

from classifier.records import Reason
from sync.records import BounceOutcome, BounceStatus

OUTCOME_WORDS = {
    BounceOutcome.MARKED: "contact marked bounced and taken out of its sequences",
    BounceOutcome.ESCALATED: "soft bounces reached the limit: contact marked bounced and taken "
                             "out of its sequences",
    BounceOutcome.ALREADY: "the contact already showed this bounce; nothing more to do",
    BounceOutcome.SOFT: "counted as a soft bounce; the contact stays in its sequences",
    BounceOutcome.UNMATCHED: "no CRM contact had this address; recorded only",
    BounceOutcome.UNVERIFIED: "not trusted; recorded only, no contact touched",
    BounceOutcome.SENDER: "refused because of the sending mailbox, not the address; "
                          "no contact touched",
    BounceOutcome.DELAYED: "only a delay report; not counted",
    BounceOutcome.FORGIVEN: "undone: a person asked to send to this address again, or the "
                            "address answered after the bounce",
    BounceOutcome.REFUSED: "the contact got this address after it hard-bounced: flagged "
                           "refused and taken out of its sequences",
}

STATUS_WORDS = {
    BounceStatus.BOUNCED.value: "bounced (no more email)",
    BounceStatus.SOFT.value: "soft bounces (still emailed)",
    BounceStatus.RESEND.value: "resend requested",
    BounceStatus.REFUSED.value: "new address refused (known to bounce)",
}

ACTION_WORDS = {
    "MarkBounced": "mark the bounce on the contact",
    "Unenroll": "take out of its sequences",
    "ClearBounce": "clear the bounce mark",
    "Reenroll": "put back in its sequences",
    "Flag": "flag the contact",
}

STATE_WORDS = {"waiting": "waiting", "leased": "being applied", "done": "done",
               "failed": "failed for good (`bounce-sync retry` tries again)"}


def reason_words(code: str | None) -> str:
    """`Mailbox does not exist [userunknown]`; an unknown code is shown as it is."""
    if not code:
        return "no reason"
    try:
        return f"{Reason.parse(code).label} [{code}]"
    except ValueError:
        return f"[{code}]"


def reason_label(code: str) -> str:
    """The plain words of a reason alone (charts have no room for the code)."""
    try:
        return Reason.parse(code).label
    except ValueError:
        return code


def outcome_words(code: str) -> str:
    """What the planner did about a bounce, in words."""
    try:
        return OUTCOME_WORDS[BounceOutcome(code)]
    except ValueError:
        return code


def status_words(code: str | None) -> str:
    """A contact's bounce status as a CRM user reads it (`none` when it has none)."""
    return STATUS_WORDS.get(code, code) if code else "no bounce status"


def when(at: datetime | None) -> str:
    """`2026-01-05 14:02 UTC`, or `never`."""
    return at.strftime("%Y-%m-%d %H:%M UTC") if at else "never"


def ago(seconds: float | None) -> str:
    """`3 minutes ago`, `2 days ago`, or `never`."""
    if seconds is None:
        return "never"
    s = int(max(0, seconds))
    for size, unit in ((86400, "day"), (3600, "hour"), (60, "minute")):
        if s >= size:
            n = s // size
            return f"{n} {unit}{'s' if n != 1 else ''} ago"
    return "just now" if s < 5 else f"{s} seconds ago"


def plural(n: int, word: str, many: str | None = None) -> str:
    """`1 bounce`, `2 bounces`."""
    return f"{n} {word if n == 1 else (many or word + 's')}"
