"""Salesforce logins: the OAuth flows (JWT bearer, username-password, client credentials, a
session id), what a login error means (a refused credential is an AuthError naming the
settings; an outage is Retryable; a rate limit QuotaExhausted), bad settings, and the exit
status of `bounce-sync run` for each."""

from __future__ import annotations

import re
from urllib.parse import parse_qs

import pytest

from sync.errors import AuthError, ConfigError, QuotaExhausted, Retryable
from sync.secret import Secret
from tests.connectors.salesforce.harness import connector_for, rsa_pair


# --------------------------------------------------------------------------- auth flows


def test_jwt_bearer_login_with_a_generated_key(fake, tmp_path):
    private, public = rsa_pair()
    fake.register_jwt("CONSUMERKEY", "integration@example.com", public)
    (tmp_path / "sf.pem").write_text(private)
    crm = connector_for(fake, tmp_path, auth="jwt", consumer_key="CONSUMERKEY",
                        private_key="sf.pem")
    assert crm.check()[0].ok
    assert fake.count("POST", "/services/oauth2/token") == 1

    wrong, _ = rsa_pair()  # signed with a key the org does not know
    bad = connector_for(fake, tmp_path, auth="jwt", consumer_key="CONSUMERKEY",
                        private_key=Secret(wrong, "env:SF_KEY"))
    [item] = bad.check()
    assert not item.ok and "crm.private_key" in item.detail


def test_password_login_is_the_oauth_username_password_flow(fake):
    assert connector_for(fake).check()[0].ok
    [login] = fake.requests("POST", "/services/oauth2/token")
    form = parse_qs(login.body.decode())
    assert form["grant_type"] == ["password"] and form["client_id"] == ["3MVG9-connected-app-key"]
    assert form["password"][0].endswith("SECURITYTOKENxyz123")  # the token appended
    assert fake.count("POST", "/services/Soap/") == 0
    bad = connector_for(fake, password=Secret("nope", "env:SF_PASSWORD"))
    with pytest.raises(AuthError) as err:
        bad.find_contacts(["a@example.com"])
    assert "crm.password" in str(err.value) and "nope" not in str(err.value)
    assert "invalid_grant: authentication failure" in str(err.value)


def test_client_credentials_login(fake):
    fake.register_client("CK", "CS-secret")
    crm = connector_for(fake, auth="client_credentials", consumer_key="CK",
                        consumer_secret=Secret("CS-secret", "env:SF_SECRET"), domain="acme.my")
    assert crm.check()[0].ok
    with pytest.raises(ConfigError):  # Salesforce refuses client credentials on login/test
        connector_for(fake, auth="client_credentials", consumer_key="CK",
                      consumer_secret=Secret("x", "env:X"))


def test_session_id_login_and_expiry_is_an_auth_error(fake):
    crm = connector_for(fake, auth="session", session_id=Secret(fake.issue_session(), "env:SID"),
                        instance_url=fake.url)
    assert crm.check()[0].ok
    fake.expire_sessions()
    with pytest.raises(AuthError, match="crm.session_id"):
        crm.find_contacts(["a@example.com"])


def test_expired_session_logs_in_again_once(fake, harness, crm):
    ref = harness.add_contact("a@example.com")
    fake.expire_sessions()
    logins = fake.count("POST", "/services/oauth2/token")
    assert [c.ref.id for c in crm.find_contacts(["a@example.com"])] == [ref.id]
    assert fake.count("POST", "/services/oauth2/token") == logins + 1
    # Still expired after the re-login: the REST call's 401, then the login (a login has no
    # session to expire, so the fake answers it normally), then the retried call's 401.
    fake.faults.fail_next("expired_token", count=3)
    with pytest.raises(AuthError, match="crm.username"):
        crm.find_contacts(["a@example.com"])


# --------------------------------------------------------------------------- login errors
# Only a refusal of the credentials is an AuthError (exit 2); an outage is Retryable (exit 1)
# and a rate limit QuotaExhausted (exit 1, nothing more sent this run).

SOAP = "/services/Soap/u/"
TOKEN = "/services/oauth2/token"


def _jwt_connector(fake, tmp_path, *, consumer_key="CONSUMERKEY"):
    private, public = rsa_pair()
    fake.register_jwt("CONSUMERKEY", "integration@example.com", public)
    (tmp_path / "sf.pem").write_text(private)
    fake.faults.exempt = re.compile(r"\A\Z")  # let faults reach the token endpoint too
    return connector_for(fake, tmp_path, auth="jwt", consumer_key=consumer_key, private_key="sf.pem")


