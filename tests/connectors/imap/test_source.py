"""The IMAP source against a real Dovecot (dovecot.py, beside this module): the mail contract
over implicit TLS, STARTTLS and certificate checks, read-only reading (\\Seen untouched), the
cost of an idle run, UIDVALIDITY changes, connections lost mid-fetch, refused logins, sent-mail
verification, and the XOAUTH2 exchange. One server per module; a fresh account per test.
Internal dates are pinned by APPEND and the source's clock is pinned."""

from __future__ import annotations

import base64
import json
import shutil
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from connectors import registry
from connectors.base import MailSource
from connectors.imap import ImapSource, fetch as fetch_module
from connectors.imap.connection import Session, encode_folder, parse_fetch, xoauth2_string
from sync import config as config_mod
from sync.errors import AuthError, ConfigError, CursorExpired, Permanent, Retryable
from sync.secret import Secret
from tests.connectors.imap.dovecot import PASSWORD, Dovecot, missing_reason
from tests.contracts.mail import MailContract, bounce, bounce_quoting, drain, message_ids, sent

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=timezone.utc)
ARRIVED = datetime(2026, 11, 20, 11, 0, tzinfo=timezone.utc)

pytestmark = pytest.mark.skipif(missing_reason() is not None, reason=missing_reason() or "")


@pytest.fixture(scope="module")
def dovecot():
    # Not under pytest's tmp (mode 0700): the server may run as the unprivileged dovecot user.
    root = Path(tempfile.mkdtemp(prefix="bs-dovecot-"))
    root.chmod(0o755)
    server = Dovecot.start(root / "srv")
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


class ImapHarness:
    def __init__(self, server: Dovecot, tmp_path: Path, **settings) -> None:
        self.server = server
        self.user = server.new_user()
        self.admin = server.admin(self.user)
        self.tmp_path = tmp_path
        self.settings = {"address": f"{self.user}@sender.example", "host": "127.0.0.1",
                         "port": server.tls_port, "tls": "ssl", "ca_file": str(server.ca_file),
                         "username": self.user, "password": Secret(PASSWORD, "env:IMAP_PASSWORD"), **settings}
        self.source = self.build()

    def build(self, **overrides) -> ImapSource:
        return ImapSource({**self.settings, **overrides}, base_dir=self.tmp_path, clock=lambda: NOW)

    def deliver(self, raw: bytes, folder: str = "INBOX", when: datetime = ARRIVED) -> str:
        self.admin.append(folder, raw, when)
        return folder


@pytest.fixture
def harness(dovecot, tmp_path):
    h = ImapHarness(dovecot, tmp_path)
    yield h
    h.source.close()
    h.admin.close()


class TestImapContract(MailContract):
    pass  # the `harness` fixture above: implicit TLS, verified against the test CA


# --------------------------------------------------------------------------- protocol, settings


def test_the_source_is_a_mail_source_registered_as_imap(harness):
    assert isinstance(harness.source, MailSource)
    assert registry.load(registry.MAIL_SOURCES, "imap") is ImapSource


@pytest.mark.parametrize("change, key", [
    ({"host": ""}, "host"),
    ({"tls": "yes"}, "tls"),
    ({"port": 0}, "port"),
    ({"password": "hunter2"}, "password"),
    ({"oauth2_token": Secret("t", "env:T")}, "password"),  # both at once
    ({"folders": "INBOX"}, "folders"),
    ({"folders": ["INBOX"], "sent_folder": "INBOX"}, "sent_folder"),
    ({"lookback_days": 0}, "lookback_days"),
    ({"ca_file": "nowhere.pem"}, "ca_file"),
    ({"tls": "none", "ca_file": None}, None),
    ({"timeout": 0}, "timeout"),
    ({"sent_fodler": "Sent"}, "sent_fodler"),
])
def test_bad_settings_name_the_key(tmp_path, change, key):
    settings = {"address": "rep@x.example", "host": "imap.x.example", "password": Secret("p", "env:P"), **change}
    settings = {k: v for k, v in settings.items() if v is not None}
    if key is None:
        ImapSource(settings, base_dir=tmp_path)
        return
    with pytest.raises(ConfigError) as err:
        ImapSource(settings, base_dir=tmp_path)
    assert err.value.key == key


