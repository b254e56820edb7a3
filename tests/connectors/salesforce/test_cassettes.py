"""SalesforceConnector replayed from vcrpy cassettes (`cassettes/salesforce/*.yaml`), with no
server running, plus a scan of those cassettes for secrets.

Each scenario seeds a FakeSalesforce's state (ids are counters, so a fresh, never-started
fake yields the same ids on replay), then drives the connector and checks its answers.
Requests are matched on method, path and query (SOQL included) in recorded order; bodies
are not matched because the scrubbed login bodies no longer hold the credentials. While
recording, the fake's loopback address becomes https://acme.my.salesforce.com, so the replay
runs the connector's production transport (https, no test adapter).

Re-record (starts the fake, overwrites the cassettes):
    BOUNCE_SYNC_RECORD=salesforce .venv/bin/pytest tests/connectors/salesforce/test_cassettes.py
"""

from __future__ import annotations

import os
import re
from datetime import datetime, timezone
from pathlib import Path

import pytest
import vcr

from sync.errors import QuotaExhausted
from sync.records import BounceStatus, ClearBounce, Flag, Outcome, Reenroll, Unenroll
from sync.secret import Secret
from tests.connectors.salesforce.harness import (
    CONSUMER_SECRET, PASSWORD, TOKEN, USERNAME, connector_for, rsa_pair,
)
from tests.contracts.crm import by_key, mark
from tests.fakes.salesforce import FakeSalesforce

CASSETTES = Path(__file__).resolve().parents[3] / "cassettes" / "salesforce"
RECORDING = os.environ.get("BOUNCE_SYNC_RECORD", "") in ("1", "salesforce", "all")
UNTIL = datetime(2099, 1, 1, tzinfo=timezone.utc)
INSTANCE = "https://acme.my.salesforce.com"  # what the loopback address becomes in cassettes

_SCRUB = [  # (pattern, replacement) applied to recorded request and response bodies
    (rb"<(\w+:)?password>.*?</(\w+:)?password>", b"<\\1password>REDACTED</\\2password>"),
    (rb"<sessionId>[^<]*</sessionId>", b"<sessionId>REDACTED</sessionId>"),
    (rb'"access_token"\s*:\s*"[^"]*"', b'"access_token": "REDACTED"'),
    (rb'"signature"\s*:\s*"[^"]*"', b'"signature": "REDACTED"'),
    (rb"assertion=[\w.%-]+", b"assertion=REDACTED"),
    (rb"client_secret=[^&]+", b"client_secret=REDACTED"),
    (rb"(?<![\w])password=[^&]+", b"password=REDACTED"),  # username-password flow: password + token
    (rb"00D\w{12,15}![\w.-]+", b"REDACTED_SESSION"),
    (rb"https?://127\.0\.0\.1:\d+", INSTANCE.encode()),
]


def _scrub(body: bytes | str | None) -> bytes | str | None:
    if not body:
        return body
    text = body.encode() if isinstance(body, str) else body
    for pattern, repl in _SCRUB:
        text = re.sub(pattern, repl, text, flags=re.S)
    return text.decode() if isinstance(body, str) else text


def _scrub_request(request):
    request.body = _scrub(request.body)
    request.uri = re.sub(r"http://127\.0\.0\.1:\d+", INSTANCE, request.uri)
    return request


def _scrub_response(response):
    response["body"]["string"] = _scrub(response["body"]["string"])
    return response


def _recorder(mode: str) -> vcr.VCR:
    return vcr.VCR(cassette_library_dir=str(CASSETTES), record_mode=mode,
                   match_on=["method", "path", "query"], filter_headers=["authorization"],
                   before_record_request=_scrub_request, before_record_response=_scrub_response)


# --------------------------------------------------------------------------- scenarios
# Each takes (fake, settings overrides) -> runs against `crm`; asserts only on what the
# connector returns, so the same code passes live and on replay.


def setup_and_check(fake, make):
    crm = make()
    assert not all(c.ok for c in crm.check())
    planned = crm.setup(dry_run=True)
    assert {c.detail for c in planned} >= {"would create"}
    assert all(c.ok for c in crm.setup(dry_run=False))
    assert all(c.ok for c in crm.setup(dry_run=False))
    assert all(c.ok for c in crm.check())


def find_and_mark(fake, make):
    fake.install_fields()
    a = fake.add_contact("ana@example.com", cadences=["Outbound"])
    lead = fake.add_contact("lee@example.com", "Lead")
    crm = make()
    found = {c.ref.id: c for c in crm.find_contacts(["ANA@example.com", "lee@example.com", "x@example.com"])}
    assert set(found) == {a, lead} and found[lead].ref.object_type == "lead"
    assert len(found[a].enrollments) == 1
    results = crm.apply([mark(found[a].ref, "ana@example.com", key="a"),
                         mark(found[lead].ref, "lee@example.com", key="l", hard=False,
                              status=BounceStatus.SOFT, soft_count=1)])
    assert [r.outcome for r in results] == [Outcome.DONE, Outcome.DONE]
    [again] = crm.find_contacts(["ana@example.com"])
    assert again.bounce_status is BounceStatus.BOUNCED