def test_the_fake_answers_login_faults_in_the_login_endpoints_formats(fake, quick_faults, tmp_path):
    fake.faults.fail_next("rate_limit")
    with pytest.raises(QuotaExhausted):
        connector_for(fake).find_contacts(["a@example.com"])
    [token] = fake.requests("POST", TOKEN)
    assert token.status == 400 and token.fault == "rate_limit"
    crm = _jwt_connector(fake, tmp_path)
    fake.faults.fail_next("rate_limit")
    with pytest.raises(QuotaExhausted):
        crm.find_contacts(["a@example.com"])
    assert fake.requests("POST", TOKEN)[-1].status == 400
    # the bodies, as a client reads them (the SOAP login still answers below API 65.0)
    import requests
    fake.faults.fail_next("rate_limit")
    answer = requests.post(f"{fake.url}{SOAP}59.0", data="<x/>", timeout=5)
    assert answer.status_code == 500 and "<sf:exceptionCode>REQUEST_LIMIT_EXCEEDED<" in answer.text
    answer = requests.post(f"{fake.url}{SOAP}59.0", data="<x/>", timeout=5)
    assert "<sf:exceptionCode>INVALID_LOGIN</sf:exceptionCode>" in answer.text
    assert answer.headers["Content-Type"].startswith("text/xml")
    fake.faults.fail_next("server_error")
    answer = requests.post(f"{fake.url}{TOKEN}", data={"grant_type": "password"}, timeout=5)
    assert answer.status_code == 503 and answer.json()["error"] == "temporarily_unavailable"


def test_a_transient_503_at_login_is_retried_then_the_call_goes_through(fake, harness, crm, quick_faults):
    ref = harness.add_contact("a@example.com")
    fresh = connector_for(fake)  # not logged in yet
    logins = fake.count("POST", TOKEN)
    fake.faults.fail_next("server_error")  # the token endpoint answers 503 temporarily_unavailable once
    assert [c.ref.id for c in fresh.find_contacts(["a@example.com"])] == [ref.id]
    assert [r.status for r in fake.requests("POST", TOKEN)][logins:] == [503, 200]


@pytest.mark.parametrize("kind, said", [
    ("server_error", "temporarily_unavailable"),   # the OAuth error with HTTP 503
    ("maintenance", "HTTP 503"),              # Salesforce's maintenance page (HTML)
    ("edge_403", "HTTP 403"),                 # a proxy or edge refusing, no Salesforce code
])
def test_an_outage_at_login_is_retryable_not_an_auth_error(fake, quick_faults, kind, said):
    crm = connector_for(fake)  # max_attempts 3
    fake.faults.fail_next(kind, count=3)
    with pytest.raises(Retryable) as err:
        crm.find_contacts(["a@example.com"])
    assert not isinstance(err.value, (AuthError, QuotaExhausted))
    assert said in str(err.value) and "password" not in str(err.value)
    assert fake.count("POST", TOKEN) == 3  # tried max_attempts times
    assert crm.check()[0].ok  # the next try logs in (no fault left)


def test_a_timeout_at_login_is_retryable(fake, quick_faults):
    fake.faults.timeout_seconds = 0.5
    crm = connector_for(fake, request_timeout=0.2)
    fake.faults.fail_next("timeout", count=3)
    with pytest.raises(Retryable, match="login: timed out") as err:
        crm.find_contacts(["a@example.com"])
    assert not isinstance(err.value, AuthError)


def test_invalid_login_is_an_auth_error_naming_the_settings(fake):
    crm = connector_for(fake, security_token=Secret("WRONG", "env:SF_TOKEN"))
    with pytest.raises(AuthError) as err:
        crm.find_contacts(["a@example.com"])
    assert err.value.setting == ("crm.consumer_key / crm.consumer_secret / crm.username / "
                                 "crm.password / crm.security_token")
    assert "invalid_grant: authentication failure" in str(err.value)
    assert "recommended modes" in str(err.value)  # many orgs block this flow
    assert "WRONG" not in str(err.value)
    assert fake.count("POST", TOKEN) == 1  # a refusal is not retried


def test_request_limit_exceeded_at_login_is_quota_exhausted_and_stops_the_run(fake, quick_faults):
    crm = connector_for(fake)
    fake.faults.fail_next("rate_limit")
    with pytest.raises(QuotaExhausted, match="rate_limit_exceeded") as err:
        crm.find_contacts(["a@example.com"])
    assert err.value.retry_after is None  # Salesforce sends no Retry-After
    with pytest.raises(QuotaExhausted):
        crm.find_contacts(["b@example.com"])
    assert fake.count("POST", TOKEN) == 1, "nothing more sent this run"


