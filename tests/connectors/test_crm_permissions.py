"""`check` names every scope (HubSpot) and permission (Salesforce) the runs need and the
token or user lacks (issue 10, finding 8: HubSpot `check` passed on a token without the
write and sequences scopes; the next run failed)."""

from __future__ import annotations

import pytest

from tests.connectors.hubspot.harness import connector
from tests.connectors.salesforce.harness import SalesforceHarness
from tests.fakes.hubspot import TOKEN, FakeHubSpot
from tests.fakes.hubspot.routes import SCOPES
from tests.fakes.salesforce import FakeSalesforce


@pytest.fixture
def hub_fake():
    with FakeHubSpot(search_per_second=50) as server:
        yield server


def _by_name(items):
    return {i.name: i for i in items}


def test_hubspot_check_names_each_missing_scope(hub_fake):
    hub = connector(hub_fake.url, search_rate_per_second=40)
    hub.setup(dry_run=False)
    hub_fake.granted_scopes = set(SCOPES.values()) - {
        "crm.objects.contacts.write", "automation.sequences.enrollments.write",
        "automation.sequences.read"}
    items = hub.check()
    scopes = _by_name(items)["token scopes"]
    assert not scopes.ok
    for missing in ("crm.objects.contacts.write", "automation.sequences.enrollments.write",
                    "automation.sequences.read"):
        assert missing in scopes.detail
    assert "crm.objects.contacts.read " not in scopes.detail  # granted ones are not named
    assert "bounce-sync check" in scopes.detail and TOKEN not in scopes.detail
    assert not all(i.ok for i in items)  # so `check` exits non-zero


def test_hubspot_check_passes_with_every_scope_and_spares_sequences_when_unused(hub_fake):
    hub = connector(hub_fake.url, search_rate_per_second=40)
    hub.setup(dry_run=False)
    assert _by_name(hub.check())["token scopes"].ok
    hub_fake.granted_scopes = set(SCOPES.values()) - {
        "automation", "automation.sequences.read", "automation.sequences.enrollments.write",
        "crm.schemas.contacts.write"}
    quiet = connector(hub_fake.url, search_rate_per_second=40, unenroll="none")
    item = _by_name(quiet.check())["token scopes"]
    assert item.ok and "crm.schemas.contacts.write" in item.detail  # said, not failed


@pytest.fixture
def sf_fake():
    with FakeSalesforce() as server:
        yield server


def test_salesforce_check_names_missing_record_and_cadence_permissions(sf_fake):
    crm = SalesforceHarness(sf_fake).connector
    crm.setup(dry_run=False)
    items = _by_name(crm.check())
    assert items["record permissions"].ok and items["cadence permissions"].ok
    sf_fake.denied_objects = {"Lead": {"updateable"}, "ActionCadenceTracker": {"queryable"}}
    items = _by_name(crm.check())
    assert not items["record permissions"].ok and "Lead" in items["record permissions"].detail
    assert "Edit" in items["record permissions"].detail
    assert not items["cadence permissions"].ok
    assert "Sales Engagement" in items["cadence permissions"].detail
