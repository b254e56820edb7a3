"""Our custom fields as a rep sees them in Salesforce: labels (40 characters at most),
descriptions and inline help in plain words, and status picklist labels over the stable
API names (the values stored and filtered on). `setup` creates these and brings older
definitions up to them; `check` names the fields whose label, help or picklist labels
differ. The machine data (the saved cadences) is marked technical in its label and help;
fields created through the API are on no page layout, so it stays off them unless an admin
adds it, while the readable "Removed from cadences" is the one to add."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from connectors.crm_words import STATUS_LABELS, status_summary
from sync.records import BounceStatus

TECHNICAL = "Technical, used by bounce-sync: do not edit or add to page layouts. "


@dataclass(frozen=True, slots=True, kw_only=True)
class FieldSpec:
    """One field: its API name suffix, what it shows, and its type metadata."""

    suffix: str
    label: str
    help: str  # inlineHelpText: the (i) next to the field (510 characters at most)
    metadata: dict[str, Any] = field(default_factory=dict)
    # A field added after the first release: while an org lacks it (setup not run again
    # since the upgrade), writes leave it out instead of failing.
    optional: bool = False


STATUS_VALUES = [s.value for s in BounceStatus]
FIELD_SPECS = (
    FieldSpec(suffix="Status", label="Bounce status", help=status_summary("cadences")[:510], metadata={
        "type": "Picklist", "valueSet": {"restricted": True, "valueSetDefinition": {
            "sorted": False, "value": [{"fullName": s.value, "default": False,
                                        "label": STATUS_LABELS[s]} for s in BounceStatus]}}}),
    FieldSpec(suffix="Hard", label="Hard bounce", help="Ticked: the address itself cannot "
              "receive mail (a permanent failure). Unticked with status Bounced: marked after "
              "repeated soft bounces.", metadata={"type": "Checkbox", "defaultValue": "false"}),
    FieldSpec(suffix="Reason", label="Bounce reason code (technical)", help=TECHNICAL +
              "the reason as a code (for example userunknown, mailboxfull), for filters and "
              "reports. The words are in Bounce reason.", metadata={"type": "Text", "length": 80}),
    FieldSpec(suffix="Reason_Label", label="Bounce reason", help="Why the mail bounced, in "
              "plain words (for example Mailbox does not exist, or Mailbox full).",
              metadata={"type": "Text", "length": 255}),
    FieldSpec(suffix="Diagnostic", label="Bounce message from mail server", help="The "
              "receiving mail server's own words, trimmed (for example 550 5.1.1 User "
              "unknown).", metadata={"type": "LongTextArea", "length": 32768, "visibleLines": 5}),
    FieldSpec(suffix="Bounced_At", label="Bounced on", help="When the bounce that set the "
              "bounce status arrived.", metadata={"type": "DateTime"}),
    # Email type (80 characters, format-checked): written only with an address it takes,
    # see `connectors.salesforce.fields`; otherwise left empty, the text in Note.
    FieldSpec(suffix="Address", label="Address that bounced", help="The email address that "
              "bounced; it may be one of the record's other email fields.",
              metadata={"type": "Email"}),
    FieldSpec(suffix="Soft_Count", label="Soft bounces counted", help="Soft bounces "
              "(temporary failures such as a full mailbox) counted within the policy's "
              "window; enough of them mark the record bounced.",
              metadata={"type": "Number", "precision": 6, "scale": 0}),
    FieldSpec(suffix="Note", label="Bounce note", help="bounce-sync's explanation, for "
              "example why soft bounces led to Bounced or why a new address was refused.",
              metadata={"type": "Text", "length": 255}),
    FieldSpec(suffix="Removed_From", label="Removed from cadences", help="The cadences "
              "bounce-sync took this record out of, with the step reached. Set Bounce status "
              "to Resend requested to put it back.", metadata={"type": "Text", "length": 255},
              optional=True),
    FieldSpec(suffix="Cadences", label="Saved cadences (technical)", help=TECHNICAL + "the "
              "cadences removed on a bounce, as data, to put the record back on a resend. The "
              "readable list is Removed from cadences.",
              metadata={"type": "LongTextArea", "length": 32768, "visibleLines": 3}),
)
OPTIONAL = frozenset(spec.suffix for spec in FIELD_SPECS if spec.optional)


def field_names(prefix: str) -> dict[str, str]:
    """Our fields' API names by suffix ("Status" -> "Bounce_Sync_Status__c"): the reads,
    the writes and the schema all name a field through this one map."""
    return {spec.suffix: f"{prefix}{spec.suffix}__c" for spec in FIELD_SPECS}


def create_metadata(spec: FieldSpec) -> dict[str, Any]:
    """The Tooling API `Metadata` that creates the field."""
    return {"label": spec.label, "description": spec.help, "inlineHelpText": spec.help,
            **copy.deepcopy(spec.metadata)}


def _picklist(metadata: Mapping[str, Any]) -> list[dict[str, Any]]:
    vs = metadata.get("valueSet") or {}
    return list((vs.get("valueSetDefinition") or {}).get("value") or [])


def refreshed(current: Mapping[str, Any], spec: FieldSpec) -> tuple[dict[str, Any], list[str]]:
    """(the field's current Tooling `Metadata` with our label, description, help and
    picklist labels, what that changes). Everything else (a length or picklist value an
    admin changed or added) is kept: a Tooling update replaces the whole definition."""
    out = copy.deepcopy(dict(current))
    changed = [k for k, want in (("label", spec.label), ("description", spec.help),
                                 ("inlineHelpText", spec.help)) if (out.get(k) or "") != want]
    out.update(label=spec.label, description=spec.help, inlineHelpText=spec.help)
    labels = {v["fullName"]: v["label"] for v in _picklist(spec.metadata)}
    for value in _picklist(out):
        want = labels.get(value.get("fullName"))
        if want is not None and value.get("label") != want:
            value["label"] = want
            if "picklist labels" not in changed:
                changed.append("picklist labels")
    return out, changed


def outdated_in_describe(described: Mapping[str, Any], spec: FieldSpec) -> bool:
    """Whether describe shows a label, help text or picklist label other than ours (what
    `check` can see without the Tooling API; descriptions are not in describe)."""
    labels = {v["fullName"]: v["label"] for v in _picklist(spec.metadata)}
    shown = {v.get("value"): v.get("label") for v in described.get("picklistValues") or ()}
    return (described.get("label") != spec.label
            or (described.get("inlineHelpText") or "") != spec.help
            or any(shown.get(value, label) != label for value, label in labels.items()))