def test_a_credential_file_path_is_read_at_each_login(dovecot, tmp_path):
    user = dovecot.new_user()
    (tmp_path / "imap-password.txt").write_text(PASSWORD + "\n")
    source = ImapSource({"address": "rep@x.example", "host": "127.0.0.1", "port": dovecot.plain_port,
                         "tls": "none", "username": user, "password": "imap-password.txt"}, base_dir=tmp_path)
    assert all(item.ok for item in source.check())
    (tmp_path / "imap-password.txt").write_text("changed")
    with pytest.raises(AuthError):
        source.fetch(None, limit=5)


# --------------------------------------------------------------------------- TLS


def test_starttls_with_the_test_ca(harness):
    harness.deliver(bounce(1))
    source = harness.build(tls="starttls", port=harness.server.plain_port)
    seen, _ = drain(source, None)
    assert message_ids(tuple(seen)) == ["<bounce-1@mx.google.com>"]
    assert "STARTTLS" in source.check()[0].detail
    plain = harness.build(tls="none", port=harness.server.plain_port, ca_file=None)
    assert "NO TLS" in plain.check()[0].detail  # allowed, and said


@pytest.mark.parametrize("tls", ["ssl", "starttls"])
def test_an_unverifiable_certificate_is_refused_with_the_fix(harness, tls):
    port = harness.server.tls_port if tls == "ssl" else harness.server.plain_port
    settings = {k: v for k, v in harness.settings.items() if k != "ca_file"}
    source = ImapSource({**settings, "tls": tls, "port": port}, base_dir=harness.tmp_path)
    with pytest.raises(Permanent, match="ca_file"):
        source.fetch(None, limit=5)
    [item, *_] = source.check()
    assert not item.ok and "certificate" in item.detail


# --------------------------------------------------------------------------- read-only, cost


def test_fetching_leaves_flags_alone(harness):
    harness.deliver(bounce(1))
    harness.admin.append("INBOX", bounce(2), ARRIVED, flags="\\Flagged")
    before = harness.admin.flags("INBOX")
    seen, _ = drain(harness.source, None)
    assert len(seen) == 2
    after = harness.admin.flags("INBOX")
    assert after == before and not any("\\Seen" in f for f in after.values()), after


def test_an_idle_run_costs_one_status_per_folder(harness):
    harness.admin.create("Bounces")
    harness.deliver(bounce(1))
    harness.deliver(bounce(2), folder="Bounces")
    source = harness.build(folders=["INBOX", "Bounces"], sent_folder="Sent")
    harness.admin.create("Sent")
    seen, cursor = drain(source, None)
    assert len(seen) == 2
    before = source.round_trips
    batch = source.fetch(cursor, limit=50)
    assert batch.messages == () and not batch.more and batch.cursor == cursor
    # LOGIN + one STATUS per folder + LOGOUT; the greeting's and LOGIN's capability responses
    # spare the CAPABILITY commands, and the sent folder is not touched.
    assert source.round_trips - before == 2 + 2
    starttls = harness.build(folders=["INBOX", "Bounces"], tls="starttls", port=harness.server.plain_port)
    starttls.fetch(cursor, limit=50)
    assert starttls.round_trips == 1 + 2 + 2  # STARTTLS too


def test_condstore_is_used_where_offered(harness):
    harness.deliver(bounce(1))
    _, cursor = drain(harness.source, None)
    [uidvalidity, next_uid, modseq, since] = json.loads(cursor)["f"]["INBOX"]
    assert next_uid == 2 and modseq is not None and since is None
    assert harness.source._open().condstore
    harness.source.close()


