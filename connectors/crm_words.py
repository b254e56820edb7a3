"""What a sales rep reads on a contact, the same in every CRM: the status labels, the note
that explains an escalation, and the readable list of the sequences a contact was removed
from. The stored values stay the enum values (`BounceStatus`): the watcher, saved data and
reports filter on those, so only what is shown changes."""

from __future__ import annotations

from collections.abc import Iterable

from sync.records import BounceStatus, Enrollment, MarkBounced

# Picklist / enumeration labels. "Bounced" rather than "Hard bounce": the status also holds
# soft bounces that escalated, and the "Hard bounce" checkbox tells the two apart.
STATUS_LABELS: dict[BounceStatus, str] = {
    BounceStatus.BOUNCED: "Bounced (not emailed)",
    BounceStatus.SOFT: "Soft bounces (still emailed)",
    BounceStatus.RESEND: "Resend requested",
    BounceStatus.REFUSED: "Address refused",
}
_STATUS_HELP: dict[BounceStatus, str] = {
    BounceStatus.BOUNCED: "The address cannot receive mail: the contact was taken out of its "
                          "{seq} and is not emailed.",
    BounceStatus.SOFT: "Temporary delivery failures (for example a full mailbox) are being "
                       "counted; the contact is still emailed.",
    BounceStatus.RESEND: "Set this yourself to clear the bounce and put the contact back in the "
                         "{seq} it was removed from.",
    BounceStatus.REFUSED: "The contact's new address is itself known to bounce, so the contact "
                          "was not put back in its {seq}.",
}


def status_help(status: BounceStatus, seq: str = "sequences") -> str:
    """What a status means, for a picklist option or help text; `seq` is the CRM's word
    ("sequences" in HubSpot, "cadences" in Salesforce)."""
    return _STATUS_HELP[status].format(seq=seq)


def status_summary(seq: str = "sequences") -> str:
    """Every status with its meaning, for the status field's description (under 510
    characters, Salesforce's inline help limit)."""
    return " ".join(f"{STATUS_LABELS[s]}: {status_help(s, seq)}" for s in BounceStatus)


SUMMARY_PREFIX = "Removed from: "


def status_label(value: str | None) -> str | None:
    """The label of a stored status value; an unknown value (an admin's own) as it is."""
    try:
        return STATUS_LABELS[BounceStatus(value)] if value else value
    except ValueError:
        return value


def _lower_first(text: str) -> str:
    # "Mailbox full" -> "mailbox full", but "SPF, DKIM or DMARC failure" stays as written
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text


def bounce_note(action: MarkBounced) -> str:
    """Why soft bounces put this status on the contact ("3 soft bounces in 30 days: mailbox
    full; marked bounced"); "" for a hard bounce, whose reason says it all. The window is
    left out when the action does not carry it (an action queued by an older version)."""
    if action.hard or action.soft_count < 1:
        return ""
    count = f"{action.soft_count} soft bounce{'s' if action.soft_count != 1 else ''}"
    if action.soft_window_days:
        count += f" in {action.soft_window_days} day{'s' if action.soft_window_days != 1 else ''}"
    outcome = ("marked bounced, no more email" if action.status is BounceStatus.BOUNCED
               else "still emailed")
    return f"{count}: {_lower_first(action.reason_label)}; {outcome}"


def removed_summary(enrollments: Iterable[Enrollment]) -> str:
    """"Removed from: Outbound (step 3), Nurture (step 2)", or "" when there are none."""
    parts = []
    for e in enrollments:
        name = e.sequence_name or f"sequence {e.sequence_id}"
        parts.append(f"{name} (step {e.step})" if e.step else name)
    return SUMMARY_PREFIX + ", ".join(parts) if parts else ""
