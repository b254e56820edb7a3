"""Fixtures for the end-to-end tests against the fake servers (tests/e2e/harness.py)."""

from __future__ import annotations

import pytest

from tests.e2e.harness import CRMS, E2E


@pytest.fixture(params=CRMS)
def e2e(request, tmp_path):
    """Fake Gmail + one CRM (hubspot, salesforce or local), set up as `bounce-sync setup`
    leaves it, with a config pointing at them. Each test body runs once per CRM."""
    with E2E(tmp_path / request.param, request.param) as harness:
        yield harness

