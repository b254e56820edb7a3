"""GmailSource replayed from vcrpy cassettes (no server running), and every Gmail cassette
scanned for secrets.

The cassette is recorded against the fake Gmail (token refresh, getProfile, messages.list,
batch messages.get, history.list, messages.list, batch get), with every URL rewritten to
Google's hosts and every credential scrubbed, so the replay runs the source with its
production defaults. The cassette comes from the fake, so it is no evidence of what Google
answers; re-recording (against the fake, or against a real account with the scrubbing
checked) is one command each, in cassettes/README.md.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
import vcr

from connectors.gmail import GmailSource
from sync.secret import Secret
from tests.connectors.gmail.harness import ADDRESS, dsn, ordinary, sent
from tests.contracts.mail import bounce, drain
from tests.fakes.gmail import FakeGmail

CASSETTES = Path(__file__).resolve().parents[3] / "cassettes" / "gmail"
FETCH = CASSETTES / "fetch.yaml"
REDACTED = "REDACTED"
SECRET_PATTERNS = [
    re.compile(r"ya29\.[\w-]+"),  # Google access tokens
    re.compile(r"1//[\w-]{10,}"),  # Google refresh tokens
    re.compile(r"GOCSPX-[\w-]+"),  # OAuth client secrets
    re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----"),
    re.compile(r"(?i)bearer\s+(?!REDACTED)[\w.-]{8,}"),
    re.compile(r"(?i)(access_token|refresh_token|client_secret|assertion)[\"']?\s*[:=]\s*[\"']?(?!REDACTED)[\w.-]{8,}"),
]
TOKEN_FIELDS = ("access_token", "refresh_token", "id_token", "client_secret")
FORM_FIELDS = ("refresh_token", "client_secret", "client_id", "assertion")


def _google_uri(uri: str) -> str:
    """Loopback fake -> Google's hosts, so cassettes look (and replay) like production."""
    parts = urlsplit(uri)
    if parts.hostname not in ("127.0.0.1", "localhost"):
        return uri
    host = "oauth2.googleapis.com" if parts.path == "/token" else "gmail.googleapis.com"
    return urlunsplit(("https", host, parts.path, parts.query, ""))


def scrub_request(request):
    request.uri = _google_uri(request.uri)
    body = request.body
    if body:
        text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
        text = re.sub(r"(?i)(authorization:\s*bearer\s+)\S+", rf"\g<1>{REDACTED}", text)  # batch parts
        text = re.sub(rf"(?<![\w])({'|'.join(FORM_FIELDS)})=[^&\s]+", rf"\g<1>={REDACTED}", text)
        request.body = text.encode()
    return request


def scrub_response(response):
    body = response["body"].get("string", b"")
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    if text.lstrip().startswith("{"):
        try:
            data = json.loads(text)
        except ValueError:
            data = None
        if isinstance(data, dict) and any(k in data for k in TOKEN_FIELDS):
            for key in TOKEN_FIELDS:
                if key in data:
                    data[key] = REDACTED
            text = json.dumps(data)
    response["body"]["string"] = text.encode()
    return response


def recorder(mode: str) -> vcr.VCR:
    return vcr.VCR(
        cassette_library_dir=str(CASSETTES), record_mode=mode,
        # Bodies (random batch boundaries) and queries (after:<epoch>) change between runs;
        # requests on the same path replay in recorded order.
        match_on=("method", "scheme", "host", "port", "path"),
        filter_headers=["authorization"], before_record_request=scrub_request,
        before_record_response=scrub_response, decode_compressed_response=True)


def _record(tmp_path: Path) -> list[str]:
    """Record FETCH; returns the secrets that were in play, for the scan."""
    real = os.environ.get("GMAIL_CREDENTIALS")
    with FakeGmail() as fake:
        if real:
            settings = {"address": os.environ["GMAIL_ADDRESS"], "credentials": real}
        else:
            info = fake.authorized_user(ADDRESS)
            settings = {"address": ADDRESS, "credentials": Secret(json.dumps(info), "env:GMAIL_TEST"),
                        "api_endpoint": fake.url}
            fake.add_sent(ADDRESS, sent(1))
            fake.add_message(ADDRESS, ordinary(1))
            fake.add_message(ADDRESS, bounce(1))
        CASSETTES.mkdir(parents=True, exist_ok=True)
        FETCH.unlink(missing_ok=True)
        with recorder("all").use_cassette(FETCH.name):
            source = GmailSource(settings, base_dir=tmp_path)
            _, cursor = drain(source, None)
            if not real:
                fake.add_message(ADDRESS, dsn(2, quoting="sent-1@sender.example"))
            drain(source, cursor)
            source.sent_messages(["sent-1@sender.example"])  # the worker's sent lookup
        return fake.issued_tokens() + (_file_secrets(Path(real)) if real else [])


def _file_secrets(path: Path) -> list[str]:
    """The secret values of a real token file (each must stay out of the cassette)."""
    info = json.loads(path.read_text())
    return [str(info[k]) for k in ("refresh_token", "client_secret", "client_id", "token", "private_key",
                                   "private_key_id") if info.get(k)]


@pytest.fixture(scope="module")
def cassette(tmp_path_factory) -> Path:
    if os.environ.get("BOUNCE_SYNC_RECORD") == "1" or not FETCH.exists():
        secrets = _record(tmp_path_factory.mktemp("rec"))
        text = FETCH.read_text()
        leaked = [s for s in secrets if len(s) > 8 and s in text]
        assert not leaked, "a credential reached the cassette"
    return FETCH


def test_replay_without_a_server(cassette, tmp_path):
    # Dummy credentials: bodies are not matched, and nothing may leave the machine.
    info = {"type": "authorized_user", "client_id": "replay.apps.googleusercontent.com",
            "client_secret": "replay", "refresh_token": "replay"}
    source = GmailSource({"address": ADDRESS, "credentials": Secret(json.dumps(info), "env:X")},
                         base_dir=tmp_path)
    with recorder("none").use_cassette(cassette.name) as tape:
        first, cursor = drain(source, None)
        assert len(first) == 1 and b"Delivery Status Notification" in first[0].raw
        new, _ = drain(source, cursor)
        assert len(new) == 1 and b"Undelivered Mail Returned to Sender" in new[0].raw
        found = source.sent_messages(["sent-1@sender.example"])  # the sent lookup, replayed
        assert found["sent-1@sender.example"].recipients == {"lead1@example.com"}
        assert tape.all_played
    hosts = {urlsplit(r.uri).hostname for r in tape.requests}
    assert hosts == {"oauth2.googleapis.com", "gmail.googleapis.com"}
    assert any(r.path == "/batch/gmail/v1" for r in tape.requests)


def test_no_cassette_holds_a_secret(cassette):
    files = sorted(CASSETTES.glob("*.yaml"))
    assert files
    for path in files:
        text = path.read_text()
        for pattern in SECRET_PATTERNS:
            found = pattern.search(text)
            assert found is None, f"{path.name}: looks like a secret: {found.group(0)[:12]}..."


def test_scanner_catches_unscrubbed_tokens():
    sample = 'Authorization: Bearer ya29.a0AfB_byC1234567890\n{"refresh_token": "1//0gabcdefghijklmnop"}'
    assert all(any(p.search(line) for p in SECRET_PATTERNS) for line in sample.splitlines())
    assert not any(p.search("Authorization: Bearer REDACTED") for p in SECRET_PATTERNS)