def unenroll_reenroll(fake, make):
    fake.install_fields()
    ref_id = fake.add_contact("seq@example.com", cadences=["Outbound", "Nurture"], step=3)
    crm = make()
    [contact] = crm.find_contacts(["seq@example.com"])
    [u] = crm.apply([Unenroll(key="u", contact=contact.ref)])
    assert u.outcome is Outcome.DONE and len(u.removed) == 2
    [u2] = crm.apply([Unenroll(key="u", contact=contact.ref)])
    assert u2.outcome is Outcome.SKIPPED
    [r] = crm.apply([Reenroll(key="r", contact=contact.ref, enrollments=u.removed)])
    assert r.outcome is Outcome.DONE
    [r2] = crm.apply([Reenroll(key="r", contact=contact.ref, enrollments=u.removed)])
    assert r2.outcome is Outcome.DONE
    assert contact.ref.id == ref_id


def clear_flag_and_watch(fake, make):
    fake.install_fields()
    a = fake.add_contact("old@example.com")
    crm = make()
    [contact] = crm.find_contacts(["old@example.com"])
    crm.apply([mark(contact.ref, "old@example.com")])
    if fake.started:
        fake.edit_email(a, "new@example.com")
    batch = crm.bounced_changes(None, until=UNTIL)
    assert [(c.email, c.bounced_address) for c in batch.contacts] == [("new@example.com", "old@example.com")]
    assert not batch.more
    results = by_key(crm.apply([ClearBounce(key="c", contact=contact.ref, note="email changed"),
                                Flag(key="f", contact=contact.ref, status=BounceStatus.REFUSED,
                                     note="known bad")]))
    assert results["c"].outcome is results["f"].outcome is Outcome.DONE
    assert crm.bounced_changes(batch.cursor, until=UNTIL).contacts[0].bounce_status is BounceStatus.REFUSED


def session_refresh_and_quota(fake, make):
    fake.install_fields()
    fake.add_contact("a@example.com")
    crm = make()
    assert len(crm.find_contacts(["a@example.com"])) == 1
    if fake.started:
        fake.expire_sessions()
    assert len(crm.find_contacts(["a@example.com"])) == 1  # 401, login again, retried
    if fake.started:
        fake.api_max = fake.api_used
    with pytest.raises(QuotaExhausted):
        crm.find_contacts(["a@example.com"])


def jwt_login(fake, make):
    private, public = rsa_pair()
    fake.register_jwt("CONSUMERKEY", USERNAME, public)
    # My Domain: the token request goes there, the assertion's aud stays login.salesforce.com
    crm = make(auth="jwt", consumer_key="CONSUMERKEY", domain="acme.my",
               private_key=Secret(private, "env:SF_KEY"))
    assert crm.check()[0].ok


def client_credentials_login(fake, make):
    fake.register_client("CONSUMERKEY", CONSUMER_SECRET)
    crm = make(auth="client_credentials", consumer_key="CONSUMERKEY", domain="acme.my",
               consumer_secret=Secret(CONSUMER_SECRET, "env:SF_SECRET"))
    assert crm.check()[0].ok


def _production(fake, **overrides):
    return connector_for(fake, insecure_http_for_tests=None, **overrides)


SCENARIOS = [setup_and_check, find_and_mark, unenroll_reenroll, clear_flag_and_watch,
             session_refresh_and_quota, jwt_login, client_credentials_login]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.__name__)
def test_cassette(scenario):
    path = CASSETTES / f"{scenario.__name__}.yaml"
    fake = FakeSalesforce()
    if RECORDING:
        CASSETTES.mkdir(parents=True, exist_ok=True)
        path.unlink(missing_ok=True)
        with fake, _recorder("all").use_cassette(path.name):
            scenario(fake, lambda **o: connector_for(fake, **o))
    else:
        assert path.exists(), f"missing {path}: record with BOUNCE_SYNC_RECORD=salesforce"
        with _recorder("none").use_cassette(path.name, allow_playback_repeats=False) as cassette:
            # production transport: https to Salesforce's hosts, answered by vcrpy
            scenario(fake, lambda **o: _production(fake, **o))
        assert cassette.all_played, "every recorded request was made again"


def test_cassettes_hold_no_secrets():
    files = sorted(CASSETTES.glob("*.yaml"))
    assert len(files) == len(SCENARIOS)
    for path in files:
        text = path.read_text()
        for secret in (PASSWORD, TOKEN, CONSUMER_SECRET, "Bearer ", "BEGIN PRIVATE KEY"):
            assert secret not in text, f"{secret!r} in {path.name}"
        assert not re.search(r"00D\w{12,15}!", text), f"session id in {path.name}"
        assert not re.search(r"assertion=ey", text), f"JWT assertion in {path.name}"
        assert not re.search(r"(?<!\w)password=(?!REDACTED)", text), f"password in {path.name}"
        assert not re.search(r'(?i)authorization', text), f"auth header in {path.name}"