def test_pages_of_one_pass_reuse_the_search(harness, monkeypatch):
    for n in range(6):
        harness.deliver(bounce(n))
    monkeypatch.setattr(fetch_module, "FETCH_BATCH", 2)
    first = harness.source.fetch(None, limit=2)
    trips = harness.source.round_trips
    second = harness.source.fetch(first.cursor, limit=2)
    assert harness.source.round_trips - trips == 1  # one UID FETCH, no STATUS/EXAMINE/SEARCH
    rest, _ = drain(harness.source, second.cursor, limit=2)
    ids = message_ids(first.messages + second.messages + tuple(rest))
    assert sorted(ids) == sorted(f"<bounce-{n}@mx.google.com>" for n in range(6))


# --------------------------------------------------------------------------- incremental


def test_a_uidvalidity_change_rereads_the_lookback_window(harness):
    harness.admin.create("Bounces")
    source = harness.build(folders=["Bounces"], lookback_days=10)
    harness.deliver(bounce(1), folder="Bounces")
    _, cursor = drain(source, None)
    harness.admin.delete("Bounces")  # rebuilt: new UIDVALIDITY, UIDs start again at 1
    harness.admin.create("Bounces")
    harness.deliver(bounce(1), folder="Bounces")  # the same message, back
    harness.deliver(bounce(2), folder="Bounces", when=NOW - timedelta(days=30))  # older than lookback
    harness.deliver(bounce(3), folder="Bounces", when=NOW - timedelta(days=2))
    batch = source.fetch(cursor, limit=50)
    assert sorted(message_ids(batch.messages)) == ["<bounce-1@mx.google.com>", "<bounce-3@mx.google.com>"]
    assert any("UIDVALIDITY" in note for note in batch.notes)
    assert drain(source, batch.cursor)[0] == []


def test_the_same_message_has_the_same_id_after_a_reread(harness):
    harness.admin.create("Bounces")
    source = harness.build(folders=["INBOX", "Bounces"])
    harness.deliver(bounce(1))
    harness.deliver(bounce(1), folder="Bounces")
    seen, _ = drain(source, None)
    assert len(seen) == 1  # one message in two folders is handed over once


def test_since_bounds_a_first_read(harness):
    harness.deliver(bounce(1), when=NOW - timedelta(days=40))
    harness.deliver(bounce(2), when=NOW - timedelta(days=3))
    batch = harness.source.fetch(None, limit=50, since=NOW - timedelta(days=7))
    assert message_ids(batch.messages) == ["<bounce-2@mx.google.com>"]
    assert batch.messages[0].received_at == NOW - timedelta(days=3)


def test_a_star_range_past_the_last_uid_does_not_return_old_mail(harness):
    harness.deliver(bounce(1))
    _, cursor = drain(harness.source, None)
    harness.deliver(bounce(2))
    c = harness.admin.c  # the new message is deleted again: UIDNEXT moved, nothing is new
    c.select("INBOX")
    c.uid("STORE", "2", "+FLAGS", "(\\Deleted)")
    c.expunge()
    assert drain(harness.source, cursor)[0] == []  # "UID 2:*" names UID 1: filtered out


def test_a_cursor_for_another_account_or_garbage_expires(harness, dovecot):
    harness.deliver(bounce(1))
    _, cursor = drain(harness.source, None)
    other = harness.build(username=dovecot.new_user())
    with pytest.raises(CursorExpired):
        other.fetch(cursor, limit=5)
    with pytest.raises(CursorExpired):
        harness.source.fetch("{not json", limit=5)


# --------------------------------------------------------------------------- failures


