"""`bounce-sync check`: the integration user may do what the runs do, where Salesforce lets
us ask without trying it.

The field check (schema.py) proves our fields are visible and writable. A run also needs to
edit the Contact and Lead records themselves (object permission Edit) and to read and
change Sales Engagement cadence trackers (the Sales Engagement permission, behind which
`ActionCadenceTracker` is queryable and the remove/assign invocable actions work). The
describe answers say both (`updateable`, `queryable` on the object), so a missing
permission is named in `check`, not found by the next run (issue 10, finding 8). What
describe cannot show (whether a given cadence may be assigned by this user) stays a run-time
error naming the record.

Kept apart from schema.py so field labels and permissions can change alone.
"""

from __future__ import annotations

from connectors.base import CheckItem
from connectors.salesforce.api import SalesforceApi
from connectors.salesforce.settings import Settings
from sync.errors import SyncError

TRACKER = "ActionCadenceTracker"


def check(api: SalesforceApi, settings: Settings) -> list[CheckItem]:
    """One line for record edit rights, one for cadences; each names what is missing and
    where to grant it."""
    cannot_edit, problems = [], []
    for sobject in settings.objects:
        try:
            described = api.restful(f"describe {sobject}", f"sobjects/{sobject}/describe/")
        except SyncError as exc:
            problems.append(f"{sobject}: {exc}")
            continue
        if not described.get("updateable", True):
            cannot_edit.append(sobject)
    items = []
    if cannot_edit or problems:
        detail = "; ".join(
            ([f"the integration user cannot edit {', '.join(cannot_edit)} records (object "
              "permission Edit)"] if cannot_edit else []) + problems)
        items.append(CheckItem(name="record permissions", ok=False, detail=(
            f"{detail}. Fix: grant Read and Edit on {', '.join(cannot_edit or settings.objects)} "
            "in the integration user's profile or a permission set, then run `bounce-sync check`")))
    else:
        items.append(CheckItem(name="record permissions", ok=True,
                               detail=f"{', '.join(settings.objects)} editable"))
    try:
        tracker = api.restful(f"describe {TRACKER}", f"sobjects/{TRACKER}/describe/")
        readable = bool(tracker.get("queryable", True))
        why = "" if readable else f"{TRACKER} is not queryable for the integration user"
    except SyncError as exc:
        readable, why = False, str(exc)
    items.append(CheckItem(name="cadence permissions", ok=readable, detail=(
        "cadence trackers readable (unenroll and re-enroll can run)" if readable else
        f"{why}. Fix: assign the Sales Engagement user permission (and license) to the "
        "integration user, then run `bounce-sync check`")))
    return items
