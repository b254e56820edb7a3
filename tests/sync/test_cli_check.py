"""`bounce-sync check` and `setup` as an admin reads them: one `ok` or `FAIL` line per item,
a `fix:` line under every failure naming the setting or the step, and a last line with the
count and the exit status. Run through the real executable on the local CRM."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.cli import LOCAL, bounce_sync

ITEM = re.compile(r"^(ok   |FAIL )\S")
FIX = re.compile(r"^     fix: \S")


def human(cfg: Path, *args: str, env: dict[str, str] | None = None):
    result = bounce_sync(cfg.parent, *args, "-c", str(cfg), "--log-format", "human", env=env)
    lines = result.stdout.rstrip("\n").splitlines()
    for before, line in zip(lines, lines[1:]):  # a fix line only ever follows a FAIL line
        if FIX.match(line):
            assert before.startswith("FAIL "), result.stdout
    *body, last = lines
    assert all(ITEM.match(line) or FIX.match(line) for line in body), result.stdout
    assert last.endswith(f"(exit status {result.returncode})"), result.stdout
    return result.returncode, body, last


def failures(body: list[str]) -> dict[str, str]:
    """FAIL line -> its fix line."""
    out = {}
    for i, line in enumerate(body):
        if line.startswith("FAIL "):
            assert i + 1 < len(body) and FIX.match(body[i + 1]), body  # every failure says its fix
            out[line] = body[i + 1]
    return out


def test_check_before_setup_names_the_failure_its_fix_and_exit_2(local_config):
    status, body, last = human(local_config, "check")
    assert status == 2
    items = [line for line in body if ITEM.match(line)]
    failed = failures(body)
    assert last == f"{len(failed)} of {len(items)} checks failed (exit status 2)"
    (line, fix), = failed.items()
    assert line.startswith("FAIL crm local: database") and "bounce-sync setup" in line
    assert "[crm] table in" in fix and str(local_config) in fix and "`bounce-sync setup`" in fix
    assert any(line.startswith("ok   state: reachable") for line in items)


def test_check_json_carries_exit_status_and_fixes(local_config):
    result = bounce_sync(local_config.parent, "check", "-c", str(local_config), "--log-format", "json")
    data = json.loads(result.stdout)
    assert result.returncode == 2 and data["exit_status"] == 2 and data["ok"] is False
    for item in data["items"]:
        assert (item["fix"] is None) == item["ok"], item


def test_check_passes_after_setup(local_config):
    assert bounce_sync(local_config.parent, "setup", "-c", str(local_config)).returncode == 0
    status, body, last = human(local_config, "check")
    assert status == 0 and not failures(body)
    assert last == f"all {len(body)} checks passed (exit status 0)"


def test_a_broken_mailbox_fix_names_its_table_and_the_others_still_run(local_config):
    local_config.write_text(LOCAL.replace("\n[crm]", '\n[[mailboxes]]\nname = "support"\nsource = "maildir"\n'
                                          'address = "support@acme.example"\npath = "no-such-folder"\n\n[crm]'))
    status, body, _ = human(local_config, "check")
    assert status == 2
    mailbox = {line: fix for line, fix in failures(body).items() if "mailbox support" in line}
    assert mailbox, body
    fix = next(iter(mailbox.values()))
    assert 'name = "support" (mailboxes[1])' in fix and "Maildir or a folder of .eml files" in fix
    assert any(line.startswith("ok   mailbox sales") for line in body)  # the others still checked
    assert any(line.startswith("FAIL crm local") for line in body)


def test_an_unreachable_state_database_says_so(local_config):
    local_config.write_text(LOCAL.replace('url = "sqlite:///state.sqlite3"', 'url = "env:T_STATE_URL"'))
    status, body, _ = human(local_config, "check",
                            env={"T_STATE_URL": "postgresql://postgres@127.0.0.1:9/none?connect_timeout=5"})
    assert status == 2
    state = {line: fix for line, fix in failures(body).items() if line.startswith("FAIL state")}
    (fix,) = state.values()
    assert "did not answer" in fix and "[state] url" in fix


def test_setup_dry_run_lists_items_says_nothing_changed_and_exit_0(local_config):
    status, body, last = human(local_config, "setup", "--dry-run")
    assert status == 0 and not failures(body)
    assert any("would create" in line for line in body)
    assert last.startswith("dry run: nothing was changed") and last.endswith("(exit status 0)")
    assert not (local_config.parent / "crm.sqlite3").exists()


def test_setup_dry_run_with_a_missing_csv_fails_with_the_setting(local_config):
    (local_config.parent / "contacts.csv").unlink()
    status, body, last = human(local_config, "setup", "--dry-run")
    assert status == 2
    (line, fix), = failures(body).items()
    assert line.startswith("FAIL import_csv") and "does not exist" in line
    assert "[crm] table in" in fix
    assert last == "dry run: nothing was changed; 1 item(s) cannot be set up as configured (exit status 2)"
    data = json.loads(bounce_sync(local_config.parent, "setup", "--dry-run", "-c", str(local_config),
                                  "--log-format", "json").stdout)
    assert data["exit_status"] == 2 and data["ok"] is False
    assert not (local_config.parent / "crm.sqlite3").exists()
