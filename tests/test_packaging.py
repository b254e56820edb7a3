"""`classifier`, `connectors` and `sync` are generic top-level names once installed: make sure
the ones imported are this project's, and that the entry points name real connectors."""

from __future__ import annotations

from importlib.metadata import entry_points
from pathlib import Path

import classifier
import connectors
import sync
from connectors import registry
from connectors.base import CrmConnector, MailSource

ROOT = Path(__file__).resolve().parents[1]


def test_top_level_packages_are_this_projects():
    for package in (classifier, connectors, sync):
        assert Path(package.__file__).resolve().parent.parent == ROOT, package.__file__


def test_every_entry_point_loads_and_implements_its_protocol():
    expected = {registry.MAIL_SOURCES: ({"gmail", "maildir", "mbox", "imap"}, MailSource),
                registry.CRM_CONNECTORS: ({"hubspot", "salesforce", "local"}, CrmConnector)}
    for group, (names, protocol) in expected.items():
        assert set(registry.available(group)) >= names
        for name in names:
            cls = registry.load(group, name)
            for method in ("check", "fetch") if protocol is MailSource else (
                    "setup", "check", "find_contacts", "apply", "bounced_changes"):
                assert callable(getattr(cls, method, None)), (name, method)


def test_unknown_connector_name_is_a_config_error_naming_the_choices():
    import pytest

    from sync.errors import ConfigError

    with pytest.raises(ConfigError) as err:
        registry.load(registry.CRM_CONNECTORS, "pipedrive")
    assert "hubspot" in str(err.value) and "pipedrive" in str(err.value)
    assert entry_points(group=registry.CRM_CONNECTORS)
