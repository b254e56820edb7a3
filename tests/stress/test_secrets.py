"""No secret anywhere: the whole pipeline through the real CLI with known fake secrets (the
HubSpot private-app token; the Gmail refresh token, client secret and the access tokens the
fake issues; the Salesforce password, security token and session ids), with faults that
cause retries, token refreshes, re-logins and failed runs; then every byte the runs left is
scanned: stdout and stderr (human and JSON logs, with and without --debug), the exception
texts of failed runs, run reports and everything else in the state store (the SQLite file
and its WAL, read raw), `status` output, the metrics file, and every cassette in the repo.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from tests.e2e.harness import E2E

pytestmark = pytest.mark.timeout(180)

ROOT = Path(__file__).resolve().parents[2]
SEQ = {"Q4 Outbound": 3}


def _collect(e2e: E2E, found: set[str]) -> None:
    """Every secret the command was given or the fakes handed out so far."""
    found.update(s for s in e2e.secrets() if s)
    found.update(e2e.gmail.issued_tokens())
    fake = getattr(e2e.crm, "fake", None)
    for session in getattr(fake, "sessions", ()):
        found.add(session)


def _scan(texts: dict[str, str], secrets: set[str]) -> list[str]:
    leaks = []
    for where, text in texts.items():
        for secret in secrets:
            if len(secret) >= 8 and secret in text:
                leaks.append(f"{where}: {secret[:6]}...")
    return leaks


@pytest.mark.parametrize("crm", ["hubspot", "salesforce"])
def test_no_secret_in_any_output_report_state_or_metrics(tmp_path, crm):
    with E2E(tmp_path, crm, policy={"bounce_rate_threshold": 1.0}) as e2e:
        secrets: set[str] = set()
        texts: dict[str, str] = {}
        fake = e2e.crm.fake
        ana, bo, cy, dee = e2e.add_contacts(4, sequences=SEQ)
        e2e.deliver([(ana, "hard"), (bo, "soft"), (cy, "nodomain"), (dee, "sender")])

        # Faults that make the clients retry, refresh and log in again.
        e2e.gmail.faults.fail_next("expired_token")
        e2e.gmail.faults.fail_next("rate_limit")
        e2e.gmail.faults.fail_next("server_error")
        fake.faults.retry_after = 0.2
        # The fake renders faults as REST JSON, which Salesforce's SOAP login never answers.
        fake.faults.exempt = re.compile(fake.faults.exempt.pattern + r"|/services/Soap/")
        fake.faults.fail_next("rate_limit")
        fake.faults.fail_next("server_error")
        if crm == "salesforce":
            fake.faults.fail_next("expired_token")
        metrics = tmp_path / "metrics.prom"
        edited = False
        for n, (fmt, debug) in enumerate([("json", True), ("human", True), ("json", False),
                                          ("human", False)]):
            args = ["run", "--metrics-file", str(metrics)] + (["--debug"] if debug else [])
            done = e2e.invoke(*args, log_format=fmt)
            assert done.returncode in (0, 1, 3), done.stderr[-3000:]
            texts[f"run{n} {fmt} stdout"] = done.stdout
            texts[f"run{n} {fmt} stderr"] = done.stderr
            _collect(e2e, secrets)
            if not edited and e2e.state(ana).status == "bounced":
                ana = e2e.edit_email(ana, "ana.fixed@prospects.example")  # watcher path too
                e2e.crm.settle()
                edited = True
        assert e2e.state(ana).sequences == {"Q4 Outbound": 1}  # the pipeline really ran

        # Failed runs: their exception texts (with --debug, tracebacks) are output too.
        if crm == "hubspot":
            good = fake.token
            fake.token = "pat-na1-rotated-00000000"  # the stored token no longer works
            failed = e2e.invoke("run", "--debug", log_format="human")
            fake.token = good
        else:
            fake.expire_sessions()
            fake.passwords.clear()  # the password was changed in Salesforce
            failed = e2e.invoke("run", "--debug", log_format="human")
        assert failed.returncode == 2, failed.stderr[-2000:]
        texts["auth failure stderr"] = failed.stderr
        texts["auth failure stdout"] = failed.stdout
        e2e.gmail.revoke_refresh_token()
        revoked = e2e.invoke("run", "--debug", log_format="json")
        assert revoked.returncode == 2, revoked.stderr[-2000:]
        texts["revoked gmail stderr"] = revoked.stderr
        texts["revoked gmail stdout"] = revoked.stdout

        for fmt in ("human", "json"):
            status = e2e.invoke("status", log_format=fmt)
            assert status.returncode == 0, status.stderr
            texts[f"status {fmt}"] = status.stdout + status.stderr
        check = e2e.invoke("check", log_format="human")
        texts["check"] = check.stdout + check.stderr
        _collect(e2e, secrets)

        texts["metrics file"] = metrics.read_text()
        db = tmp_path / "bounce-sync.sqlite3"
        conn = sqlite3.connect(db)
        reports = [r[0] for r in conn.execute("SELECT report FROM runs")]
        conn.close()
        assert len(reports) >= 3
        texts["run reports"] = "\n".join(reports)
        for path in sorted(tmp_path.iterdir()):
            if path.is_file():  # the state store (raw, WAL included), locks, logs
                texts[f"file {path.name}"] = path.read_bytes().decode("latin-1")

        assert len(secrets) >= 4
        assert any(s.startswith("ya29.") for s in secrets)  # refreshed access tokens
        leaks = _scan(texts, secrets)
        assert not leaks, leaks
        # The scan can fail: a secret in a text is found.
        assert _scan({"probe": f"x {sorted(secrets)[0]} y"}, secrets)


# Values a cassette may hold only as REDACTED.
_CASSETTE_PATTERNS = [
    re.compile(r"(?i)authorization:\s*(?!Bearer REDACTED|REDACTED)\S+"),
    re.compile(r'"(access_token|refresh_token|client_secret|id_token)":\s*"(?!REDACTED)[^"]+'),
    re.compile(r"(client_secret|refresh_token|password|assertion|client_assertion)=(?!REDACTED)[^&\s']+"),
    re.compile(r"<(?:\w+:)?(password|sessionId)>(?!REDACTED)[^<]+<"),
    re.compile(r"pat-na1-[0-9a-f-]{8,}|ya29\.[\w-]{8,}|1//0[\w-]{8,}|GOCSPX-[\w-]{8,}|00D\w{12,15}!AQ[\w.]{8,}"),
]


def test_no_secret_in_any_cassette():
    cassettes = sorted((ROOT / "cassettes").rglob("*.yaml")) + sorted((ROOT / "tests").rglob("*cassette*/*.yaml"))
    assert cassettes, "no cassettes found"
    from tests.e2e.crm_backends import SF_CONSUMER_SECRET, SF_PASSWORD, SF_SECURITY_TOKEN
    from tests.fakes.hubspot import TOKEN

    known = [TOKEN, SF_PASSWORD, SF_SECURITY_TOKEN, SF_CONSUMER_SECRET]
    leaks = []
    for path in cassettes:
        text = path.read_text(encoding="utf-8", errors="replace")
        leaks += [f"{path.relative_to(ROOT)}: {s[:6]}..." for s in known if s in text]
        for rx in _CASSETTE_PATTERNS:
            leaks += [f"{path.relative_to(ROOT)}: {m.group(0)[:40]}" for m in rx.finditer(text)]
    assert not leaks, leaks
    # The patterns can fail.
    assert _CASSETTE_PATTERNS[1].search('"access_token": "ya29.a0AfH6"')
    assert not _CASSETTE_PATTERNS[1].search('"access_token": "REDACTED"')
