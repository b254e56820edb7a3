"""Gmail credentials as an operator meets them (issue 10 item 8): consent on a server with no
browser, a token without gmail.readonly named as such (not as "revoked"), a bare refresh token
where a path belongs never echoed, and every fix naming a command that exists; and the
service-account flow (JWT bearer, domain-wide delegation)."""

from __future__ import annotations

import json
import re
import webbrowser
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httplib2
import pytest
from click.testing import CliRunner
from googleapiclient.errors import HttpError

from connectors.gmail import GmailSource, authorize
from connectors.gmail.auth import HEADLESS_REDIRECT
from sync.cli.app import cli
from sync.errors import AuthError, ConfigError
from sync.secret import Secret
from tests.connectors.gmail.harness import ADDRESS, make_source
from tests.contracts.mail import bounce, drain
from tests.fakes.gmail import SCOPE_METADATA, SCOPE_READONLY, FakeGmail
from tests.fakes.gmail.bodies import insufficient_scope

pytestmark = pytest.mark.timeout(60)
ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def insecure_oauth(monkeypatch):
    # oauthlib insists on https for the token endpoint; the fake is http on 127.0.0.1
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")


# ------------------------------------------------------------------------ headless consent


def test_headless_consent_takes_the_whole_redirect_address(fake, tmp_path, insecure_oauth):
    client, code = fake.consent(ADDRESS)
    secrets_file = tmp_path / "client.json"
    secrets_file.write_text(json.dumps(client))
    said: list[str] = []

    def ask(prompt: str) -> str:
        url = re.search(r"https://accounts\.google\.com/\S+", said[-1]).group(0)
        query = parse_qs(urlsplit(url).query)
        assert query["redirect_uri"] == [HEADLESS_REDIRECT] and query["access_type"] == ["offline"]
        assert query["code_challenge_method"] == ["S256"]  # PKCE
        return f"{HEADLESS_REDIRECT}?state={query['state'][0]}&code={code}&scope={SCOPE_READONLY}"

    path = authorize(secrets_file, tmp_path / "token.json", headless=True, ask=ask, say=said.append)
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    info = json.loads(path.read_text())
    assert info["refresh_token"] in fake.refresh_tokens and info["scopes"] == [SCOPE_READONLY]
    fake.add_message(ADDRESS, bounce(1))
    source = GmailSource({"address": ADDRESS, "credentials": str(path), "api_endpoint": fake.url},
                         base_dir=tmp_path)
    assert len(drain(source, None)[0]) == 1  # the stored token works


def test_headless_consent_refuses_an_address_from_another_attempt(fake, tmp_path, insecure_oauth):
    client, code = fake.consent(ADDRESS)
    (tmp_path / "c.json").write_text(json.dumps(client))
    with pytest.raises(ConfigError) as err:
        authorize(tmp_path / "c.json", tmp_path / "t.json", headless=True, say=lambda _: None,
                  ask=lambda _: f"{HEADLESS_REDIRECT}?state=other&code={code}")
    assert "another consent attempt" in str(err.value) and code not in str(err.value)


def test_gmail_auth_without_a_browser_prints_the_url_and_takes_the_code(fake, tmp_path, insecure_oauth,
                                                                        monkeypatch):
    def no_browser(*_a, **_k):
        raise webbrowser.Error("could not locate runnable browser")

    monkeypatch.setattr(webbrowser, "get", no_browser)
    client, code = fake.consent(ADDRESS)
    (tmp_path / "client.json").write_text(json.dumps(client))
    token = tmp_path / "token.json"
    result = CliRunner().invoke(cli, ["gmail-auth", "--client-secrets", str(tmp_path / "client.json"),
                                      "--token-file", str(token), "--log-format", "human"], input=code + "\n")
    assert result.exit_code == 0, result.output
    assert "https://accounts.google.com/o/oauth2/auth?" in result.output and "could not locate" not in result.output
    refresh = json.loads(token.read_text())["refresh_token"]
    assert refresh not in result.output and client["installed"]["client_secret"] not in result.output


def test_a_refused_code_is_one_line_without_the_code(fake, tmp_path, insecure_oauth):
    client, _ = fake.consent(ADDRESS)
    (tmp_path / "c.json").write_text(json.dumps(client))
    with pytest.raises(ConfigError) as err:
        authorize(tmp_path / "c.json", tmp_path / "t.json", headless=True, say=lambda _: None,
                  ask=lambda _: "4/0Awrong-code-000000")
    assert "invalid_grant" in str(err.value) and "wrong-code" not in str(err.value)
    assert "`bounce-sync gmail-auth`" in str(err.value)


# ---------------------------------------------------------------------- scopes, named


def test_a_metadata_only_token_is_named_as_lacking_gmail_readonly(fake, tmp_path):
    source = make_source(fake, tmp_path, scopes=(SCOPE_METADATA,))
    with pytest.raises(AuthError) as err:
        source.fetch(None, limit=10)
    text = str(err.value)
    assert "lacks the gmail.readonly scope" in text and "gmail.metadata" in text
    assert "revoked" not in text and "bounce-sync gmail-auth" in text
    items = {i.name.rsplit(": ", 1)[1]: i for i in source.check()}
    assert not items["scopes"].ok and "missing gmail.readonly" in items["scopes"].detail


