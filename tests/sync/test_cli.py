"""The CLI's own behaviour: commands that need no mailbox, logging, redaction, metrics.
The full runs on the embedded demo live in tests/e2e/."""

from __future__ import annotations

import io
import json
import logging
from datetime import datetime, timezone

import pytest

from sync import logs, metrics
from sync.errors import AuthError, StateError
from tests.cli import LOCAL, TOKEN, bounce_sync, parse_prometheus


# --------------------------------------------------------------------------- commands


def test_connectors_lists_every_entry_point_and_says_whether_it_loads(tmp_path):
    result = bounce_sync(tmp_path, "connectors", "--log-format", "json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)["connectors"]
    names = {(r["group"], r["name"]) for r in rows}
    assert ("bounce_sync.crm_connectors", "local") in names
    assert ("bounce_sync.mail_sources", "gmail") in names
    local = next(r for r in rows if r["name"] == "local")
    assert local["loads"] is True
    for row in rows:  # a connector that does not import is a warning, not a failure
        if not row["loads"]:
            assert row["name"] in result.stderr


def test_contacts_list_edit_resend_on_local_crm(local_config):
    cwd = local_config.parent
    listed = bounce_sync(cwd, "contacts", "list", "--config", str(local_config), "--log-format", "json")
    assert listed.returncode == 0, listed.stderr
    contacts = json.loads(listed.stdout)["contacts"]
    expected = sum(1 for _ in (cwd / "contacts.csv").open()) - 1
    assert len(contacts) == expected  # the first use created the DB and imported the CSV
    marco = next(c for c in contacts if c["email"] == "marco.bellini@example.org")
    assert marco["sequences"] == [{"name": "Q4 Outbound", "step": 3}]

    bounced = bounce_sync(cwd, "contacts", "list", "--bounced", "-c", str(local_config), "--log-format", "json")
    assert json.loads(bounced.stdout)["contacts"] == []

    edit = bounce_sync(cwd, "contacts", "edit", "marco.bellini@example.org", "--email", "marco@bellini.example",
                       "-c", str(local_config), "--log-format", "human")
    assert edit.returncode == 0, edit.stderr
    after = json.loads(bounce_sync(cwd, "contacts", "list", "-c", str(local_config), "--log-format", "json").stdout)
    assert "marco@bellini.example" in {c["email"] for c in after["contacts"]}

    missing = bounce_sync(cwd, "contacts", "edit", "nobody@example.org", "--email", "x@example.org",
                          "-c", str(local_config), "--log-format", "human")
    assert missing.returncode == 2 and "no contact" in missing.stderr and "Traceback" not in missing.stderr

    bad = bounce_sync(cwd, "contacts", "edit", "marco@bellini.example", "--email", "not an address",
                      "-c", str(local_config), "--log-format", "human")
    assert bad.returncode == 2 and "not an email address" in bad.stderr

    resend = bounce_sync(cwd, "contacts", "resend", "marco@bellini.example", "-c", str(local_config))
    assert resend.returncode == 0, resend.stderr


def test_contacts_refuses_a_non_local_crm(local_config, tmp_path):
    local_config.write_text(LOCAL.replace('connector = "local"\npath = "crm.sqlite3"\nimport_csv = "contacts.csv"',
                                          'connector = "hubspot"\ntoken = "env:T_HS"'))
    result = bounce_sync(tmp_path, "contacts", "list", "-c", str(local_config), "--log-format", "human",
                         env={"T_HS": TOKEN})
    assert result.returncode == 2
    assert "crm.connector" in result.stderr and "local CRM only" in result.stderr
    assert TOKEN not in result.stdout + result.stderr


def test_setup_dry_run_changes_nothing_then_setup_creates(local_config):
    cwd = local_config.parent
    dry = bounce_sync(cwd, "setup", "--dry-run", "-c", str(local_config), "--log-format", "json")
    assert dry.returncode == 0, dry.stderr
    assert json.loads(dry.stdout)["dry_run"] is True
    assert not (cwd / "crm.sqlite3").exists()
    real = bounce_sync(cwd, "setup", "-c", str(local_config), "--log-format", "human")
    assert real.returncode == 0, real.stderr
    assert (cwd / "crm.sqlite3").exists()
    assert "imported" in real.stdout


def test_a_bug_exits_4_in_one_line_and_the_run_leaves_its_trace(local_config, capsys):
    """An internal error is neither work left (1) nor a setting (2): its own status, 4, in
    one line, and the run is still summed up, stored and in the metrics file. In process:
    the block stands for a command's body that meets a bug."""
    from sync.cli.app import Exit, failure, start_command
    from sync.cli.trace import traced

    cwd = local_config.parent
    assert failure(KeyError("x"))[0] == 4 and failure(StateError("x", "down", "wait", transient=True))[0] == 1
    metrics_file = str(cwd / "m.prom")
    settings = start_command(str(local_config), "json", False, metrics_file=metrics_file)
    try:
        with pytest.raises(Exit) as ended:
            with traced(settings, mode="run", metrics_file=metrics_file) as trace:
                trace.open_store(trace.load())
                {}["a bug"]
    finally:
        logging.getLogger().handlers = [h for h in logging.getLogger().handlers
                                        if not getattr(h, "_bounce_sync", False)]
    assert ended.value.status == 4
    out, err = capsys.readouterr()
    summary = json.loads(out)
    assert summary["exit_status"] == 4 and summary["error"].startswith("internal error: ")
    [line] = [json.loads(x) for x in err.splitlines() if "internal error" in x]
    assert line["level"] == "critical" and "--debug" in line["msg"]
    assert "bounce_sync_last_run_exit_status 4" in (cwd / "m.prom").read_text()
    stored = bounce_sync(cwd, "status", "-c", str(local_config), "--log-format", "json")
    last = json.loads(stored.stdout)["last_run"]
    assert last["exit_status"] == 4 and last["error"].startswith("internal error: ")


def test_usage_error_exits_2(tmp_path):
    result = bounce_sync(tmp_path, "backfill", "--since", "last tuesday", "-c", "x.toml")
    assert result.returncode == 2
    assert "YYYY-MM-DD" in result.stderr


# --------------------------------------------------------------------------- logging


@pytest.fixture
def captured():
    stream = io.StringIO()
    logger = logs.setup("json", stream=stream)
    yield logger, stream
    logging.getLogger().handlers = [h for h in logging.getLogger().handlers
                                    if not getattr(h, "_bounce_sync", False)]


def test_json_logs_parse_and_redact_registered_secrets(captured):
    from sync.secret import Secret

    logger, stream = captured
    logs.register_secrets([Secret(TOKEN, "env:T")])
    logger.info("calling with %s", TOKEN, extra={"mailbox": "sales"})
    logger.warning("header Authorization: Bearer ya29.a0AfH6SMBxyz123456 sent")
    logger.error("url https://oauth2.googleapis.com/token?refresh_token=1//0gabc&client_secret=GOCSPX-zz")
    logger.error("body {\"access_token\": \"ya29.zzzzzzzz\", \"expires_in\": 3599}")
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert len(lines) == 4
    assert lines[0]["level"] == "info" and lines[0]["mailbox"] == "sales"
    text = stream.getvalue()
    for leaked in (TOKEN, "ya29.a0AfH6SMBxyz123456", "1//0gabc", "GOCSPX-zz", "ya29.zzzzzzzz"):
        assert leaked not in text
    assert text.count(logs.REDACTED) >= 5


def test_sync_errors_are_one_line_without_traceback(captured):
    logger, stream = captured
    try:
        raise AuthError("refresh token revoked", setting="mailboxes[0].credentials")
    except AuthError:
        logger.error("gmail failed", exc_info=True)
    entry = json.loads(stream.getvalue())
    assert entry["error"] == "refresh token revoked (fix: mailboxes[0].credentials)"
    assert "traceback" not in entry and "Traceback" not in stream.getvalue()


def test_human_format_with_debug_shows_traceback():
    stream = io.StringIO()
    logger = logs.setup("human", debug=True, stream=stream)
    try:
        raise ValueError("boom")
    except ValueError:
        logger.error("failed", exc_info=True)
    assert "Traceback" in stream.getvalue() and "boom" in stream.getvalue()


def test_metrics_render_parses_and_carries_labels(tmp_path):
    report = {"messages_scanned": 12, "bounces_hard": 3, "waiting": 0, "dry_run": False, "exit_status": 3,
              "alerts": [{"mailbox": 'sa"les\n', "kind": "sender"}, {"mailbox": "sales", "kind": "sender"}],
              "mailboxes": {"sales": {"messages_scanned": 12}},
              "started_at": "2026-11-20T12:00:00+00:00", "finished_at": "2026-11-20T12:00:01.500000+00:00"}
    path = tmp_path / "out" / "bounce_sync.prom"
    metrics.write(path, metrics.render(report, exit_status=3))
    parsed = parse_prometheus(path.read_text())
    assert parsed["bounce_sync_run_messages_scanned"] == {"": 12, '{mailbox="sales"}': 12}
    assert parsed["bounce_sync_run_bounces_hard"][""] == 3
    assert parsed["bounce_sync_run_alerts"]['{mailbox="sales",kind="sender"}'] == 1
    assert parsed["bounce_sync_run_alerts"]['{mailbox="sa\\"les\\n",kind="sender"}'] == 1
    assert parsed["bounce_sync_last_run_duration_seconds"][""] == 1.5
    assert parsed["bounce_sync_last_run_exit_status"][""] == 3
    assert parsed["bounce_sync_last_run_timestamp_seconds"][""] == datetime(
        2026, 11, 20, 12, 0, 1, 500000, tzinfo=timezone.utc).timestamp()
    assert [p.name for p in path.parent.iterdir()] == ["bounce_sync.prom"]  # no temp file left


def test_metrics_write_replaces_atomically(tmp_path):
    path = tmp_path / "m.prom"
    path.write_text("old\n")
    metrics.write(path, "# TYPE x gauge\nx 1\n")
    assert path.read_text() == "# TYPE x gauge\nx 1\n"
