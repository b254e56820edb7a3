"""What each field we write accepts, read from the org's describe metadata, and every value
fitted to it before it is sent.

A Collections update is all or nothing per record: one value Salesforce refuses (a text
over the field's length, STRING_TOO_LONG; a malformed address in an Email field,
INVALID_EMAIL_ADDRESS; a value a restricted picklist lacks,
INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST; a field the user cannot edit,
INVALID_FIELD_FOR_INSERT_UPDATE; an unknown field, INVALID_FIELD for the whole request)
sinks that record's whole update. So the lengths, types, picklist values and edit rights
come from describe (`sobjects/<Object>/describe`, read once per run, only when something
is written), not from what `setup` would have created: an admin may have changed a field.

Per field type:
- text (`string`, `textarea`): cut to the field's length, on a character boundary;
- `email`: only an address Salesforce accepts (at most 80 characters, the usual
  `local@domain.tld` form, ASCII): anything else leaves the field empty and the text goes
  into our Note field (Text 255), so a long or malformed bounced address never sinks the
  record's update (the state store keeps the address for the watcher either way);
- restricted `picklist`: a value the field lacks fails that action here, unsent, naming it;
- a field we do not own that is missing or read-only (`EmailBouncedReason`,
  `EmailBouncedDate`) is left out, and so is one of ours added in a later release
  (`definitions.OPTIONAL`: an org upgraded without running `setup` again); any other of
  ours is a `Permanent` error pointing at `setup`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from connectors.salesforce.api import SalesforceApi
from connectors.salesforce.definitions import OPTIONAL
from connectors.salesforce.settings import Settings
from sync import sanitize
from sync.errors import Permanent

log = logging.getLogger(__name__)

EMAIL_MAX = 80  # Email fields: https://help.salesforce.com/s/articleView?id=sf.custom_field_types.htm
TEXT_TYPES = {"string", "textarea", "email", "phone", "url", "combobox", "encryptedstring"}
_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
# The dot-atom form Salesforce's Email fields accept: no quoted local parts, no IP
# literals, no non-ASCII (internationalised) addresses; a domain of two labels or more.
EMAIL_RX = re.compile(rf"{_ATEXT}+(?:\.{_ATEXT}+)*@(?:{_LABEL}\.)+[A-Za-z](?:[A-Za-z0-9-]*[A-Za-z0-9])?\Z")


@dataclass(frozen=True, slots=True, kw_only=True)
class FieldInfo:
    """One field as describe tells it."""

    type: str
    length: int
    updateable: bool
    restricted: bool
    values: frozenset[str]


def field_infos(described: Mapping[str, Any]) -> dict[str, FieldInfo]:
    """The describe answer's fields by API name."""
    return {f["name"]: FieldInfo(
        type=str(f.get("type") or ""), length=int(f.get("length") or 0),
        updateable=bool(f.get("updateable")), restricted=bool(f.get("restrictedPicklist")),
        values=frozenset(v.get("value") for v in f.get("picklistValues") or () if v.get("active", True)))
        for f in described.get("fields") or ()}


def units(text: str) -> int:
    """The length Salesforce counts: UTF-16 code units (it runs on Java). Never less than
    the code-point count, so fitting to it is the safe side."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def cut(text: str, limit: int) -> str:
    """`text` in at most `limit` UTF-16 units, cut between characters (never inside a
    surrogate pair or a combining sequence), an ellipsis marking the cut: the one cutting
    rule of sync/sanitize.py, counted as Salesforce counts."""
    return sanitize.cut(text, limit, size=units)


def valid_email(value: str, limit: int = EMAIL_MAX) -> bool:
    """Whether an Email field takes `value` (format and length)."""
    local = value.partition("@")[0]
    return (value.isascii() and len(value) <= min(limit or EMAIL_MAX, EMAIL_MAX)
            and len(local) <= 64 and EMAIL_RX.match(value) is not None)


class FieldRules:
    """Describe of the configured objects, read on first use, and `fit`."""

    def __init__(self, api: SalesforceApi, settings: Settings, fields: dict[str, str]) -> None:
        self.api, self.settings, self.f = api, settings, fields
        self._infos: dict[str, dict[str, FieldInfo]] | None = None
        # ours, but added after the first release: missing until `setup` runs again
        self.optional = {fields[s] for s in OPTIONAL if s in fields}

    def infos(self, sobject: str) -> dict[str, FieldInfo]:
        """The fields of `sobject` (every configured object described in one call)."""
        if self._infos is None:
            described = self.api.describe(list(self.settings.objects))
            self._infos = {o: field_infos(d) for o, d in described.items()}
        return self._infos.get(sobject, {})

    def limit(self, sobject: str, name: str) -> int | None:
        """A text field's length, None when describe does not say."""
        info = self.infos(sobject).get(name)
        return info.length if info and info.length else None

    def fit(self, sobject: str, values: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
        """(the values to send, None) or ({}, why this record's update is not sent)."""
        infos, ours = self.infos(sobject), set(self.f.values())
        out: dict[str, Any] = {}
        displaced: list[str] = []
        for name, value in values.items():
            info = infos.get(name)
            if info is None or not info.updateable:
                if name in ours and name not in self.optional:
                    raise Permanent(f"Salesforce {sobject}.{name} is "
                                    f"{'missing or not visible' if info is None else 'not writable'} "
                                    "for the integration user; run `bounce-sync setup`")
                log.warning("Salesforce %s.%s is %s: left out of the update", sobject, name,
                            "not visible" if info is None else "read-only")
                continue
            if value is None or not isinstance(value, str):
                out[name] = value
            elif info.type == "email":
                if valid_email(value, info.length):
                    out[name] = value
                else:
                    out[name] = None
                    displaced.append(value)
            elif info.type == "picklist" and info.restricted and value not in info.values:
                return {}, (f"{sobject}.{name} has no picklist value {value!r}: add it to the "
                            "field's values in Salesforce Setup")
            elif info.type in TEXT_TYPES and info.length:
                out[name] = cut(value, info.length)
            else:
                out[name] = value
        note = self.f.get("Note")
        if displaced and note in infos and infos[note].updateable:
            text = "bounced address (not accepted by an Email field): " + ", ".join(displaced)
            text = f"{out[note]}; {text}" if out.get(note) else text  # after an escalation note
            out[note] = cut(text, infos[note].length or 255)
        return out, None
