"""Bad config files: one clear line naming the key, the problem and the fix; exit status 2;
no traceback; no secret value in the output. Run through the real installed CLI."""

from __future__ import annotations

import dataclasses
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from sync import config as config_mod
from sync.errors import ConfigError
from sync.secret import Secret

BIN = Path(sys.executable).with_name("bounce-sync")
TOKEN = "pat-na1-0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"  # looks real; must never be printed

GOOD = """
[state]
url = "sqlite:///state.sqlite3"

[[mailboxes]]
name = "sales"
source = "maildir"
address = "sales@example.com"
path = "mail"

[crm]
connector = "local"
path = "crm.sqlite3"

[policy]
soft_bounce_threshold = 3
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "bounce-sync.toml"
    path.write_text(textwrap.dedent(text))
    return path


def cli(tmp_path: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("BOUNCE_SYNC")}
    full_env.update(env or {})
    return subprocess.run([str(BIN), *args, "--log-format", "human"], cwd=tmp_path, env=full_env,
                          capture_output=True, text=True, timeout=60)


def fails_with(tmp_path: Path, text: str, *needles: str, env: dict[str, str] | None = None) -> str:
    path = write(tmp_path, text)
    result = cli(tmp_path, "run", "--config", str(path), env=env)
    out = result.stdout + result.stderr
    assert result.returncode == 2, out
    assert "Traceback" not in out
    assert "Fix:" in out, out
    for needle in needles:
        assert needle in out, out
    assert TOKEN not in out
    assert len(result.stderr.strip().splitlines()) == 1, out  # one line, not a storm
    # ... and the run's trace on stdout: the failure, said once more in the summary
    assert result.stdout.splitlines()[0].startswith("bounce-sync run"), out
    assert result.stdout.splitlines()[1].startswith("FAILED: "), out
    assert len(result.stdout.strip().splitlines()) == 2, out
    return out


def test_good_config_loads_and_resolves_secret_references(tmp_path, monkeypatch):
    monkeypatch.setenv("T_HUBSPOT_TOKEN", TOKEN)
    (tmp_path / "sf.key").write_text("-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----\n")
    (tmp_path / "creds.json").write_text('{"refresh_token": "x"}')
    path = write(tmp_path, GOOD.replace('path = "crm.sqlite3"', textwrap.dedent('''
        path = "crm.sqlite3"
        token = "env:T_HUBSPOT_TOKEN"
        private_key = "file:sf.key"
        credentials_file = "creds.json"
        [crm.fields]
        status = "bounce_status"
    ''')))
    cfg = config_mod.load(path)
    settings = cfg.crm.settings
    assert isinstance(settings["token"], Secret) and settings["token"].reveal() == TOKEN
    assert TOKEN not in repr(settings["token"])
    assert isinstance(settings["private_key"], Secret)
    assert settings["credentials_file"] == "creds.json"  # a path to a file is not an inline secret
    assert settings["fields"]["status"] == "bounce_status"
    assert {s.source for s in cfg.secrets} == {"env:T_HUBSPOT_TOKEN", "file:sf.key"}
    assert cfg.state_url_text() == "sqlite:///state.sqlite3"
    assert cfg.mailboxes[0].settings["address"] == "sales@example.com"
    assert cfg.policy.soft_bounce_threshold == 3 and cfg.policy.unverified == "record"
    assert cfg.base_dir == tmp_path.resolve()


def test_defaults_when_state_and_policy_are_absent(tmp_path):
    cfg = config_mod.load(write(tmp_path, GOOD.replace('[state]\nurl = "sqlite:///state.sqlite3"', "")
                                .replace("[policy]\nsoft_bounce_threshold = 3", "")))
    assert cfg.state_url_text() == config_mod.DEFAULT_STATE_URL
    assert cfg.policy.soft_bounce_threshold == 3


def test_missing_config_file(tmp_path):
    result = cli(tmp_path, "run", "--config", str(tmp_path / "nope.toml"))
    assert result.returncode == 2
    assert "not found" in result.stderr and "--config" in result.stderr


def test_default_path_comes_from_environment(tmp_path):
    path = write(tmp_path, GOOD.replace("[policy]", "[polcy]"))
    result = cli(tmp_path, "run", env={"BOUNCE_SYNC_CONFIG": str(path)})
    assert result.returncode == 2 and "polcy: unknown key" in result.stderr


def test_toml_syntax_error(tmp_path):
    fails_with(tmp_path, GOOD + "\nthis is = = not toml\n", "not valid TOML", "line")


def test_unknown_top_level_key(tmp_path):
    fails_with(tmp_path, GOOD.replace("[policy]", "[policy]\n", 1) + "\n[worker]\nx = 1\n", "worker: unknown key")


def test_unknown_policy_key(tmp_path):
    fails_with(tmp_path, GOOD + "soft_bounce_treshold = 4\n", "policy.soft_bounce_treshold: unknown policy key",
               "soft_bounce_threshold")


def test_wrong_type_in_policy(tmp_path):
    fails_with(tmp_path, GOOD.replace("soft_bounce_threshold = 3", 'soft_bounce_threshold = "three"'),
               "policy.soft_bounce_threshold", "whole number", "default 3")


def test_relay_hosts_are_a_policy_array_of_host_names(tmp_path):
    cfg = config_mod.load(write(tmp_path, GOOD + 'relay_hosts = ["smtp.sendgrid.net"]\nrelay_failure_domains = 3\n'))
    assert cfg.policy.relay_hosts == ("smtp.sendgrid.net",) and cfg.policy.relay_failure_domains == 3
    with pytest.raises(ConfigError) as bad:
        config_mod.load(write(tmp_path, GOOD + 'relay_hosts = ["smtp.sendgrid.net:587"]\n'))
    assert bad.value.key == "policy.relay_hosts" and "not a host name" in bad.value.problem
    with pytest.raises(ConfigError) as single:
        config_mod.load(write(tmp_path, GOOD + 'relay_hosts = "smtp.sendgrid.net"\n'))
    assert single.value.key == "policy.relay_hosts" and "array" in single.value.problem


def test_wrong_type_in_mailbox(tmp_path):
    fails_with(tmp_path, GOOD.replace('path = "mail"', 'path = "mail"\npaused = "yes"'),
               "mailboxes[0].paused", "true or false")


def test_a_mailbox_provider_says_who_writes_its_notices(tmp_path):
    """`provider` is the worker's key (never handed to the connector) and reaches the
    Mailbox the worker reads (a Google Workspace mailbox read over IMAP or Maildir)."""
    from sync.cli.app import build_mailboxes

    (tmp_path / "mail").mkdir()
    cfg = config_mod.load(write(tmp_path, GOOD.replace('path = "mail"', 'path = "mail"\nprovider = "google"')))
    assert cfg.mailboxes[0].provider == "google" and "provider" not in cfg.mailboxes[0].settings
    [mailbox] = build_mailboxes(cfg, ())
    assert mailbox.provider == "google"
    assert config_mod.load(write(tmp_path, GOOD)).mailboxes[0].provider is None  # by the source


def test_an_unknown_provider_names_the_two_it_knows(tmp_path):
    out = fails_with(tmp_path, GOOD.replace('path = "mail"', 'path = "mail"\nprovider = "gsuite"'),
                     "mailboxes[0].provider", "'gsuite' is not a provider", '"google"', '"domain"')
    assert "Google Workspace" in out
    fails_with(tmp_path, GOOD.replace('path = "mail"', 'path = "mail"\nprovider = 1'),
               "mailboxes[0].provider", "a number is not a provider")


def test_a_gmail_mailbox_cannot_claim_another_provider(tmp_path):
    (tmp_path / "creds.json").write_text('{"refresh_token": "x"}')
    gmail = GOOD.replace('source = "maildir"', 'source = "gmail"').replace(
        'path = "mail"', 'credentials = "creds.json"\nprovider = "domain"')
    with pytest.raises(ConfigError) as err:
        config_mod.load(write(tmp_path, gmail))
    assert err.value.key == "mailboxes[0].provider" and "come from Google" in err.value.problem
    assert "remove provider" in err.value.fix


def test_bad_policy_value(tmp_path):
    fails_with(tmp_path, GOOD + 'unverified = "maybe"\n', "policy.unverified", "record", "apply")


def test_missing_env_var(tmp_path):
    fails_with(tmp_path, GOOD.replace('path = "crm.sqlite3"', 'path = "crm.sqlite3"\ntoken = "env:NOT_SET_ANYWHERE"'),
               "crm.token", "NOT_SET_ANYWHERE is not set")


def test_missing_secret_file(tmp_path):
    fails_with(tmp_path, GOOD.replace('path = "crm.sqlite3"', 'path = "crm.sqlite3"\ntoken = "file:secrets/hs.txt"'),
               "crm.token", "not found", "hs.txt")


def test_inline_secret_is_refused_and_not_printed(tmp_path):
    out = fails_with(tmp_path, GOOD.replace('path = "crm.sqlite3"', f'path = "crm.sqlite3"\ntoken = "{TOKEN}"'),
                     "crm.token", "inline", "env:CRM_TOKEN", "file:PATH")
    assert "pat-na1" not in out


def test_inline_secret_in_mailbox_names_the_mailbox_key(tmp_path):
    fails_with(tmp_path, GOOD.replace('path = "mail"', 'path = "mail"\nclient_secret = "GOCSPX-abcdefghijk"'),
               "mailboxes[0].client_secret", "inline")


def test_missing_credentials_file_path(tmp_path):
    fails_with(tmp_path, GOOD.replace('path = "mail"', 'path = "mail"\ncredentials = "keys/gmail.json"'),
               "mailboxes[0].credentials", "not found")


def test_password_inline_in_state_url(tmp_path):
    out = fails_with(tmp_path, GOOD.replace("sqlite:///state.sqlite3", "postgresql://bs:hunter22@db/bs"),
                     "state.url", "password", "env:")
    assert "hunter22" not in out


def test_unknown_source_connector(tmp_path):
    fails_with(tmp_path, GOOD.replace('source = "maildir"', 'source = "pop3"'),
               "mailboxes[0].source", "'pop3'", "gmail", "maildir")


def test_unknown_crm_connector(tmp_path):
    fails_with(tmp_path, GOOD.replace('connector = "local"', 'connector = "pipedrive"'),
               "crm.connector", "hubspot", "salesforce")


def test_duplicate_mailbox_names(tmp_path):
    second = '\n[[mailboxes]]\nname = "sales"\nsource = "maildir"\naddress = "b@example.com"\n'
    fails_with(tmp_path, GOOD.replace("\n[crm]", second + "\n[crm]"), "mailboxes[1].name", "duplicate")


def test_missing_required_keys(tmp_path):
    fails_with(tmp_path, GOOD.replace('address = "sales@example.com"\n', ""), "mailboxes[0].address", "missing")
    fails_with(tmp_path, GOOD.replace('[crm]\nconnector = "local"\npath = "crm.sqlite3"\n', ""), "crm", "missing")


def test_secret_values_never_printed_when_a_later_key_is_bad(tmp_path):
    text = GOOD.replace('path = "crm.sqlite3"', 'path = "crm.sqlite3"\ntoken = "env:T_TOKEN"') + "lookback_days = -1\n"
    fails_with(tmp_path, text, "policy.lookback_days", env={"T_TOKEN": TOKEN})


def test_connector_config_errors_are_prefixed_with_their_table(tmp_path):
    class Picky:
        def __init__(self, settings, *, base_dir):
            raise ConfigError("fields.status", "not a property name", "use letters only")

    with pytest.raises(ConfigError) as info:
        config_mod._construct(Picky, {}, tmp_path, "crm")
    assert info.value.key == "crm.fields.status"


# --------------------------------------------------------------------------- file encoding and TOML syntax
# What editors and copy-paste do to a config file. Each error names the line and the column,
# says the problem in plain words, gives the fix, and never quotes the line (it may hold a
# secret written in the wrong place).


def load_bytes(tmp_path: Path, data: bytes) -> config_mod.Config:
    path = tmp_path / "bounce-sync.toml"
    path.write_bytes(data)
    return config_mod.load(path)


def test_a_utf8_bom_is_accepted(tmp_path):
    cfg = load_bytes(tmp_path, b"\xef\xbb\xbf" + textwrap.dedent(GOOD).encode())
    assert cfg.state_url_text() == "sqlite:///state.sqlite3" and cfg.mailboxes[0].name == "sales"


def test_crlf_line_endings_and_tab_indentation_are_accepted(tmp_path):
    text = textwrap.dedent(GOOD).replace("\nname =", "\n\tname =").replace("\n", "\r\n")
    cfg = load_bytes(tmp_path, text.encode())
    assert cfg.mailboxes[0].name == "sales" and cfg.policy.soft_bounce_threshold == 3


def test_a_bom_file_runs_through_the_cli(tmp_path):
    (tmp_path / "mail").mkdir()
    path = tmp_path / "bounce-sync.toml"
    path.write_bytes(b"\xef\xbb\xbf" + textwrap.dedent(GOOD).encode())
    result = cli(tmp_path, "run", "--config", str(path))
    assert result.returncode == 0, result.stdout + result.stderr


LINES = textwrap.dedent(GOOD).lstrip("\n")  # line 1 [state], 5 name, 8 path, 10 [crm], 14 [policy]


def _bad(text: str) -> bytes:
    return text.encode()


@pytest.mark.parametrize("data, position, needles", [
    # a missing closing quote
    (_bad(LINES.replace('name = "sales"', 'name = "sales')), "line 5, column 14",
     ["not closed before the end of the line", "closing quote"]),
    # a missing opening quote: the value is read as a bare word
    (_bad(LINES.replace('connector = "local"', 'connector = local"')), "line 11, column 13",
     ["'connector' is not quoted", 'connector = "..."']),
    # a table declared twice
    (_bad(LINES + '\n[crm]\npath = "x.sqlite3"\n'), "line 17, column 5",
     ["[crm] is declared a second time", "merge the two [crm] tables", "[[mailboxes]]"]),
    # a key set twice
    (_bad(LINES.replace('path = "crm.sqlite3"', 'path = "crm.sqlite3"\npath = "b.sqlite3"')),
     "line 13, column 19", ["'path' is set a second time", "keep one"]),
    # [mailboxes] then [[mailboxes]]
    (_bad(LINES.replace("[[mailboxes]]", "[mailboxes]") + '\n[[mailboxes]]\nname = "b"\n'),
     "line 17, column 12", ["[[mailboxes]] conflicts with an earlier [mailboxes]", "write every entry as [[mailboxes]]"]),
    # classic Mac OS line endings: all one line, named at the first CR
    (_bad(LINES.replace("\n", "\r")), "line 1, column 8", ["carriage return", "LF (Unix) or CRLF (Windows)"]),
    # a multi-line string never closed: the line where it opens, not "end of document"
    (_bad(LINES + 'note = """first\nsecond\n'), "line 16, column 8",
     ["starts here is never closed", '"""']),
    # copy-paste from a web page
    (_bad(LINES.replace("url =", "url\u00a0=")), "line 2, column 4", ["non-breaking space", "ordinary space"]),
    (_bad(LINES.replace('"local"', "\u201clocal\u201d")), "line 11, column 13", ["typographic quote", "straight"]),
    # a Windows path in double quotes
    (_bad(LINES.replace('path = "mail"', 'path = "C:\\Users\\rep\\mail"')), "line 8, column 13",
     ["\\U", "single quotes", "forward slashes"]),
    (_bad(LINES.replace('path = "mail"', 'path = "D:\\bounce\\mail"')), "line 8, column 20",
     ["backslash", "single quotes"]),
    # a stray NUL byte
    (_bad(LINES + "max = 1\x00\n"), "line 16, column 8", ["control character (U+0000)", "delete it"]),
])
def test_syntax_errors_name_line_column_problem_and_fix(tmp_path, data, position, needles):
    with pytest.raises(ConfigError) as info:
        load_bytes(tmp_path, data)
    err = info.value
    assert err.key == "config"
    assert "is not valid TOML" in err.problem and position in err.problem, str(err)
    text = str(err)
    for needle in needles:
        assert needle in text, text
    assert "\n" not in text  # one line


