"""Fixtures of the Gmail tests: a fresh fake Gmail API per test (a quota high enough not to
pace), and a GmailSource on it with the read-only scope."""

from __future__ import annotations

import pytest

from tests.connectors.gmail.harness import make_source
from tests.fakes.gmail import FakeGmail


@pytest.fixture
def fake():
    with FakeGmail(quota_units_per_minute=600_000) as server:
        yield server


@pytest.fixture
def source(fake, tmp_path):
    return make_source(fake, tmp_path)