def test_a_connection_dropped_between_batches_loses_nothing(harness, monkeypatch):
    for n in range(5):
        harness.deliver(bounce(n))
    monkeypatch.setattr(fetch_module, "FETCH_BATCH", 2)
    real = Session.uid_fetch
    calls = []

    def drop_after_first_batch(self, uids, items):
        calls.append(uids)
        if len(calls) == 2:
            self._c.sock.shutdown(2)  # the link goes down before the second batch
        return real(self, uids, items)

    monkeypatch.setattr(Session, "uid_fetch", drop_after_first_batch)
    batch = harness.source.fetch(None, limit=50)
    assert len(batch.messages) == 2 and batch.more
    assert any("connection was lost" in note for note in batch.notes)
    monkeypatch.setattr(Session, "uid_fetch", real)
    rest, _ = drain(harness.source, batch.cursor)
    ids = message_ids(batch.messages + tuple(rest))
    assert sorted(ids) == sorted(f"<bounce-{n}@mx.google.com>" for n in range(5)) and len(set(ids)) == 5


def test_a_server_down_is_retryable_and_the_next_run_resumes(harness):
    harness.deliver(bounce(1))
    _, cursor = drain(harness.source, None)
    harness.deliver(bounce(2))
    harness.server.stop()
    try:
        with pytest.raises(Retryable):
            harness.source.fetch(cursor, limit=5)
        assert not harness.source.check()[0].ok
    finally:
        harness.server.restart()
    harness.admin = harness.server.admin(harness.user)
    assert message_ids(tuple(drain(harness.source, cursor)[0])) == ["<bounce-2@mx.google.com>"]


def test_a_wrong_password_is_an_auth_error_naming_password(harness):
    source = harness.build(password=Secret("wrong", "env:IMAP_PASSWORD"))
    with pytest.raises(AuthError) as err:
        source.fetch(None, limit=5)
    assert err.value.setting == "mailboxes[].password"
    assert "wrong" not in str(err.value)
    [item, *_] = source.check()
    assert not item.ok and "password" in item.detail


def test_a_missing_folder_is_permanent_and_named(harness):
    source = harness.build(folders=["Nope"])
    with pytest.raises(Permanent, match="Nope"):
        source.fetch(None, limit=5)
    assert [i.ok for i in source.check()] == [True, False, True]


# --------------------------------------------------------------------------- sent mail


def test_sent_folder_verifies_bounces_and_counts_sent_mail(harness):
    harness.admin.create("Sent")
    harness.deliver(sent(1), folder="Sent", when=NOW - timedelta(days=20))
    harness.deliver(sent(2), folder="Sent", when=NOW - timedelta(days=1))
    source = harness.build(sent_folder="Sent")
    harness.deliver(bounce_quoting(1, "<sent-1@sender.example>"))
    harness.deliver(bounce_quoting(2, "<someone-else@elsewhere.example>"))
    seen, cursor = drain(source, None)
    assert len(seen) == 2
    found = source.sent_messages(["sent-1@sender.example", "someone-else@elsewhere.example"])
    assert {k: v.recipients for k, v in found.items()} == {"sent-1@sender.example": {"lead@example.com"}}
    assert source.sent_count(since=NOW - timedelta(days=7)) == 1
    assert source.sent_count(since=NOW - timedelta(days=30)) == 2
    # Mail sent later is seen by the next fetch (the cache fetches only the new UIDs).
    harness.deliver(sent(3), folder="Sent", when=NOW)
    harness.deliver(bounce_quoting(3, "<sent-3@sender.example>"))
    [m] = drain(source, cursor)[0]
    assert set(source.sent_messages(["<sent-3@sender.example>"])) == {"sent-3@sender.example"}
    assert source.sent_count(since=NOW - timedelta(days=7)) == 2
    assert harness.build().sent_count(since=NOW) is None
    assert harness.build().sent_messages(["sent-1@sender.example"]) is None


def test_the_sent_index_forgets_deleted_mail(harness):
    harness.admin.create("Sent")
    harness.deliver(sent(1), folder="Sent", when=NOW)
    source = harness.build(sent_folder="Sent")
    assert source.sent_count(since=NOW - timedelta(days=1)) == 1
    c = harness.admin.c
    c.select('"Sent"')
    c.uid("STORE", "1", "+FLAGS", "(\\Deleted)")
    c.expunge()
    assert source.sent_count(since=NOW - timedelta(days=1)) == 0