def test_a_file_in_another_encoding_names_the_first_bad_byte(tmp_path):
    data = LINES.replace('name = "sales"', 'name = "sales" # Büro').encode("latin-1")
    with pytest.raises(ConfigError) as info:
        load_bytes(tmp_path, data)
    assert "not UTF-8" in info.value.problem and "line 5, column 19" in info.value.problem
    assert "0xFC" in info.value.problem and "UTF-8" in info.value.fix


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le"])
def test_a_utf16_file_is_named_as_such(tmp_path, codec):
    with pytest.raises(ConfigError) as info:
        load_bytes(tmp_path, LINES.encode(codec))
    assert "UTF-16" in info.value.problem and "UTF-8" in info.value.fix


def test_an_unquoted_secret_in_a_syntax_error_is_not_printed(tmp_path):
    text = LINES.replace('path = "crm.sqlite3"', f"path = \"crm.sqlite3\"\ntoken = {TOKEN}")
    out = fails_with(tmp_path, text, "line 13, column 9", "'token' is not quoted")
    assert "pat-na1" not in out


def test_arrays_reach_connectors_as_toml_gives_them(tmp_path):
    """maildir's `folders` (and salesforce's `objects`) are checked as lists by the connector."""
    for sub in ("cur", "new", "tmp"):
        (tmp_path / "mail" / sub).mkdir(parents=True)
    cfg = config_mod.load(write(tmp_path, GOOD.replace('path = "mail"', 'path = "mail"\nfolders = ["INBOX"]')))
    assert cfg.mailboxes[0].settings["folders"] == ["INBOX"]
    (_, source), = config_mod.build_sources(cfg)
    assert source.folders == ("INBOX",)


