"""Our contact properties as a rep sees them in HubSpot: labels and descriptions in plain
words, status options with readable labels over the stable internal values, and the machine
data hidden. `setup` creates these and brings older definitions up to them; `check` names
the ones that differ. Only what is shown is compared: a property's name, type and option
values never change, so stored values and the watcher's filters keep working."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from hubspot.crm.properties.models import OptionInput

from connectors.crm_words import STATUS_LABELS, status_help, status_summary
from sync.records import BounceStatus

TECHNICAL = "Technical, used by bounce-sync: do not edit. "
# What the definitions say of each property (besides name, type, field type), by role:
# (label, description, hidden from the HubSpot UI).
TEXTS: dict[str, tuple[str, str, bool]] = {
    "status": ("Bounce status", "What bounce-sync found when mail to this contact bounced. "
               + status_summary(), False),
    "hard": ("Hard bounce", "Yes: the address itself cannot receive mail (a permanent failure). "
             "No: marked after repeated soft bounces, or still only soft bounces.", False),
    "reason_label": ("Bounce reason", "Why the mail bounced, in plain words (for example "
                     "\"Mailbox does not exist\" or \"Mailbox full\").", False),
    "reason": ("Bounce reason code (technical)", TECHNICAL + "the reason as a code (for example "
               "userunknown, mailboxfull), for filters and reports. The words are in "
               "\"Bounce reason\".", False),
    "diagnostic": ("Bounce message from mail server", "The receiving mail server's own "
                   "words, trimmed (for example \"550 5.1.1 User unknown\").", False),
    "bounced_at": ("Bounced on", "When the bounce that set the bounce status arrived.", False),
    "bounced_address": ("Address that bounced", "The email address that bounced; it may be "
                        "one of the contact's additional addresses.", False),
    "soft_count": ("Soft bounces counted", "Soft bounces (temporary failures such as a full "
                   "mailbox) counted within the policy's window; enough of them mark the "
                   "contact bounced.", False),
    "note": ("Bounce note", "bounce-sync's explanation, for example why soft bounces led to "
             "\"Bounced\" or why a new address was refused.", False),
    "removed_from": ("Removed from sequences", "The sequences bounce-sync took this contact "
                     "out of, with the step reached. Set the bounce status to \"Resend "
                     "requested\" to put the contact back.", False),
    "saved_enrollments": ("Saved sequence enrollments (technical)", TECHNICAL + "the "
                          "enrollments removed on a bounce, as data, to put the contact back "
                          "on a resend. The readable list is \"Removed from sequences\".", True),
    # Not hidden: the unenroll workflow's trigger must be selectable in the workflow editor.
    "unenroll_requested_at": ("Unenroll requested (technical)", TECHNICAL + "set to ask the "
                              "workflow \"bounce-sync: unenroll bounced contacts\" to take the "
                              "contact out of its sequence.", False),
}
_KINDS = {  # role -> (type, fieldType)
    "status": ("enumeration", "select"), "hard": ("bool", "booleancheckbox"),
    "reason": ("string", "text"), "reason_label": ("string", "text"),
    "diagnostic": ("string", "textarea"), "bounced_at": ("datetime", "date"),
    "bounced_address": ("string", "text"), "soft_count": ("number", "number"),
    "note": ("string", "text"), "removed_from": ("string", "textarea"),
    "saved_enrollments": ("string", "textarea"), "unenroll_requested_at": ("datetime", "date"),
}
ORDER = ("status", "reason_label", "hard", "bounced_at", "bounced_address", "note",
         "removed_from", "soft_count", "diagnostic", "reason", "saved_enrollments",
         "unenroll_requested_at")


def _options(role: str) -> list[OptionInput]:
    if role == "status":
        return [OptionInput(label=STATUS_LABELS[s], value=s.value, description=status_help(s),
                            hidden=False, display_order=i) for i, s in enumerate(BounceStatus)]
    if role == "hard":
        return [OptionInput(label="Yes", value="true", description="", hidden=False,
                            display_order=0),
                OptionInput(label="No", value="false", description="", hidden=False,
                            display_order=1)]
    return []


def definitions(names: Mapping[str, str]) -> list[dict[str, Any]]:
    """Every property's PropertyCreate arguments (the group is the caller's)."""
    out = []
    for role in ORDER:
        label, description, hidden = TEXTS[role]
        kind, field_type = _KINDS[role]
        d: dict[str, Any] = dict(name=names[role], label=label, description=description,
                                 type=kind, field_type=field_type, hidden=hidden,
                                 form_field=False)
        if kind in ("enumeration", "bool"):
            d["options"] = _options(role)
        out.append(d)
    return out


def _shown(option: Any) -> tuple[str, str, str, bool]:
    return (str(option.value), str(option.label or ""), str(option.description or ""),
            bool(option.hidden))


def changes(existing: Any, definition: Mapping[str, Any]) -> dict[str, Any]:
    """PropertyUpdate arguments that bring `existing` (the SDK's property) to `definition`:
    {} when it shows what we define. Options an admin added are kept, after ours."""
    out: dict[str, Any] = {}
    for key in ("label", "description", "hidden", "form_field"):
        have = getattr(existing, key, None)
        if (have or type(definition[key])()) != definition[key]:
            out[key] = definition[key]
    ours = definition.get("options") or []
    if ours:
        have = [_shown(o) for o in existing.options or []]
        if have[:len(ours)] != [_shown(o) for o in ours]:
            values = {o.value for o in ours}
            extra = [OptionInput(label=o.label, value=o.value, description=o.description or "",
                                 hidden=bool(o.hidden), display_order=len(ours) + i)
                     for i, o in enumerate(o for o in existing.options or [] if o.value not in values)]
            out["options"] = [*ours, *extra]
    return out
