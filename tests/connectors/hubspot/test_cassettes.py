"""HubSpotConnector replayed from a vcrpy cassette: every operation (setup dry run and real,
check, find_contacts with a secondary address and an enrolled contact, MarkBounced, Flag,
Unenroll through the workflow, ClearBounce, Reenroll, bounced_changes), recorded against the
fake with production URLs and no token, replayed with `record_mode="none"` and no server.

Re-record: BOUNCE_SYNC_RECORD=1 .venv/bin/pytest tests/connectors/test_hubspot_cassettes.py -q
"""

from __future__ import annotations

import os
import re
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
import vcr
import vcr.errors

from connectors.hubspot import HubSpotConnector
from sync.records import BounceStatus, ClearBounce, Flag, Outcome, Reenroll, Unenroll
from sync.secret import Secret
from tests.contracts.crm import mark
from tests.fakes.hubspot import TOKEN, FakeHubSpot

CASSETTES = Path(__file__).resolve().parents[3] / "cassettes" / "hubspot"
CASSETTE = CASSETTES / "operations.yaml"
PRODUCTION = "https://api.hubapi.com"
UNTIL = datetime(2099, 1, 1, tzinfo=timezone.utc)
TOKEN_LIKE = re.compile(r"pat-(na|eu|ap)\d+-[0-9a-f-]{8,}|Bearer\s+\S{8,}", re.I)


def _recorder(local: str | None) -> vcr.VCR:
    def scrub_request(request: Any) -> Any:
        if local:
            request.uri = request.uri.replace(local, PRODUCTION)
        if request.body and b"tokenKey" in request.body:  # check's scope read sends the token
            request.body = re.sub(rb'"tokenKey":\s*"[^"]*"', b'"tokenKey": "REDACTED"', request.body)
        return request

    return vcr.VCR(
        record_mode="all" if local else "none",
        match_on=["method", "scheme", "host", "port", "path", "query"],
        filter_headers=["authorization"],
        before_record_request=scrub_request,
        decode_compressed_response=True,
    )


def _connector(base_url: str, token: str) -> HubSpotConnector:
    return HubSpotConnector({"access_token": Secret(token, "test"), "base_url": base_url,
                             "search_rate_per_second": 40, "request_timeout": 5,
                             "reenroll_user_id": "7001",
                             "reenroll_sender": "ae@seller.example"}, base_dir=Path("."))


def scenario(conn: HubSpotConnector) -> dict[str, Any]:
    """Every connector operation once; returns what a test can assert on."""
    out: dict[str, Any] = {"dry_run": [(i.name, i.ok, i.detail) for i in conn.setup(dry_run=True)]}
    out["setup"] = [(i.name, i.ok) for i in conn.setup(dry_run=False)]
    out["check"] = [(i.name, i.ok) for i in conn.check()]
    found = {c.email: c for c in conn.find_contacts(
        ["Ana@Example.com", "bo.alt@example.org", "nobody@example.com"])}
    out["found"] = sorted(found)
    ana, bo = found["ana@example.com"], found["bo@example.org"]
    out["ana_sequences"] = [e.sequence_name for e in ana.enrollments]
    out["bo_emails"] = list(bo.emails)
    marked = conn.apply([mark(ana.ref, "ana@example.com", key="m1"),
                         Flag(key="f1", contact=bo.ref, status=BounceStatus.REFUSED, note="n")])
    out["marked"] = [r.outcome.value for r in marked]
    [unenrolled] = conn.apply([Unenroll(key="u1", contact=ana.ref, enrollments=ana.enrollments)])
    out["unenrolled"] = (unenrolled.outcome.value, [e.sequence_name for e in unenrolled.removed])
    cleared = conn.apply([ClearBounce(key="c1", contact=ana.ref, note="email changed"),
                          Reenroll(key="r1", contact=ana.ref, enrollments=unenrolled.removed)])
    out["cleared"] = [r.outcome.value for r in cleared]
    batch = conn.bounced_changes(None, until=UNTIL)
    out["changes"] = sorted((c.email, c.bounce_status.value) for c in batch.contacts)
    [again] = conn.find_contacts(["ana@example.com"])
    out["ana_after"] = (again.bounce_status, [e.sequence_name for e in again.enrollments])
    return out


def assert_summary(out: dict[str, Any]) -> None:
    assert out["dry_run"] and all(ok for _, ok, _ in out["dry_run"])
    assert all("would create" in d for _, _, d in out["dry_run"])
    assert all(ok for _, ok in out["setup"]) and all(ok for _, ok in out["check"])
    assert out["found"] == ["ana@example.com", "bo@example.org"]
    assert out["ana_sequences"] == ["Outbound"]
    assert "bo.alt@example.org" in out["bo_emails"]
    assert out["marked"] == ["done", "done"]
    assert out["unenrolled"] == ("done", ["Outbound"])
    assert out["cleared"] == ["done", "done"]
    assert out["changes"] == [("bo@example.org", "refused")]
    assert out["ana_after"] == (None, ["Outbound"])


def _record() -> None:
    CASSETTES.mkdir(parents=True, exist_ok=True)
    with FakeHubSpot(search_lag=0.0) as fake:
        fake.add_contact("ana@example.com", sequences=["Outbound"], step=3,
                         sender="ae@seller.example", user_id="7001")
        fake.add_contact("bo@example.org", secondary=["bo.alt@example.org"])
        fake.add_contact("other@example.net")
        if CASSETTE.exists():
            CASSETTE.unlink()
        with _recorder(fake.url).use_cassette(str(CASSETTE)):
            assert_summary(scenario(_connector(fake.url, TOKEN)))


@pytest.fixture(scope="module")
def cassette() -> Path:
    if os.environ.get("BOUNCE_SYNC_RECORD") or not CASSETTE.exists():
        _record()
    return CASSETTE


def test_replay_every_operation_with_no_server(cassette):
    with _recorder(None).use_cassette(str(cassette)) as tape:
        out = scenario(_connector(PRODUCTION, "pat-na1-00000000-0000-0000-0000-00000000replay"))
        assert tape.all_played, "every recorded request was asked for again"
    assert_summary(out)


def test_replay_cannot_reach_the_network(cassette):
    conn = _connector(PRODUCTION, "pat-na1-00000000-0000-0000-0000-00000000replay")
    with _recorder(None).use_cassette(str(cassette)):
        with pytest.raises(vcr.errors.CannotOverwriteExistingCassetteException):
            conn._raw("unrecorded read", "GET", "/crm/v3/objects/contacts/does-not-exist")


def test_no_cassette_holds_a_secret(cassette):
    for path in CASSETTES.glob("*.yaml"):
        text = path.read_text()
        assert TOKEN not in text, path
        assert not TOKEN_LIKE.search(text), (path, TOKEN_LIKE.search(text))
        assert "authorization" not in text.lower(), path
        assert "127.0.0.1" not in text, path