def test_a_token_file_that_does_not_list_its_scopes_still_names_the_missing_one(fake, tmp_path):
    info = fake.authorized_user(ADDRESS, scopes=(SCOPE_METADATA,))
    del info["scopes"]
    source = GmailSource({"address": ADDRESS, "credentials": Secret(json.dumps(info), "env:X"),
                          "api_endpoint": fake.url}, base_dir=tmp_path)
    with pytest.raises(AuthError) as err:
        source.fetch(None, limit=10)
    assert "lacks the gmail.readonly scope" in str(err.value) and "revoked" not in str(err.value)


@pytest.mark.parametrize("body", [
    insufficient_scope(),  # 403 insufficientPermissions + ErrorInfo ACCESS_TOKEN_SCOPE_INSUFFICIENT
    # What Gmail answers a gmail.metadata token asking format=raw (and the fake does too)
    FakeGmail and __import__("tests.fakes.base", fromlist=["json_response"]).json_response(
        {"error": {"code": 403, "message": "Metadata scope doesn't allow format RAW", "status": "PERMISSION_DENIED",
                   "errors": [{"message": "Metadata scope doesn't allow format RAW", "domain": "global",
                               "reason": "forbidden"}]}}, 403),
])
def test_403_scope_answers_name_the_missing_scope(fake, tmp_path, body):
    source = make_source(fake, tmp_path)
    payload, _ = body.encoded()
    error = HttpError(httplib2.Response({"status": 403}), payload, uri="https://gmail.googleapis.com/x")

    def refuse():
        raise error

    with pytest.raises(AuthError) as err:
        source._api.run("messages.get", refuse, 5)
    assert "lacks the gmail.readonly scope" in str(err.value) and "revoked" not in str(err.value)


def test_the_fake_answers_a_metadata_token_as_gmail_does(fake):
    from google.oauth2.credentials import Credentials
    from googleapiclient.discovery import build

    info = fake.authorized_user(ADDRESS, scopes=(SCOPE_METADATA,))
    creds = Credentials(None, refresh_token=info["refresh_token"], client_id=info["client_id"],
                        client_secret=info["client_secret"], token_uri=info["token_uri"])
    users = build("gmail", "v1", credentials=creds, static_discovery=True,
                  client_options={"api_endpoint": fake.url}).users()
    mid = fake.add_message(ADDRESS, bounce(1))
    for fmt in ("raw", "full"):
        with pytest.raises(HttpError) as err:
            users.messages().get(userId="me", id=mid, format=fmt).execute()
        assert err.value.status_code == 403 and err.value.reason == f"Metadata scope doesn't allow format {fmt.upper()}"
    assert users.messages().get(userId="me", id=mid, format="metadata").execute()["id"] == mid
    with pytest.raises(HttpError) as err:
        users.messages().list(userId="me", q="from:x").execute()
    assert err.value.reason == "Metadata scope does not support 'q' parameter"


# --------------------------------------------------- a secret where a path belongs


@pytest.mark.parametrize("as_secret", [False, True])
def test_a_bare_refresh_token_for_credentials_is_never_printed(fake, tmp_path, as_secret):
    token = fake.authorized_user(ADDRESS)["refresh_token"]  # "1//0g..."
    value = Secret(token, "env:GMAIL_TOKEN") if as_secret else token
    with pytest.raises(ConfigError) as err:
        GmailSource({"address": ADDRESS, "credentials": value, "api_endpoint": fake.url}, base_dir=tmp_path)
    text = str(err.value)
    assert "the value of credentials is not a readable file path" in text
    mangled = token.replace("//", "/")
    for piece in (token, mangled, token[5:], token[-12:], str(tmp_path)):
        assert piece not in text
    assert "`bounce-sync gmail-auth" in text and "authorize`" not in text


def test_a_missing_token_file_is_not_echoed_either(tmp_path):
    with pytest.raises(ConfigError) as err:
        GmailSource({"address": ADDRESS, "credentials": "tokens/sales.json"}, base_dir=tmp_path)
    assert "not a readable file path (No such file or directory" in str(err.value)
    assert "sales.json" not in str(err.value)


def test_every_fix_names_a_command_that_exists():
    commands = set(cli.commands)
    texts = [p.read_text() for p in (ROOT / "connectors" / "gmail").glob("*.py")] + [(ROOT / "README.md").read_text()]
    named = {m for t in texts for m in re.findall(r"`bounce-sync ([a-z][a-z-]+)", t)}
    assert "gmail-auth" in named and named <= commands, named - commands


# ----------------------------------------------------------------------------- service accounts


def test_service_account_jwt_flow(fake, tmp_path):
    key = fake.service_account(delegated_scopes=(SCOPE_READONLY,))
    path = tmp_path / "sa.json"
    path.write_text(json.dumps(key))
    mid = fake.add_message(ADDRESS, bounce(1))
    src = GmailSource({"address": ADDRESS, "credentials": "sa.json", "api_endpoint": fake.url,
                       "quota_units_per_minute": 600_000}, base_dir=tmp_path)
    seen, _ = drain(src, None)
    assert [m.id for m in seen] == [mid]
    token = fake.requests(path="/token")[0]
    assert b"jwt-bearer" in token.body


def test_service_account_without_delegation_is_auth_error(fake, tmp_path):
    key = fake.service_account(delegated_scopes=(SCOPE_READONLY,))
    src = GmailSource({"address": ADDRESS, "credentials": Secret(json.dumps(key), "file:sa.json"),
                       "api_endpoint": fake.url, "label_processed": "done"}, base_dir=tmp_path)
    with pytest.raises(AuthError):
        src.fetch(None, limit=5)  # modify scope was never delegated
