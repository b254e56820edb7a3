"""`SalesforceConnector`: the `CrmConnector` the worker sees, over the package's parts.

It only wires them: the settings are read once, one `SalesforceApi` (session, login,
retries, error translation) is shared by the schema, the reads and the writes, so a rate
limit met by any of them stops all of them for the run.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from connectors.base import CheckItem
from connectors.salesforce import permissions
from connectors.salesforce.api import SalesforceApi
from connectors.salesforce.reads import Reader
from connectors.salesforce.schema import COLLECTION_MAX, Schema, field_names
from connectors.salesforce.settings import parse_settings
from connectors.salesforce.writes import Writer
from sync.records import Action, ApplyResult, ChangeBatch, Contact


class SalesforceConnector:
    """Salesforce Contact and Lead as a CRM (see the `connectors.salesforce` docstring for
    the settings, the retry policy and what `setup` creates)."""

    name = "salesforce"
    BATCH_SIZE = COLLECTION_MAX  # declared ability (sync.ports.Batched): records per collection call
    FENCED = True  # declared ability (sync.ports.FencedApply): apply checks the lease per request

    def __init__(self, settings: Mapping[str, Any], *, base_dir: Path) -> None:
        self.settings = parse_settings(settings, base_dir)
        self.f = field_names(self.settings.prefix)
        self.api = SalesforceApi(self.settings)
        self._schema = Schema(self.api, self.settings, self.f)
        self._reader = Reader(self.api, self.settings, self.f)
        self._writer = Writer(self.api, self.settings, self.f, self._reader)

    @property
    def api_usage(self) -> str | None:
        """The last Sforce-Limit-Info seen (e.g. "api-usage=18/5000"), for `check` and logs."""
        return self.api.seen.api_usage

    def setup(self, *, dry_run: bool) -> Sequence[CheckItem]:
        """Create our fields, grant them and assign the grant (idempotent)."""
        return self._schema.setup(dry_run=dry_run)

    def check(self) -> Sequence[CheckItem]:
        """Login, API allowance, our fields' visibility and the integration user's record and
        cadence permissions, without changing anything."""
        items = list(self._schema.check())
        if items and items[0].ok:  # logged in: the permissions describe can show
            items += permissions.check(self.api, self.settings)
        return items

    def find_contacts(self, emails: Sequence[str]) -> Sequence[Contact]:
        """Contacts and unconverted Leads by address, with their active cadences."""
        return self._reader.find_contacts(emails)

    def apply(self, actions: Sequence[Action], *,
              fence: Callable[[], None] | None = None) -> Sequence[ApplyResult]:
        """One result per action, in order; `fence()` runs before every request."""
        return self._writer.apply(actions, fence=fence)

    def bounced_changes(self, cursor: str | None, *, until: datetime) -> ChangeBatch:
        """Records whose bounce fields changed since the cursor, a page at a time."""
        return self._reader.bounced_changes(cursor, until=until)
