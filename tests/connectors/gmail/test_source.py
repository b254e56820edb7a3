"""GmailSource against the stateful fake Gmail API, through the real client libraries: the
mail contract, what `check` reports, the settings, and which mail the default query finds.
Reads, errors, pacing, sent-mail lookups, labels and logins are in this folder's other
modules."""

from __future__ import annotations

import json

import pytest

from connectors.base import MailSource
from connectors.gmail import DEFAULT_QUERY, GmailSource
from sync.errors import ConfigError
from sync.secret import Secret
from tests.connectors.gmail.harness import ADDRESS, GmailHarness, dsn, make_source
from tests.contracts.mail import MailContract, bounce, drain, message_ids

pytestmark = pytest.mark.timeout(60)


class TestGmailContract(MailContract):
    @pytest.fixture
    def harness(self, fake, tmp_path):
        return GmailHarness(fake, make_source(fake, tmp_path))


def test_is_a_mail_source(source):
    assert isinstance(source, MailSource)
    assert source.name == "gmail" and source.address == ADDRESS


def test_check_reports_mailbox_history_and_scopes(source, fake):
    items = source.check()
    assert all(i.ok for i in items), items
    text = " ".join(i.detail for i in items)
    assert ADDRESS in text and "historyId" in text and "gmail.readonly" in text


def test_check_flags_a_different_mailbox(fake, tmp_path):
    info = fake.authorized_user("someone@else.example")
    src = GmailSource({"address": ADDRESS, "credentials": Secret(json.dumps(info), "env:X"),
                       "api_endpoint": fake.url}, base_dir=tmp_path)
    items = src.check()
    assert not all(i.ok for i in items)


@pytest.mark.parametrize("settings,key", [
    ({}, "address"),
    ({"address": ADDRESS}, "credentials"),
    ({"address": ADDRESS, "credentials": "missing.json"}, "credentials"),
    ({"address": ADDRESS, "credentials": Secret("{not json", "env:X")}, "credentials"),
    ({"address": ADDRESS, "credentials": Secret('{"client_id": "x"}', "env:X")}, "credentials"),
    ({"address": ADDRESS, "credentials": Secret('{"refresh_token": "r", "client_id": "c", "client_secret": "s"}',
                                                "env:X"), "batch_size": 51}, "batch_size"),
    ({"address": ADDRESS, "credentials": Secret('{"refresh_token": "r", "client_id": "c", "client_secret": "s"}',
                                                "env:X"), "verify": "maybe"}, "verify"),
])
def test_bad_settings_raise_config_error(tmp_path, settings, key):
    with pytest.raises(ConfigError) as info:
        GmailSource(settings, base_dir=tmp_path)
    assert info.value.key == key
    assert "not json" not in str(info.value)


def test_default_query_is_parsed_by_the_fake_and_excludes_sent(fake, source):
    from tests.fakes.gmail import parse_query

    parse_query(DEFAULT_QUERY)
    fake.add_sent(ADDRESS, bounce(3))  # a copy of a bounce in Sent must not be picked up
    assert drain(source, None)[0] == []


def test_bounce_in_spam_or_other_label_is_found(fake, source):
    a = fake.add_message(ADDRESS, bounce(1), labels=("SPAM",))
    b = fake.add_message(ADDRESS, dsn(2), labels=("CATEGORY_UPDATES",))
    seen, _ = drain(source, None)
    assert {m.id for m in seen} == {a, b}


def test_first_page_matches_message_ids(fake, source):
    for n in range(3):
        fake.add_message(ADDRESS, bounce(n))
    seen, _ = drain(source, None, limit=1)
    assert len(message_ids(tuple(seen))) == 3
