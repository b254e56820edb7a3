"""HubSpotConnector replayed from a vcrpy cassette: every operation (setup dry run and real,
check, find_contacts with a secondary address and an enrolled contact, MarkBounced, Flag,
Unenroll through the workflow, ClearBounce, Reenroll, bounced_changes), recorded against the
fake with production URLs and no token, replayed with `record_mode="none"` and no server.

Re-record: BOUNCE_SYNC_RECORD=1 .venv/bin/pytest tests/connectors/hubspot/test_cassettes.py -q
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest
import vcr
import vcr.errors

from connectors.hubspot import HubSpotConnector
from sync.secret import Secret
from tests.connectors.hubspot.harness import assert_summary, scenario
from tests.fakes.hubspot import TOKEN, FakeHubSpot

CASSETTES = Path(__file__).resolve().parents[3] / "cassettes" / "hubspot"
CASSETTE = CASSETTES / "operations.yaml"
PRODUCTION = "https://api.hubapi.com"
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