# --------------------------------------------------------------------------- README's reference

README = Path(__file__).resolve().parents[2] / "README.md"


def _reference_rows(section: str) -> dict[str, list[str]]:
    """key -> its cells, from the first table under the README heading `section`."""
    text = README.read_text(encoding="utf-8")
    after = text[text.index(section):].splitlines()
    first = next(i for i, line in enumerate(after) if line.startswith("|"))
    table = []
    for line in after[first:]:
        if not line.startswith("|"):
            break
        table.append(line)
    return {m.group(1): [c.strip() for c in m.group(2).split(" | ")]
            for m in re.finditer(r"^\| `(\w+)` \| (.*) \|$", "\n".join(table), re.M)}


def test_readme_documents_every_policy_key_with_type_and_the_real_default():
    from sync.policy import Policy

    rows = _reference_rows("### `[policy]`")
    fields = {f.name: f.default for f in dataclasses.fields(Policy)}
    assert set(rows) == set(fields)
    for name, default in fields.items():
        kind, shown, meaning = rows[name][0], rows[name][1].strip("`"), rows[name][2]
        assert kind and meaning, name
        expected = str(default).lower() if isinstance(default, bool) else (
            f'"{default}"' if isinstance(default, str) else
            # an array as TOML writes it (relay_hosts)
            "[" + ", ".join(f'"{v}"' for v in default) + "]" if isinstance(default, tuple) else str(default))
        assert shown == expected, (name, shown, expected)


