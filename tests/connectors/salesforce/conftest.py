"""Fixtures of the Salesforce tests: a fresh fake Salesforce per test, the harness over it, and
the connector after `setup`."""

from __future__ import annotations

import re

import pytest

from tests.connectors.salesforce.harness import SalesforceHarness
from tests.fakes.salesforce import FakeSalesforce


@pytest.fixture
def fake():
    with FakeSalesforce() as server:
        yield server


@pytest.fixture
def harness(fake):
    return SalesforceHarness(fake)


@pytest.fixture
def crm(harness):
    harness.connector.setup(dry_run=False)
    return harness.connector


@pytest.fixture
def quick_faults(fake):
    fake.faults.retry_after = 0.01
    fake.faults.exempt = re.compile(r"\A\Z")  # let faults reach the token endpoint too
    return fake.faults
