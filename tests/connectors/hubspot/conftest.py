"""Fixtures of the HubSpot connector tests: a fake HubSpot that lets a contact be in two
sequences (the shared contract needs it) and searches fast, and a connector set up on it."""

from __future__ import annotations

import pytest

from tests.connectors.hubspot.harness import connector
from tests.fakes.hubspot import FakeHubSpot


@pytest.fixture
def fake():
    # The shared contract puts one contact in two sequences at once; HubSpot allows one.
    with FakeHubSpot(one_sequence_per_contact=False, search_per_second=50) as server:
        yield server


@pytest.fixture
def hub(fake):
    """A connector that is set up, paced fast enough for tests (the fake allows 50/s)."""
    conn = connector(fake.url, search_rate_per_second=40)
    conn.setup(dry_run=False)
    return conn
