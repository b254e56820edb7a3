"""HubSpotConnector: the shared CRM contract over the stateful fake (tests/contracts/crm.py),
and its settings. HubSpot's traps are in this folder's other modules: test_reads (207s,
order, search paging/lag/cap), test_writes (whole-batch 400s, workflow unenroll and v4
re-enroll, request counts against the floor ceil(N/100)), test_errors (rate limits, quota,
auth)."""

from __future__ import annotations

import pytest

from connectors.hubspot import HubSpotConnector
from sync.errors import ConfigError
from tests.connectors.hubspot.harness import HubSpotHarness, connector
from tests.contracts.crm import CrmContract


class TestHubSpotContract(CrmContract):
    @pytest.fixture
    def harness(self, fake):
        return HubSpotHarness(fake, connector(fake.url, search_rate_per_second=40))


# ------------------------------------------------------------------------------ settings


def test_bad_settings_name_key_problem_and_fix():
    with pytest.raises(ConfigError) as err:
        connector("http://127.0.0.1:1", unenroll="sometimes")
    assert err.value.key == "crm.unenroll" and "workflow" in err.value.fix
    with pytest.raises(ConfigError) as err:
        HubSpotConnector({"access_token": "pat-na1-plain", "base_url": "https://x"}, base_dir=".")
    assert err.value.key == "crm.access_token" and "pat-na1-plain" not in str(err.value)
    with pytest.raises(ConfigError) as err:
        connector("http://127.0.0.1:1", search_rate_per_second=0)
    assert err.value.key == "crm.search_rate_per_second"