# --------------------------------------------------------------------------- XOAUTH2


def test_the_xoauth2_response_is_the_documented_string():
    # The example of https://developers.google.com/gmail/imap/xoauth2-protocol (Microsoft's
    # "Authenticate an IMAP connection using OAuth" uses the same format).
    raw = xoauth2_string("someuser@example.com", "ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg")
    assert raw == b"user=someuser@example.com\x01auth=Bearer ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg\x01\x01"
    assert base64.b64encode(raw).decode() == (
        "dXNlcj1zb21ldXNlckBleGFtcGxlLmNvbQFhdXRoPUJlYXJlciB5YTI5LnZGOWRmdDRxbVRjMk52YjNSbGNrQmhk"
        "SFJoZG1semRHRXVZMjl0Q2cBAQ==")


def test_a_refused_token_is_an_auth_error_naming_oauth2_token(harness):
    # This Dovecot has no oauth2 passdb, so it refuses the mechanism: the command is sent in
    # one round trip (SASL-IR) and the refusal names the key to fix.
    settings = {k: v for k, v in harness.settings.items() if k != "password"}
    source = ImapSource({**settings, "oauth2_token": Secret("ya29.token", "env:IMAP_TOKEN")},
                        base_dir=harness.tmp_path)
    with pytest.raises(AuthError) as err:
        source.fetch(None, limit=5)
    assert err.value.setting == "mailboxes[].oauth2_token" and "ya29" not in str(err.value)


# --------------------------------------------------------------------------- pure helpers


def test_folder_names_are_quoted_in_modified_utf7():
    assert encode_folder("INBOX") == '"INBOX"'
    assert encode_folder('Bounces "x"') == '"Bounces \\"x\\""'
    assert encode_folder("R&D") == '"R&-D"'
    assert encode_folder("Entwürfe") == '"Entw&APw-rfe"'  # RFC 3501 5.1.3 style


def test_fetch_responses_parse_whatever_the_item_order():
    data = [(b'1 (UID 7 INTERNALDATE "20-Nov-2026 12:00:00 +0100" BODY[] {3}', b"abc"), b")",
            b"2 (UID 8 FLAGS (\\Seen))",
            (b"3 (BODY[] {2}", b"xy"), b' UID 9 INTERNALDATE " 2-Nov-2026 01:02:03 -0000")']
    got = parse_fetch(data)
    assert [(f.uid, f.data) for f in got] == [(7, b"abc"), (9, b"xy")]
    assert got[0].internal_date == datetime(2026, 11, 20, 11, 0, tzinfo=timezone.utc)
    assert got[1].internal_date == datetime(2026, 11, 2, 1, 2, 3, tzinfo=timezone.utc)
    assert fetch_module.uid_set([1, 2, 3, 7, 9, 10]) == "1:3,7,9:10"


# --------------------------------------------------------------------------- through the config file


def test_a_config_file_builds_the_source_with_its_secret(harness, monkeypatch):
    monkeypatch.setenv("IMAP_PASSWORD", PASSWORD)
    path = harness.tmp_path / "bounce-sync.toml"
    path.write_text(f"""\
[[mailboxes]]
name = "sales"
source = "imap"
address = "sales@sender.example"
host = "127.0.0.1"
port = {harness.server.tls_port}
ca_file = "{harness.server.ca_file}"
username = "{harness.user}"
password = "env:IMAP_PASSWORD"
sent_folder = "Sent"

[crm]
connector = "local"
path = "crm.sqlite3"
""", encoding="utf-8")
    harness.admin.create("Sent")
    harness.deliver(bounce(1))
    [(mailbox, source)] = config_mod.build_sources(config_mod.load(path))
    assert isinstance(source, ImapSource) and isinstance(source.settings.password, Secret)
    assert message_ids(source.fetch(None, limit=5).messages) == ["<bounce-1@mx.google.com>"]