def test_readme_documents_every_state_mailbox_and_local_connector_key():
    from connectors.local import _SETTINGS as LOCAL_KEYS
    from connectors.maildir import MaildirSource, MboxSource

    assert set(_reference_rows("### `[state]`")) == set(config_mod._STATE_KEYS)
    assert set(_reference_rows("### `[[mailboxes]]`")) >= config_mod._MAILBOX_OWN_KEYS | {"address"}
    maildir = _reference_rows("**maildir**")
    assert set(maildir) | {"address"} == set(MaildirSource._KEYS)
    mbox_line = README.read_text(encoding="utf-8").split("**mbox**", 1)[1].split("\n\n", 1)[0]
    assert all(f"`{k}`" in mbox_line for k in MboxSource._KEYS - {"address"})
    assert set(_reference_rows("**local**")) == set(LOCAL_KEYS)
    for rows in (maildir, _reference_rows("**gmail**"), _reference_rows("**hubspot**"),
                 _reference_rows("**salesforce**")):
        assert all(len(cells) == 3 and all(cells) for cells in rows.values()), rows


def test_a_secret_pasted_alone_on_a_line_is_not_printed(tmp_path):
    out = fails_with(tmp_path, LINES.replace('[policy]', f"{TOKEN}\n[policy]"), "line 14, column",
                     "not followed by =")
    assert "pat-na1" not in out
