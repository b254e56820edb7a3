"""`bounce-sync check`: the private-app token holds every scope the runs need.

Without this, `check` passed on a token that could read contacts but not write them or
re-enroll, and the next run failed (issue 10, finding 8). A read proves the token; only
HubSpot's token-info endpoint says what else it may do, without trying a write:
`POST /oauth/v2/private-apps/get/access-token-info` with `{"tokenKey": <token>}` answers
`{"userId", "hubId", "appId", "scopes": [...]}` (developers.hubspot.com/docs/api/private-apps).
The token goes in the body as HubSpot asks, and never into a message.

Kept apart from schema.py (properties and the workflow) so either can change alone.
"""

from __future__ import annotations

from connectors.base import CheckItem
from connectors.hubspot.client import Client
from connectors.hubspot.http import Refused
from sync.errors import SyncError

TOKEN_INFO = "/oauth/v2/private-apps/get/access-token-info"

# scope -> what needs it, for every scope a run (and the check itself) uses
RUN_SCOPES = {
    "crm.objects.contacts.read": "looking contacts up and watching bounced contacts",
    "crm.objects.contacts.write": "writing bounce status and the unenroll trigger",
    "crm.schemas.contacts.read": "`check` reading our properties",
}
SEQUENCE_SCOPES = {
    "automation.sequences.read": "reading a contact's sequence enrollments",
    "automation.sequences.enrollments.write": "re-enrolling a contact whose address was fixed",
    "automation": "`check` finding the unenroll workflow",
}
SETUP_SCOPES = {"crm.schemas.contacts.write": "`bounce-sync setup` creating our properties"}


def needed(unenroll: str) -> dict[str, str]:
    """The scopes runs need with these settings (no sequences are touched with unenroll=none)."""
    return {**RUN_SCOPES, **(SEQUENCE_SCOPES if unenroll == "workflow" else {})}


def check(client: Client) -> CheckItem:
    """One line: every needed scope granted, or the missing ones named with what needs
    them and the fix."""
    try:
        data, _ = client.raw("read the token's scopes", "POST", TOKEN_INFO,
                             body={"tokenKey": client.cfg.token.reveal()})
    except Refused as exc:
        return CheckItem(name="token scopes", ok=False, detail=(
            f"cannot read the token's scopes ({exc.status}); use a private-app access token "
            "(Settings > Integrations > Private apps)"))
    except SyncError as exc:
        return CheckItem(name="token scopes", ok=False, detail=f"cannot read the token's scopes: {exc}")
    granted = {str(s) for s in (data or {}).get("scopes") or ()}
    want = needed(client.cfg.unenroll)
    missing = [s for s in want if s not in granted]
    setup_missing = [s for s in SETUP_SCOPES if s not in granted]
    if missing:
        listed = "; ".join(f"{s} ({want[s]})" for s in missing)
        return CheckItem(name="token scopes", ok=False, detail=(
            f"missing scopes {listed}. Fix: add them to the private app in HubSpot (Settings > "
            "Integrations > Private apps > Scopes), then run `bounce-sync check` again"))
    note = (f"; {', '.join(setup_missing)} missing (only `bounce-sync setup` needs it)"
            if setup_missing else "")
    return CheckItem(name="token scopes", ok=True, detail=f"all {len(want)} needed scopes granted{note}")
