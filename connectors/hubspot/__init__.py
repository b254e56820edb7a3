"""HubSpot CRM connector (hubspot-api-client), see shared/api/hubspot.md.

Settings (the `[crm]` table of the config file):
  access_token              private-app token (a `Secret`; `env:`/`file:` reference). Scopes:
                            crm.objects.contacts.read/write, crm.schemas.contacts.read/write,
                            automation, automation.sequences.read,
                            automation.sequences.enrollments.write
  base_url                  TESTS ONLY (the fake server); default https://api.hubapi.com
  property_group            default "bounce_sync": the group holding our properties
  property_prefix           default "bounce_sync_": prefix of our property names
  secondary_email_property  default "hs_additional_emails" (`;`-separated); "" disables
                            secondary-address lookups (hs_additional_emails: search `query`,
                            documented to reach it; a custom property: EQ)
  unenroll                  "workflow" (default): set a trigger property that a workflow with
                            HubSpot's "Unenroll from sequence" action watches (HubSpot has no
                            unenroll API); "none": never touch sequences
  reenroll_sender           inbox re-enrollments send from (senderEmail): one connected in
                            HubSpot to the user, usually the sending mailbox; HubSpot's
                            enrollment read names only the user (enrolledByEmail is a login)
  reenroll_sender_alias     alias of that inbox to send from (senderAliasAddress)
  reenroll_senders          per user id: "inbox" or {inbox, alias}; wins over the two above
  reenroll_user_id          HubSpot user id used to re-enroll when the enrollment did not say
  search_lag_seconds        overlap re-read by `bounced_changes` (search lags writes), default 300
  search_rate_per_second    our pace for the search API (HubSpot allows 5/s), default 4
  request_timeout           seconds per HTTP request, default 30
  max_attempts              tries per request on 429/5xx/timeouts, default 6

Any other key is refused (`ConfigError`, with "did you mean ...?" for a near miss): SETTINGS
lists the keys above.

Costs (requests): find_contacts = ceil(N/100) batch reads + U paced searches for the U
addresses not found as a primary email (one `query` each) + one enrollment GET per contact that is in a sequence
(there is no batch API). apply = ceil(C/100) batch updates for C contacts: each contact's writes
of the call (MarkBounced/ClearBounce/Flag fields, the Unenroll trigger, the Reenroll trigger
clearing) go in one input; a whole-batch 400 costs about 2*log2(100) extra requests to isolate
the bad record. An Unenroll carrying the enrollments the lookup saw reads nothing; one carrying
none costs a share of a batch read (+ one GET if enrolled). Reenroll = one POST per sequence
(+ one GET when HubSpot refuses it, to tell "already in it" from "in another one").
bounced_changes = one search when nothing changed, else 1 + ceil(W/200) for a W-contact window.

Nothing here logs or raises the token; vendor exceptions never leave this package.

Layout: `settings` (the keys above), `http` (pacing by HubSpot's rate-limit headers, the
shared retry loop, error translation), `client` (the SDK endpoints and our property names),
`properties` (what each property shows a rep: labels, descriptions, status option labels),
`schema` (setup/check: properties created or brought up to date, the unenroll workflow),
`scopes` (check: the token's scopes), `reads` (lookup, enrollments),
`watcher` (the incremental read), `writes` (apply). `HubSpotConnector` below only wires them.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from connectors.base import CheckItem
from connectors.hubspot import scopes
from connectors.hubspot.client import BATCH_SIZE, SEARCH_PAGE, Client
from connectors.hubspot.reads import CURSOR_FIELD, SECONDARY_PER_SEARCH, Reader
from connectors.hubspot.schema import UNENROLL_ACTION_TYPE, WORKFLOW_NAME, Schema
from connectors.hubspot.settings import SETTINGS, TOKEN_SETTING, Settings
from connectors.hubspot.watcher import SEARCH_CAP, Watcher
from connectors.hubspot.writes import Writer
from sync.records import Action, ApplyResult, ChangeBatch, Contact

__all__ = [
    "BATCH_SIZE", "CURSOR_FIELD", "SEARCH_CAP", "SEARCH_PAGE", "SECONDARY_PER_SEARCH", "SETTINGS",
    "TOKEN_SETTING", "UNENROLL_ACTION_TYPE", "WORKFLOW_NAME", "HubSpotConnector",
]


class HubSpotConnector:
    """The CRM connector the `hubspot` entry point names. It holds no logic of its own: each
    method hands over to the part that owns it, all sharing one paced client."""

    name = "hubspot"
    BATCH_SIZE = BATCH_SIZE  # declared ability (sync.ports.Batched): records per batch call
    FENCED = True  # declared ability (sync.ports.FencedApply): apply checks the lease per request

    def __init__(self, settings: Mapping[str, Any], *, base_dir: Path,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self._cfg = Settings.parse(settings)
        self._base_dir = base_dir
        self._client = Client(self._cfg, sleep)
        self._reader = Reader(self._client)
        self._schema = Schema(self._client)
        self._watcher = Watcher(self._client, self._reader)
        self._writer = Writer(self._client, self._reader)

    @property
    def requests_sent(self) -> int:
        """Requests sent so far, retries included: what the benchmarks count."""
        return self._client.http.requests

    def setup(self, *, dry_run: bool) -> Sequence[CheckItem]:
        """Create our property group, properties and unenroll workflow where missing."""
        return self._schema.setup(dry_run=dry_run)

    def check(self) -> Sequence[CheckItem]:
        """Verify the token, its scopes, properties and workflow without changing anything."""
        items = list(self._schema.check())
        if items and items[0].ok:  # the token works: name every scope a run needs and lacks
            items.insert(1, scopes.check(self._client))
        return items

    def find_contacts(self, emails: Sequence[str]) -> Sequence[Contact]:
        """Contacts by primary or secondary address, with their sequence enrollments."""
        return self._reader.find_contacts(emails)

    def apply(self, actions: Sequence[Action], *,
              fence: Callable[[], None] | None = None) -> Sequence[ApplyResult]:
        """One result per action, in order; see `Writer.apply` for the request plan.
        `fence()` runs before every request (sync.ports.FencedApply)."""
        return self._writer.apply(actions, fence=fence)

    def bounced_changes(self, cursor: str | None, *, until: datetime,
                        limit: int = 1000) -> ChangeBatch:
        """Contacts whose bounce status changed; see `Watcher.bounced_changes` for the
        cursor and why an idle run costs one search."""
        return self._watcher.bounced_changes(cursor, until=until, limit=limit)

    def _raw(self, what: str, method: str, path: str, *, query: Mapping[str, str] | None = None,
             body: Any = None) -> tuple[Any, int]:
        # kept for the cassette tests, which send an unrecorded request through it
        return self._client.raw(what, method, path, query=query, body=body)
