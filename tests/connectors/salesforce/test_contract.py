"""SalesforceConnector: the CRM contract, for Contact and for Lead, over the fake Salesforce
(tests/contracts/crm.py). The Salesforce-specific behaviour, driven through simple-salesforce
against the same fake, is in this folder's other modules: test_login, test_errors, test_reads,
test_writes, test_strict, test_cassettes."""

from __future__ import annotations

import pytest

from tests.connectors.salesforce.harness import SalesforceHarness
from tests.contracts.crm import CrmContract


class TestSalesforceContactContract(CrmContract):
    pass


class TestSalesforceLeadContract(CrmContract):
    @pytest.fixture
    def harness(self, fake):
        return SalesforceHarness(fake, object_type="lead")
