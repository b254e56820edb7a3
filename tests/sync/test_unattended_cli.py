"""Issue 10, "Runs unattended", through the real `bounce-sync` executable: a broken mailbox
fails alone, every run leaves its trace (summary, metrics file, stored run), a CRM lacking
our fields exits 2 with "run `bounce-sync setup`", state-store errors are one line and exit
2 (PostgreSQL not answering: 1, in `run` and `check`), a bad import CSV stops the run before
any mail is read."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from sync.store import open_store
from tests.cli import LOCAL, ROOT, bounce_sync
from tests.e2e.crm_backends import HubSpotBackend
from tests.e2e.harness import E2E, ENV_GMAIL
from tests.sync.conftest import backend_url
from tests.sync.helpers import dsn

TWO_MAILDIRS = LOCAL + """
[[mailboxes]]
name = "support"
source = "maildir"
address = "help@acme.example"
path = "mail2"
"""


def deliver(folder: Path, name: str, raw: bytes) -> None:
    (folder / "new").mkdir(parents=True, exist_ok=True)
    (folder / "cur").mkdir(exist_ok=True)
    (folder / "tmp").mkdir(exist_ok=True)
    (folder / "new" / name).write_bytes(raw)


def status_of(cwd: Path, config: Path) -> dict:
    done = bounce_sync(cwd, "status", "-c", str(config), "--log-format", "json")
    return json.loads(done.stdout)


def contact(cwd: Path, config: Path, email: str) -> dict:
    listed = bounce_sync(cwd, "contacts", "list", "-c", str(config), "--log-format", "json")
    return next(c for c in json.loads(listed.stdout)["contacts"] if c["email"] == email)


@pytest.fixture
def two_maildirs(tmp_path: Path) -> Path:
    shutil.copy(ROOT / "examples" / "contacts.csv", tmp_path / "contacts.csv")
    shutil.rmtree(tmp_path / "mail", ignore_errors=True)
    deliver(tmp_path / "mail", "1.eml", dsn("marco.bellini@example.org"))
    config = tmp_path / "bounce-sync.toml"
    config.write_text(TWO_MAILDIRS)
    return config


# --------------------------------------------------------------------------- isolation


def test_a_missing_maildir_folder_fails_alone_naming_its_key_and_the_fix(two_maildirs):
    cwd = two_maildirs.parent  # mail2 does not exist
    done = bounce_sync(cwd, "run", "-c", str(two_maildirs), "--log-format", "human",
                       "--metrics-file", str(cwd / "m.prom"))
    assert done.returncode == 2, done.stdout + done.stderr
    assert "mailbox support: mailboxes[1].path:" in done.stderr and "does not exist" in done.stderr
    assert "Fix: create the Maildir" in done.stderr
    assert "PROBLEM mailbox support: mailboxes[1].path" in done.stdout
    assert "contacts: 1 marked" in done.stdout  # the other mailbox was read and applied
    assert contact(cwd, two_maildirs, "marco.bellini@example.org")["status"] == "bounced"
    assert "bounce_sync_last_run_exit_status 2" in (cwd / "m.prom").read_text()
    boxes = status_of(cwd, two_maildirs)["mailboxes"]
    assert "mailboxes[1].path" in boxes["support"]["last_error"] and boxes["support"]["error_since"]
    assert boxes["sales"]["last_error"] is None and boxes["sales"]["last_ok_at"]


def test_a_revoked_gmail_token_fails_its_mailbox_alone(tmp_path):
    with E2E(tmp_path, "local", mailboxes=("one@seller.example", "two@seller.example")) as e2e:
        ana = e2e.add_contact("ana@prospects.example")
        e2e.mailers["two@seller.example"].bounce(ana.email, "hard")
        token = json.loads(e2e._env[ENV_GMAIL.format(n=0)])["refresh_token"]
        e2e.gmail.revoke_refresh_token(token)
        done = e2e.invoke("run", "--metrics-file", str(tmp_path / "m.prom"))
        assert done.returncode == 2, done.stderr
        summary = json.loads(done.stdout)
        [problem] = summary["problems"]
        assert problem["part"] == "mailbox mbox0" and "mailboxes[0].credentials" in problem["message"]
        assert summary["contacts_marked"] == 1 and summary["exit_status"] == 2
        e2e.assert_contact(ana, status="bounced", sequences={})
        assert "bounce_sync_last_run_exit_status 2" in (tmp_path / "m.prom").read_text()
        for secret in e2e.secrets():
            assert secret not in done.stdout + done.stderr


# --------------------------------------------------------------------------- every run's trace


def test_a_run_that_fails_before_reading_leaves_its_trace(tmp_path, local_config):
    cwd = local_config.parent
    assert bounce_sync(cwd, "run", "-c", str(local_config)).returncode == 0  # a good run first
    local_config.write_text(LOCAL + '\n[[mailboxes]]\nname = "g"\nsource = "gmail"\n'
                                    'address = "g@acme.example"\ncredentials = "env:NOT_SET_HERE"\n')
    metrics = cwd / "m.prom"
    done = bounce_sync(cwd, "run", "-c", str(local_config), "--log-format", "json",
                       "--metrics-file", str(metrics))
    assert done.returncode == 2
    summary = json.loads(done.stdout)
    assert summary["event"] == "summary" and summary["exit_status"] == 2
    assert "NOT_SET_HERE" in summary["error"]
    assert "bounce_sync_last_run_exit_status 2" in metrics.read_text()
    local_config.write_text(LOCAL)
    last = status_of(cwd, local_config)["last_run"]
    assert last["exit_status"] == 2 and "NOT_SET_HERE" in last["error"]


# --------------------------------------------------------------------------- loud failures


class NoPropertiesHubSpot(HubSpotBackend):
    """HubSpot before `bounce-sync setup`: our contact properties do not exist."""

    def setup(self) -> None:
        pass


def test_hubspot_without_our_properties_exits_2_with_run_setup_every_time(tmp_path):
    with E2E(tmp_path, NoPropertiesHubSpot()) as e2e:
        ana = e2e.add_contact("ana@prospects.example")
        e2e.mail.bounce(ana.email, "hard")
        for _ in range(2):  # not "exit 1 then 0": every run says it until it is fixed
            done = e2e.invoke("run", "--metrics-file", str(tmp_path / "m.prom"))
            assert done.returncode == 2, done.stderr
            assert "run `bounce-sync setup`" in done.stderr
            summary = json.loads(done.stdout)
            assert summary["failed"] == 0 and summary["waiting"] >= 1, summary  # nothing lost
        HubSpotBackend.setup(e2e.crm)  # what `bounce-sync setup` installs
        assert e2e.run().status == 0
        e2e.assert_contact(ana, status="bounced", reason="userunknown")


def test_a_corrupt_state_file_is_one_line_and_exit_2(local_config):
    cwd = local_config.parent
    (cwd / "state.sqlite3").write_bytes(b"this is not a database, it was overwritten" * 100)
    done = bounce_sync(cwd, "run", "-c", str(local_config), "--log-format", "human",
                       "--metrics-file", str(cwd / "m.prom"))
    assert done.returncode == 2, done.stderr
    [line] = done.stderr.strip().splitlines()
    assert f"state store {cwd / 'state.sqlite3'}: the file is corrupt" in line
    assert "Fix: restore" in line and "internal error" not in line
    assert "bounce_sync_last_run_exit_status 2" in (cwd / "m.prom").read_text()


def test_a_read_only_state_file_is_one_line_and_exit_2(local_config):
    cwd = local_config.parent
    assert bounce_sync(cwd, "run", "-c", str(local_config)).returncode == 0
    state = cwd / "state.sqlite3"
    for extra in ("state.sqlite3-wal", "state.sqlite3-shm"):
        (cwd / extra).unlink(missing_ok=True)
    made = subprocess.run(["chattr", "+i", str(state)], capture_output=True)
    if made.returncode:
        pytest.skip(f"cannot make a file read-only for root here: {made.stderr!r}")
    try:
        done = bounce_sync(cwd, "run", "-c", str(local_config), "--log-format", "human")
    finally:
        subprocess.run(["chattr", "-i", str(state)], check=True)
    assert done.returncode == 2, done.stderr
    assert f"state store {state}: the file is read-only" in done.stderr
    assert "Fix: give the user that runs bounce-sync write access" in done.stderr
    assert "internal error" not in done.stderr


def test_postgresql_not_answering_is_transient_in_run_and_check(local_config):
    cwd = local_config.parent
    local_config.write_text(LOCAL.replace('url = "sqlite:///state.sqlite3"',
                                          'url = "env:STATE_URL"'))
    env = {"STATE_URL": "postgresql://bounce:s3cret-pw@127.0.0.1:9/bounce"}
    assert bounce_sync(cwd, "setup", "-c", str(local_config), env=env).returncode == 0
    ran = bounce_sync(cwd, "run", "-c", str(local_config), "--log-format", "human", env=env)
    checked = bounce_sync(cwd, "check", "-c", str(local_config), "--log-format", "human", env=env)
    assert (ran.returncode, checked.returncode) == (1, 1), ran.stderr + checked.stdout
    assert "state store postgresql://bounce@127.0.0.1:9/bounce: the server cannot be reached" in ran.stderr
    for out in (ran.stdout, ran.stderr, checked.stdout, checked.stderr):
        assert "s3cret-pw" not in out


# --------------------------------------------------------------------------- pages

# Loaded by the command's interpreter (PYTHONPATH): the first exit handler registered runs
# last, so this is a kill landing while the process exits, after everything it does on the
# way out (the fault the kill harness's random kills found: tests/stress/test_kill_anywhere.py).
_KILLED_WHILE_EXITING = """\
import atexit, os, signal
atexit.register(lambda: os.kill(os.getpid(), signal.SIGKILL))
"""


def test_a_kill_while_a_run_exits_3_never_loses_its_page(tmp_path):
    """Finding 5: an alert is paged once a run has exited 3 with it. A run marks its alerts
    paged as its very last act; marking them earlier (then closing the store, exit handlers,
    the interpreter's teardown) left a window in which a kill recorded them paged though no
    run exited 3 with them, and every later run exited 0."""
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(_KILLED_WHILE_EXITING)
    with E2E(tmp_path / "e2e", "local") as e2e:
        ana = e2e.add_contact("ana@prospects.example")
        assert e2e.run().status == 0
        e2e.mail.bounce(ana.email, "sender")  # Gmail's sending-limit notice: an alert
        argv, env = e2e.command("run")
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(hook), env.get("PYTHONPATH")]))
        killed = subprocess.run(argv, cwd=e2e.folder, env=env, capture_output=True, text=True,
                                timeout=60)
        [alert] = json.loads(killed.stdout)["alerts"]  # said before the end, whatever the end
        paged = [killed.returncode] if killed.returncode == 3 else []
        after = e2e.run()
        if after.status == 3:
            paged.append(3)
            assert [a["message_id"] for a in after.summary["alerts"]] == [alert["message_id"]]
        assert paged == [3], (killed.returncode, after.status, killed.stderr)  # paged once
        assert e2e.run().status == 0


# --------------------------------------------------------------------------- leases


@pytest.mark.postgres
def test_a_dead_workers_lease_shows_in_status_and_the_metrics(local_config):
    """A lease held by a worker that is gone is never silent: the run that meets it says so
    (exit 1, the gauge), and `status` names the holder and that it is gone, and lists a lease
    left expired without being released. PostgreSQL: on SQLite a run takes the run lock and
    with it every lease a dead run left (sync/store/database.py `run_lock`)."""
    cwd = local_config.parent
    local_config.write_text(LOCAL.replace('url = "sqlite:///state.sqlite3"', 'url = "env:STATE_URL"'))
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    dead = f"{socket.gethostname()}:{gone.pid}"
    with backend_url("postgresql") as url:
        env = {"STATE_URL": url}
        assert bounce_sync(cwd, "run", "-c", str(local_config), env=env).returncode == 0
        now = datetime.now(timezone.utc)  # the command reads the real clock
        store = open_store(url, base_dir=cwd)
        try:
            assert store.claim("mailbox:sales", owner=dead, now=now, seconds=300)
            ran = bounce_sync(cwd, "run", "-c", str(local_config), "--log-format", "human",
                              "--metrics-file", str(cwd / "m.prom"), env=env)
            # A worker that froze holding the watcher's lease: it expired, never released.
            assert store.claim("watcher:local", owner="w9.example:7",
                               now=now - timedelta(hours=1), seconds=300)
        finally:
            store.close()
        assert ran.returncode == 1, ran.stdout + ran.stderr
        assert "bounce_sync_run_stale_leases 1" in (cwd / "m.prom").read_text()
        human = bounce_sync(cwd, "status", "-c", str(local_config), "--log-format", "human",
                            env=env).stdout
        data = json.loads(bounce_sync(cwd, "status", "-c", str(local_config), "--log-format",
                                      "json", env=env).stdout)
    assert f"mailbox:sales: held by {dead} for " in human
    assert "that worker is no longer running on this host" in human
    assert f"problem: mailbox sales (mailboxes[0]): not read: its lease is held by {dead}" in human
    assert [(h["name"], h["holder_gone"]) for h in data["leases"]] == [
        ("mailbox:sales", "is no longer running on this host")]
    assert "watcher:local: expired, never released by w9.example:7" in human
    assert data["expired_leases"] == [{"name": "watcher:local", "owner": "w9.example:7"}]


# --------------------------------------------------------------------------- local CRM


def test_a_bad_import_csv_line_stops_the_run_before_any_mail_is_read(local_config):
    cwd = local_config.parent
    good = (cwd / "contacts.csv").read_text()
    (cwd / "contacts.csv").write_text(good + "not-an-address,X,Y,Z,rep@acme.example,,\n")
    deliver(cwd / "mail", "1.eml", dsn("marco.bellini@example.org"))
    for _ in range(2):  # the second run must not read the mail against an empty CRM
        done = bounce_sync(cwd, "run", "-c", str(local_config), "--log-format", "json")
        assert done.returncode == 2, done.stderr
        assert "crm.import_csv" in done.stderr and "no mail was read" in done.stderr
        assert json.loads(done.stdout)["messages_scanned"] == 0
    (cwd / "contacts.csv").write_text(good)
    fixed = bounce_sync(cwd, "run", "-c", str(local_config), "--log-format", "json")
    assert fixed.returncode == 0, fixed.stderr
    assert json.loads(fixed.stdout)["contacts_marked"] == 1  # nothing was lost
    assert contact(cwd, local_config, "marco.bellini@example.org")["status"] == "bounced"
