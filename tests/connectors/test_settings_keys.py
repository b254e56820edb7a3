"""Every connector refuses a settings key it does not know, names it, and suggests the key
that was meant; the keys the config loader hands over (`address`) and the documented
test-only keys are accepted; README's connector tables list exactly the accepted keys."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path
from typing import Any

import pytest

from connectors import gmail, hubspot, imap, local, maildir, salesforce
from connectors.settings import reject_unknown, suggestion
from sync import config as config_mod
from sync.errors import ConfigError
from sync.secret import Secret

README = Path(__file__).resolve().parents[2] / "README.md"
USER_JSON = '{"refresh_token": "r", "client_id": "c", "client_secret": "s"}'


def _gmail(tmp: Path, **extra: Any):
    return gmail.GmailSource({"address": "rep@acme.example", "credentials": Secret(USER_JSON, "env:X"),
                              **extra}, base_dir=tmp)


def _hubspot(tmp: Path, **extra: Any):
    return hubspot.HubSpotConnector({"access_token": Secret("pat-na1-x", "env:X"), **extra}, base_dir=tmp)


def _salesforce(tmp: Path, **extra: Any):
    return salesforce.SalesforceConnector({"auth": "session", "session_id": Secret("00D!x", "env:X"),
                                           "instance_url": "https://acme.my.salesforce.com", **extra},
                                          base_dir=tmp)


def _maildir(tmp: Path, **extra: Any):
    return maildir.MaildirSource({"address": "rep@acme.example", "path": "mail", **extra}, base_dir=tmp)


def _mbox(tmp: Path, **extra: Any):
    return maildir.MboxSource({"address": "rep@acme.example", "path": "mail.mbox", **extra}, base_dir=tmp)


def _imap(tmp: Path, **extra: Any):
    return imap.ImapSource({"address": "rep@acme.example", "host": "imap.acme.example",
                            "password": Secret("p", "env:X"), **extra}, base_dir=tmp)


def _local(tmp: Path, **extra: Any):
    return local.LocalCrm({"path": "crm.sqlite3", **extra}, base_dir=tmp)


# (builder, misspelled key, the key meant, the key as the error names it)
MISSPELLED = [
    (_gmail, "quota_fractoin", "quota_fraction", "quota_fractoin"),
    (_gmail, "Label_Processed", "label_processed", "Label_Processed"),
    (_gmail, "delegate_user", "delegated_user", "delegate_user"),
    (_hubspot, "unenrol", "unenroll", "crm.unenrol"),
    (_hubspot, "reenroll_userid", "reenroll_user_id", "crm.reenroll_userid"),
    (_hubspot, "secondary_email_properties", "secondary_email_property", "crm.secondary_email_properties"),
    (_salesforce, "secondary_email_field", "secondary_email_fields", "crm.secondary_email_field"),
    (_salesforce, "write-standard-fields", "write_standard_fields", "crm.write-standard-fields"),
    (_salesforce, "cadence_removal_dispostion", "cadence_removal_disposition", "crm.cadence_removal_dispostion"),
    (_maildir, "sent_fodler", "sent_folder", "sent_fodler"),
    (_mbox, "settle_second", "settle_seconds", "settle_second"),
    (_imap, "sent_fodler", "sent_folder", "sent_fodler"),
    (_imap, "oauth_token", "oauth2_token", "oauth_token"),
    (_imap, "lookback_day", "lookback_days", "lookback_day"),
    (_local, "import_cvs", "import_csv", "import_cvs"),
]


@pytest.mark.parametrize("build, key, meant, named", MISSPELLED,
                         ids=[f"{b.__name__[1:]}-{k}" for b, k, _, _ in MISSPELLED])
def test_a_misspelled_key_is_refused_with_the_key_it_meant(tmp_path, build, key, meant, named):
    with pytest.raises(ConfigError) as err:
        build(tmp_path, **{key: 1})
    assert (err.value.key, err.value.problem, err.value.fix) == (named, "unknown key", f"did you mean {meant}?")


@pytest.mark.parametrize("build", [_gmail, _hubspot, _salesforce, _maildir, _mbox, _imap, _local],
                         ids=lambda b: b.__name__[1:])
def test_a_key_like_no_other_is_refused_with_the_list_of_keys(tmp_path, build):
    with pytest.raises(ConfigError) as err:
        build(tmp_path, zzz=True)
    assert err.value.key.endswith("zzz") and err.value.problem == "unknown key"
    assert err.value.fix.startswith("remove it; the keys are: ")


def test_the_test_only_keys_stay_accepted(tmp_path):
    source = _gmail(tmp_path, api_endpoint="http://127.0.0.1:9/", token_uri="http://127.0.0.1:9/token")
    assert source.endpoint == "http://127.0.0.1:9/"
    assert _hubspot(tmp_path, base_url="http://127.0.0.1:9")._cfg.base_url == "http://127.0.0.1:9"
    connector = _salesforce(tmp_path, insecure_http_for_tests="http://127.0.0.1:9")
    assert connector.settings.plain_http_target == "http://127.0.0.1:9"


def test_every_documented_key_is_accepted_together(tmp_path):
    """All keys at once (values valid), so a key dropped from SETTINGS fails here."""
    settings = {"quota_units_per_minute": 6000, "quota_fraction": 0.5, "unit_costs": {"messages.get": 20},
                "batch_size": 10, "label_processed": "done", "verify": "thread", "timeout": 5,
                "max_attempts": 2, "backoff_seconds": 0.5, "search_lag_seconds": 0,
                "query": "from:mailer-daemon", "api_endpoint": "https://x.example/",
                "token_uri": "https://x.example/token"}
    assert set(settings) | {"address", "credentials", "delegated_user"} == gmail.SETTINGS
    _gmail(tmp_path, **settings)
    hub = {"base_url": "https://api.hubapi.com", "property_group": "g", "property_prefix": "p_",
           "secondary_email_property": "", "unenroll": "none", "reenroll_sender": "a@b.example",
           "reenroll_sender_alias": "c@b.example", "reenroll_senders": {"7": "d@b.example"},
           "reenroll_user_id": 7, "search_lag_seconds": 1, "search_rate_per_second": 1,
           "request_timeout": 1, "max_attempts": 1}
    assert set(hub) | {"access_token"} == hubspot.SETTINGS
    _hubspot(tmp_path, **hub)
    sf = {"domain": "acme.my", "login_url": "https://acme.my.salesforce.com", "objects": ["Contact"],
          "api_version": "60.0", "field_prefix": "BS_", "permission_set": "P", "write_standard_fields": False,
          "secondary_email_fields": ["Alt_Email__c"], "cadence_removal_disposition": "Duplicate",
          "query_chunk": 10, "action_chunk": 10, "watch_lag_seconds": 1, "request_timeout": 1,
          "max_attempts": 1, "backoff_seconds": 0.1, "insecure_http_for_tests": "http://127.0.0.1:9",
          # other auth modes' keys are known keys too (switching `auth` must not need edits)
          "consumer_key": "k", "username": "u", "private_key": Secret("pem", "env:X"),
          "password": Secret("p", "env:X"), "security_token": Secret("t", "env:X"),
          "consumer_secret": Secret("s", "env:X")}
    assert set(sf) | {"auth", "session_id", "instance_url"} == salesforce.SETTINGS
    _salesforce(tmp_path, **sf)
    (tmp_path / "ca.pem").write_text("not read until a connection is made")
    im = {"host": "imap.acme.example", "port": 993, "tls": "ssl", "ca_file": "ca.pem", "username": "rep",
          "folders": ["INBOX", "Bounces"], "sent_folder": "Sent", "lookback_days": 14, "timeout": 30}
    assert set(im) | {"address", "password", "oauth2_token"} == imap.SETTINGS
    _imap(tmp_path, **im)
    _imap(tmp_path, password=None, oauth2_token=Secret("ya29.x", "env:X"))  # the other credential


def test_the_suggestion_ignores_case_and_dashes_and_stays_quiet_when_nothing_is_close():
    known = {"search_lag_seconds", "request_timeout"}
    assert suggestion("Search-Lag-Seconds", known) == "search_lag_seconds"
    assert suggestion("timeout", known) == "request_timeout"
    assert suggestion("colour", known) is None
    reject_unknown({"request_timeout": 1}, known)  # known keys pass


# --------------------------------------------------------------------------- through the config file


def _config(tmp_path: Path, mailbox: str, crm: str) -> Path:
    (tmp_path / "gmail.json").write_text(USER_JSON)
    path = tmp_path / "bounce-sync.toml"
    path.write_text(textwrap.dedent(f"""\
        [[mailboxes]]
        name = "sales"
        source = "gmail"
        address = "sales@acme.example"
        credentials = "gmail.json"
        {mailbox}

        [crm]
        connector = "local"
        path = "crm.sqlite3"
        {crm}
        """), encoding="utf-8")
    return path


def test_the_config_loader_passes_address_and_the_connector_accepts_it(tmp_path):
    cfg = config_mod.load(_config(tmp_path, "quota_fraction = 0.8", ""))
    [(mailbox, source)] = config_mod.build_sources(cfg)
    assert "address" in mailbox.settings and source.address == "sales@acme.example"
    assert source._budget.capacity == pytest.approx(6000 * 0.8)
    config_mod.build_crm(cfg)


def test_a_misspelled_key_in_the_file_is_named_with_its_table(tmp_path):
    cfg = config_mod.load(_config(tmp_path, "quota_fractoin = 0.8", ""))
    with pytest.raises(ConfigError) as err:
        config_mod.build_sources(cfg)
    assert err.value.key == "mailboxes[0].quota_fractoin"
    assert str(err.value) == ("mailboxes[0].quota_fractoin: unknown key. "
                              "Fix: did you mean quota_fraction?")
    cfg = config_mod.load(_config(tmp_path, "", 'import_cvs = "contacts.csv"'))
    with pytest.raises(ConfigError) as err:
        config_mod.build_crm(cfg)
    assert (err.value.key, err.value.fix) == ("crm.import_cvs", "did you mean import_csv?")


# --------------------------------------------------------------------------- README and docstrings


def _readme_keys(section: str) -> set[str]:
    """Keys of the first table under `section`: every `name` in each row's first cell."""
    text = README.read_text(encoding="utf-8")
    lines = text[text.index(section):].splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("|"))
    keys: set[str] = set()
    for line in lines[first + 2:]:  # skip the header and its rule
        if not line.startswith("|"):
            break
        keys |= set(re.findall(r"`(\w+)`", line.split(" | ", 1)[0]))
    return keys


@pytest.mark.parametrize("section, module, own", [
    ("**gmail**", gmail, {"address"}),
    ("**hubspot**", hubspot, set()),
    ("**salesforce**", salesforce, set()),
    ("**imap**", imap, {"address"}),
], ids=["gmail", "hubspot", "salesforce", "imap"])
def test_readme_tables_and_docstrings_list_exactly_the_accepted_keys(section, module, own):
    assert _readme_keys(section) | own == module.SETTINGS
    doc = module.__doc__
    missing = [k for k in module.SETTINGS if not re.search(rf"(?<![\w.]){k}(?!\w)", doc)]
    assert not missing, f"{module.__name__} docstring lacks {missing}"


def test_readme_says_test_only_keys_are_for_tests():
    text = README.read_text(encoding="utf-8")
    for key in ("api_endpoint", "token_uri", "base_url", "insecure_http_for_tests"):
        row = next(line for line in text.splitlines() if line.startswith(f"| `{key}` |"))
        assert "Tests only" in row, key
    assert "TESTS ONLY" in gmail.__doc__ and "TESTS ONLY" in hubspot.__doc__ and "TESTS ONLY" in salesforce.__doc__