def test_oauth_token_endpoint_errors(fake, quick_faults, tmp_path):
    crm = _jwt_connector(fake, tmp_path)
    fake.faults.fail_next("server_error")  # temporarily_unavailable, 503: retried
    assert crm.check()[0].ok
    assert [r.status for r in fake.requests("POST", TOKEN)] == [503, 200]

    unknown_app = _jwt_connector(fake, tmp_path, consumer_key="NOT-REGISTERED")
    with pytest.raises(AuthError, match="invalid_client_id") as err:
        unknown_app.find_contacts(["a@example.com"])
    assert "crm.consumer_key" in str(err.value)

    limited = _jwt_connector(fake, tmp_path)
    fake.faults.fail_next("rate_limit")
    with pytest.raises(QuotaExhausted, match="rate_limit_exceeded"):
        limited.find_contacts(["a@example.com"])


@pytest.mark.parametrize("bad", [
    {"auth": "oauth"}, {"objects": ["Account"]}, {"secondary_email_fields": ["Alt) OR (Id"]},
    {"cadence_removal_disposition": "Gone"}, {"query_chunk": 0},
    {"password": "written-in-the-file"}, {"login_url": "https://evil.example.com"},
])
def test_bad_settings_name_the_key(fake, bad):
    with pytest.raises(ConfigError) as err:
        connector_for(fake, **bad)
    key = next(iter(bad))
    assert err.value.key == f"crm.{key}"
    assert "written-in-the-file" not in str(err.value)


def test_insecure_http_is_refused_for_a_real_host(fake):
    with pytest.raises(ConfigError, match="insecure_http_for_tests"):
        connector_for(fake, insecure_http_for_tests="http://example.com:80")


# --------------------------------------------------------------------------- exit statuses


@pytest.mark.parametrize("fault, status, said", [
    ("maintenance", 1, "Salesforce login: HTTP 503"),  # an outage: the next run continues
    ("rate_limit", 1, "rate_limit_exceeded: rate limit exceeded"),  # stop for this run
    (None, 2, "invalid_grant: authentication failure"),  # a setting to fix
])
def test_bounce_sync_run_exit_status_for_login_errors(fake, tmp_path, fault, status, said):
    """The real executable against the fake: a Maildir mailbox with nothing new, and the
    Salesforce login (the watcher's first call) answered with `fault`."""
    import os
    import subprocess

    from tests.connectors.salesforce.harness import (
        CONSUMER_KEY, CONSUMER_SECRET, PASSWORD, USERNAME,
    )
    from tests.connectors.salesforce.harness import TOKEN as SECURITY_TOKEN
    from tests.cli import BIN, MAILDIR_MAILBOX_TOML

    fake.register_password(USERNAME, PASSWORD, SECURITY_TOKEN)
    fake.register_client(CONSUMER_KEY, CONSUMER_SECRET)
    fake.faults.retry_after = 0.01
    fake.faults.exempt = re.compile(r"\A\Z")  # faults reach the token endpoint
    for sub in ("cur", "new", "tmp"):
        (tmp_path / "mail" / sub).mkdir(parents=True)
    (tmp_path / "bounce-sync.toml").write_text(MAILDIR_MAILBOX_TOML + f"""
[crm]
connector = "salesforce"
auth = "password"
consumer_key = "{CONSUMER_KEY}"
consumer_secret = "env:SF_CONSUMER_SECRET"
username = "{USERNAME}"
password = "env:SF_PASSWORD"
security_token = "env:SF_TOKEN"
insecure_http_for_tests = "{fake.url}"
max_attempts = 2
backoff_seconds = 0.01
request_timeout = 5
""", encoding="utf-8")
    if fault:
        fake.faults.fail_next(fault, count=2)
    env = {**os.environ, "SF_PASSWORD": PASSWORD if fault else "wrong", "SF_TOKEN": SECURITY_TOKEN,
           "SF_CONSUMER_SECRET": CONSUMER_SECRET,
           "BOUNCE_SYNC_CONFIG": str(tmp_path / "bounce-sync.toml")}
    result = subprocess.run([str(BIN), "run", "--log-format", "human"], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == status, result.stderr
    assert fake.count("POST", TOKEN) >= 1 and said in result.stderr
    if status == 2:
        assert "crm.password" in result.stderr
    else:
        assert "check username" not in result.stderr and PASSWORD not in result.stderr
