"""Our custom fields on Contact and Lead: `setup` and `check` (what each field is and shows
is in `definitions`).

`setup` creates the fields through the Tooling API REST endpoint
(`tooling/sobjects/CustomField`) rather than the SOAP Metadata API, then a permission set
with read/edit FieldPermissions on them, assigned to the integration user: fields created
by API get no field-level security otherwise, and an invisible field is INVALID_FIELD.
A field that exists is brought up to the current label, description, help text and
picklist labels (`_refresh`), so an install made by an older release is migrated and a
second `setup` sends no change.
"""

from __future__ import annotations

from collections.abc import Sequence

from simple_salesforce.format import quote_soql_value

from connectors.base import CheckItem
from connectors.http import chunks
from connectors.salesforce.api import SalesforceApi, describe_errors
from connectors.salesforce.definitions import (
    FIELD_SPECS, FieldSpec, create_metadata, field_names, outdated_in_describe, refreshed,
)
from connectors.salesforce.settings import Settings
from sync.errors import SyncError

__all__ = ["COLLECTION_MAX", "FIELD_SPECS", "PASSWORD_NOTE", "Schema", "field_names"]

COLLECTION_MAX = 200  # sObject Collections: records per request
# `check` says it on every password-mode run, working or not: the flow may be blocked any day.
PASSWORD_NOTE = {"password": "; note: many orgs block the OAuth username-password flow (new orgs "
                             "since Summer '23 by default): JWT bearer (auth = \"jwt\") or client "
                             "credentials are the recommended modes"}


