"""What `bounce-sync setup` creates in HubSpot and `bounce-sync check` verifies: our property
group, our contact properties, and the workflow that unenrolls a contact from its sequence
(HubSpot has no unenroll API; a workflow watching our trigger property does it)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from hubspot.crm.properties.models import PropertyCreate, PropertyGroupCreate, PropertyUpdate

from connectors.base import CheckItem
from connectors.hubspot.client import Client
from connectors.hubspot.http import Refused
from connectors.hubspot.properties import changes, definitions
from sync.errors import AuthError

UNENROLL_ACTION_TYPE = "0-4702372"  # workflow action "Unenroll from sequence" (api §6)
WORKFLOW_NAME = "bounce-sync: unenroll bounced contacts"
FLOWS_PAGE = 100  # workflows per list page (HubSpot's default)


class Schema:
    """Setup and check share the same definitions, so what check asks for is exactly what
    setup creates; both are safe to run again (and in parallel: a 409 counts as done)."""

    def __init__(self, client: Client) -> None:
        self._c = client

    def setup(self, *, dry_run: bool) -> Sequence[CheckItem]:
        """Create what is missing (or say what would be created) and report the rest."""
        cfg, c = self._c.cfg, self._c
        items = [self._setup_group(dry_run)]
        existing = self._existing_properties()
        for definition in definitions(c.names):
            name = definition["name"]
            if name in existing:
                items.append(self._update(existing[name], definition, dry_run))
            elif dry_run:
                items.append(CheckItem(name=f"property {name}", ok=True, detail="would create"))
            else:
                self._create(f"create property {name}", c.core.create_with_http_info,
                             "contacts", PropertyCreate(group_name=cfg.group, **definition))
                items.append(CheckItem(name=f"property {name}", ok=True, detail="created"))
        if cfg.unenroll == "workflow":
            items.append(self._setup_workflow(dry_run))
        return items

    def check(self) -> Sequence[CheckItem]:
        """Read-only: the token, the group, the properties and the workflow, each with the
        fix when it is wrong."""
        cfg, c = self._c.cfg, self._c
        items: list[CheckItem] = []
        try:
            c.call("authenticated read", c.basic.get_page_with_http_info, limit=1)
            items.append(CheckItem(name="token", ok=True, detail="accepted; contacts readable"))
        except AuthError as exc:
            return [CheckItem(name="token", ok=False, detail=str(exc))]
        try:
            c.call("read property group", c.groups.get_by_name_with_http_info, "contacts", cfg.group)
            items.append(CheckItem(name=f"group {cfg.group}", ok=True))
        except (Refused, AuthError) as exc:
            items.append(CheckItem(name=f"group {cfg.group}", ok=False,
                                   detail=f"{exc}; run `bounce-sync setup`"))
        try:
            existing = self._existing_properties()
            wanted = definitions(c.names)
            missing = [d["name"] for d in wanted if d["name"] not in existing]
            outdated = [d["name"] for d in wanted
                        if d["name"] in existing and changes(existing[d["name"]], d)]
            problems = ([f"missing {', '.join(missing)}"] if missing else []) + (
                [f"labels, descriptions or options out of date on {', '.join(outdated)}"]
                if outdated else [])
            items.append(CheckItem(name="properties", ok=not problems, detail=(
                "; ".join(problems) + "; run `bounce-sync setup` to fix" if problems
                else f"all {len(c.names)} present and up to date")))
        except AuthError as exc:
            items.append(CheckItem(name="properties", ok=False, detail=str(exc)))
        if cfg.unenroll == "workflow":
            found = self._find_workflow()
            if found.detail == "missing":
                found = CheckItem(name="workflow", ok=False, detail=(
                    f"missing; run `bounce-sync setup` or: {self._manual_workflow_steps()}"))
            items.append(found)
        return items

    # ------------------------------------------------------------------ group and properties

    def _setup_group(self, dry_run: bool) -> CheckItem:
        group, c = self._c.cfg.group, self._c
        try:
            c.call("read property group", c.groups.get_by_name_with_http_info, "contacts", group)
            return CheckItem(name=f"group {group}", ok=True, detail="present")
        except Refused as exc:
            if exc.status != 404:
                raise
        if dry_run:
            return CheckItem(name=f"group {group}", ok=True, detail="would create")
        self._create("create property group", c.groups.create_with_http_info, "contacts",
                     PropertyGroupCreate(name=group, label="Bounces (bounce-sync)", display_order=-1))
        return CheckItem(name=f"group {group}", ok=True, detail="created")

    def _create(self, what: str, fn: Callable[..., Any], *args: Any) -> None:
        try:
            self._c.call(what, fn, *args)
        except Refused as exc:
            if exc.status != 409:  # 409: someone (a parallel setup) created it already
                raise

    def _existing_properties(self) -> dict[str, Any]:
        data, _ = self._c.call("list contact properties", self._c.core.get_all_with_http_info,
                               "contacts")
        return {p.name: p for p in data.results or []}

    def _update(self, existing: Any, definition: dict[str, Any], dry_run: bool) -> CheckItem:
        """Bring a property made by an older version (or edited by hand) to what we define
        now: one PATCH of what differs, none when nothing does (a second setup is a no-op)."""
        name = definition["name"]
        update = changes(existing, definition)
        if not update:
            return CheckItem(name=f"property {name}", ok=True, detail="present")
        what = ", ".join(k.replace("form_field", "form field") for k in update)
        if dry_run:
            return CheckItem(name=f"property {name}", ok=True, detail=f"would update {what}")
        self._c.call(f"update property {name}", self._c.core.update_with_http_info, "contacts",
                     name, PropertyUpdate(**update))
        return CheckItem(name=f"property {name}", ok=True, detail=f"updated {what}")

    # ------------------------------------------------------------------ the unenroll workflow

    def _setup_workflow(self, dry_run: bool) -> CheckItem:
        found = self._find_workflow()
        if found.ok or found.detail != "missing":
            return found
        if dry_run:
            return CheckItem(name="workflow", ok=True, detail=f"would create "
                             f'"{WORKFLOW_NAME}" (action Unenroll from sequence)')
        try:
            data, _ = self._c.raw("create workflow", "POST", "/automation/v4/flows",
                                  body=self._workflow_body())
            return CheckItem(name="workflow", ok=True,
                             detail=f"created workflow {(data or {}).get('id')}")
        except (AuthError, Refused) as exc:
            return CheckItem(name="workflow", ok=False, detail=(
                f"HubSpot refused to create it ({exc}). {self._manual_workflow_steps()}"))

    def _find_workflow(self) -> CheckItem:
        """Every page of the account's workflows: the list pages (100 by default,
        `paging.next.after`), and reading only the first would call ours missing and have
        setup create another each run in a portal with more than a page of them."""
        query = {"limit": str(FLOWS_PAGE)}
        while True:
            try:
                data, _ = self._c.raw("list workflows", "GET", "/automation/v4/flows", query=query)
            except (AuthError, Refused) as exc:
                return CheckItem(name="workflow", ok=False, detail=(
                    f"cannot read workflows ({exc}). {self._manual_workflow_steps()}"))
            data = data or {}
            for flow in data.get("results") or []:
                if flow.get("name") == WORKFLOW_NAME:
                    ok = bool(flow.get("isEnabled"))
                    return CheckItem(name="workflow", ok=ok, detail=f"workflow {flow.get('id')} "
                                     + ("is on" if ok else "is OFF: turn it on in HubSpot"))
            after = ((data.get("paging") or {}).get("next") or {}).get("after")
            if not after or after == query.get("after"):
                return CheckItem(name="workflow", ok=False, detail="missing")
            query = {**query, "after": str(after)}

    def _manual_workflow_steps(self) -> str:
        trigger = self._c.names["unenroll_requested_at"]
        return (f'In HubSpot: Automation > Workflows > Create > From scratch > Contact-based; '
                f'trigger "{trigger} is known", turn re-enrollment on '
                f'for that property; add the action "Unenroll from sequence"; name it '
                f'"{WORKFLOW_NAME}" and turn it on. Needs Sales or Service Hub Professional.')

    def _workflow_body(self) -> dict[str, Any]:
        trigger = self._c.names["unenroll_requested_at"]
        known = {"filterType": "PROPERTY", "property": trigger,
                 "operation": {"operationType": "ALL_PROPERTY", "operator": "IS_KNOWN",
                               "includeObjectsWithNoValueSet": False}}
        return {
            "name": WORKFLOW_NAME, "type": "CONTACT_FLOW", "objectTypeId": "0-1",
            "flowType": "WORKFLOW", "isEnabled": True, "canEnrollFromSalesforce": False,
            # no nextAvailableActionId: HubSpot reports it in flow responses; it is not a
            # create field (api/hubspot.md corrections)
            "startActionId": "1",
            "actions": [{"type": "SINGLE_CONNECTION", "actionId": "1", "actionTypeVersion": 0,
                         "actionTypeId": UNENROLL_ACTION_TYPE, "fields": {}}],
            "enrollmentCriteria": {
                "type": "LIST_BASED", "shouldReEnroll": True,
                "listFilterBranch": {"filterBranchType": "OR", "filterBranchOperator": "OR",
                                     "filters": [], "filterBranches": [
                                         {"filterBranchType": "AND", "filterBranchOperator": "AND",
                                          "filters": [known], "filterBranches": []}]},
                "reEnrollmentTriggersFilterBranches": [
                    {"filterBranchType": "AND", "filterBranchOperator": "AND",
                     "filters": [known], "filterBranches": []}],
                "unEnrollObjectsNotMeetingCriteria": False},
            "timeWindows": [], "blockedDates": [], "customProperties": {},
            "dataSources": [], "suppressionListIds": []}