class Schema:
    """`setup` and `check` for the connector: both are idempotent and say, item by item,
    what exists, what was (or would be) created and what is wrong."""

    def __init__(self, api: SalesforceApi, settings: Settings, fields: dict[str, str]) -> None:
        self.api, self.settings, self.f = api, settings, fields

    def setup(self, *, dry_run: bool) -> Sequence[CheckItem]:
        """Create the missing fields, then grant and assign them (see the module docstring)."""
        items: list[CheckItem] = []
        s = self.settings
        objects = ", ".join(quote_soql_value(o) for o in s.objects)
        existing = {(r["TableEnumOrId"], f"{r['DeveloperName']}__c"): r["Id"] for r in self.api.query(
            "custom field lookup", "SELECT Id, DeveloperName, TableEnumOrId FROM CustomField "
            f"WHERE TableEnumOrId IN ({objects})", tooling=True)}
        for sobject in s.objects:
            for spec in FIELD_SPECS:
                api = self.f[spec.suffix]
                full = f"{sobject}.{api}"
                if (sobject, api) in existing:
                    items.append(self._refresh(full, existing[(sobject, api)], spec, dry_run))
                elif dry_run:
                    items.append(CheckItem(name=f"field {full}", ok=True, detail="would create"))
                else:
                    body = {"FullName": full, "Metadata": create_metadata(spec)}
                    self.api.restful(f"create {full}", "tooling/sobjects/CustomField/", method="POST",
                                     body=body)
                    items.append(CheckItem(name=f"field {full}", ok=True, detail="created"))
        items.extend(self._grant_fields(dry_run))
        return items

    def _refresh(self, full: str, field_id: str, spec: FieldSpec, dry_run: bool) -> CheckItem:
        """Bring a field made by an older version to our label, description, help text and
        picklist labels: read its definition (the Tooling API gives `Metadata` one record
        at a time), and PATCH it back only when something differs, so a second setup
        changes nothing. API names and stored values stay as they are."""
        path = f"tooling/sobjects/CustomField/{field_id}"
        current = self.api.restful(f"read {full}", path) or {}
        metadata, changed = refreshed(current.get("Metadata") or {}, spec)
        if not changed:
            return CheckItem(name=f"field {full}", ok=True, detail="exists")
        what = ", ".join(changed)
        if dry_run:
            return CheckItem(name=f"field {full}", ok=True, detail=f"would update {what}")
        self.api.restful(f"update {full}", path, method="PATCH",
                         body={"FullName": full, "Metadata": metadata})
        return CheckItem(name=f"field {full}", ok=True, detail=f"updated {what}")

    def _grant_fields(self, dry_run: bool) -> list[CheckItem]:
        name = self.settings.permission_set
        found = self.api.query("permission set lookup",
                               f"SELECT Id FROM PermissionSet WHERE Name = {quote_soql_value(name)}")
        wanted = [f"{o}.{api}" for o in self.settings.objects for api in self.f.values()]
        if not found:
            if dry_run:
                return [CheckItem(name=f"permission set {name}", ok=True, detail="would create"),
                        CheckItem(name="field access", ok=True,
                                  detail=f"would grant read/edit on {len(wanted)} fields"),
                        CheckItem(name="assignment", ok=True,
                                  detail="would assign to the integration user")]
            created = self.api.restful("create permission set", "sobjects/PermissionSet/", method="POST",
                                       body={"Name": name, "Label": "Bounce Sync fields"})
            ps_id, ps_detail = created["id"], "created"
        else:
            ps_id, ps_detail = found[0]["Id"], "exists"
        return [CheckItem(name=f"permission set {name}", ok=True, detail=ps_detail),
                self._field_access(ps_id, wanted, dry_run), self._assignment(ps_id, dry_run)]

    def _field_access(self, ps_id: str, wanted: list[str], dry_run: bool) -> CheckItem:
        rows = self.api.query("field permission lookup", "SELECT Id, Field, PermissionsRead, "
                              f"PermissionsEdit FROM FieldPermissions WHERE ParentId = {quote_soql_value(ps_id)}")
        have = {r["Field"]: r for r in rows}
        create = [f for f in wanted if f not in have]
        fix = [have[f]["Id"] for f in wanted if f in have
               and not (have[f]["PermissionsRead"] and have[f]["PermissionsEdit"])]
        if dry_run:
            detail = f"would grant read/edit on {len(create) + len(fix)} fields" if create or fix else "granted"
            return CheckItem(name="field access", ok=True, detail=detail)
        failures = []
        for batch in chunks(create, COLLECTION_MAX):
            records = [{"attributes": {"type": "FieldPermissions"}, "ParentId": ps_id,
                        "SobjectType": f.partition(".")[0], "Field": f,
                        "PermissionsRead": True, "PermissionsEdit": True} for f in batch]
            results = self.api.restful("grant field access", "composite/sobjects", method="POST",
                                       body={"allOrNone": False, "records": records})
            failures += [describe_errors(r["errors"]) for r in results if not r["success"]]
        for batch in chunks(fix, COLLECTION_MAX):
            records = [{"attributes": {"type": "FieldPermissions"}, "id": i,
                        "PermissionsRead": True, "PermissionsEdit": True} for i in batch]
            results = self.api.restful("grant field access", "composite/sobjects", method="PATCH",
                                       body={"allOrNone": False, "records": records})
            failures += [describe_errors(r["errors"]) for r in results if not r["success"]]
        return CheckItem(name="field access", ok=not failures, detail="; ".join(failures) or
                         f"read/edit on {len(wanted)} fields ({len(create) + len(fix)} new)")

    def _assignment(self, ps_id: str, dry_run: bool) -> CheckItem:
        # From the token answer's `id` URL (or by crm.username for a session login): never
        # `oauth2/userinfo`, an OpenID Connect endpoint that may refuse an `api`-only token.
        user = self.api.user_id()
        if user is None:
            return CheckItem(name="assignment", ok=False,
                             detail="the integration user is unknown with auth = \"session\": "
                                    "set crm.username")
        assigned = self.api.query("assignment lookup", "SELECT Id FROM PermissionSetAssignment WHERE "
                                  f"PermissionSetId = {quote_soql_value(ps_id)} AND AssigneeId = "
                                  f"{quote_soql_value(user)}")
        if assigned:
            return CheckItem(name="assignment", ok=True, detail="assigned")
        if dry_run:
            return CheckItem(name="assignment", ok=True, detail="would assign to the integration user")
        self.api.restful("assign permission set", "sobjects/PermissionSetAssignment/", method="POST",
                         body={"PermissionSetId": ps_id, "AssigneeId": user})
        return CheckItem(name="assignment", ok=True, detail="assigned to the integration user")

    def check(self) -> Sequence[CheckItem]:
        """Login, API allowance left, and our fields readable and writable on each object."""
        items: list[CheckItem] = []
        try:
            limits = self.api.call("limits", lambda sf: sf.limits(timeout=self.settings.timeout))
        except SyncError as exc:
            said = str(exc)  # a refusal in password mode already says it
            note = "" if "username-password" in said else PASSWORD_NOTE.get(self.settings.auth, "")
            return [CheckItem(name="salesforce login", ok=False, detail=said + note)]
        items.append(CheckItem(name="salesforce login", ok=True,
                               detail=f"auth={self.settings.auth}, instance={self.api.client().sf_instance}"
                               + PASSWORD_NOTE.get(self.settings.auth, "")))
        daily = limits.get("DailyApiRequests", {})
        items.append(CheckItem(name="api usage", ok=daily.get("Remaining", 1) > 0,
                               detail=f"{daily.get('Remaining')}/{daily.get('Max')} daily requests "
                               f"remaining; {self.api.seen.api_usage or 'no Sforce-Limit-Info'}"))
        for sobject in self.settings.objects:
            items.append(self._check_fields(sobject))
        return items

    def _check_fields(self, sobject: str) -> CheckItem:
        standard = ["EmailBouncedReason", "EmailBouncedDate"] if self.settings.write_standard_fields else []
        try:
            described = self.api.restful(f"describe {sobject}", f"sobjects/{sobject}/describe/")
        except SyncError as exc:
            return CheckItem(name=f"{sobject} fields", ok=False, detail=str(exc))
        fields = {f["name"]: f for f in described["fields"]}
        missing = [n for n in [*self.f.values(), *standard, *self.settings.secondary]
                   if n not in fields]
        readonly = [n for n in [*self.f.values(), *standard] if n in fields and not fields[n]["updateable"]]
        outdated = [self.f[spec.suffix] for spec in FIELD_SPECS if self.f[spec.suffix] in fields
                    and outdated_in_describe(fields[self.f[spec.suffix]], spec)]
        problems = ([f"missing or not visible: {', '.join(missing)}"] if missing else []) + (
            [f"not writable: {', '.join(readonly)}"] if readonly else []) + (
            [f"labels or help text out of date: {', '.join(outdated)}"] if outdated else [])
        return CheckItem(name=f"{sobject} fields", ok=not problems,
                         detail="; ".join(problems) + " (run `bounce-sync setup` to fix)"
                         if problems else f"{len(self.f)} fields readable, writable and up to date")
