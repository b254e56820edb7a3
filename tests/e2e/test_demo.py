"""End to end on the embedded demo (examples/bounce-sync.toml: Maildir + local CRM), through
the installed `bounce-sync` command in a subprocess, on a fresh copy of examples/ each test."""

from __future__ import annotations

import json
import re
import os
import shutil
import subprocess
import time
import sys
from pathlib import Path

import pytest

from tests.cli import parse_prometheus

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
BIN = Path(sys.executable).with_name("bounce-sync")


_BOUNCE = """\
From: Mail Delivery System <MAILER-DAEMON@mx.acme.example>
To: rep@acme.example
Subject: Undelivered Mail Returned to Sender
Date: Thu, 19 Nov 2026 10:00:0{n} +0000
Message-ID: <bounce{n}@mx.acme.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B"

--B
Content-Type: text/plain

<{to}>: host mx said: 550 5.1.1 User unknown

--B
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.acme.example

Final-Recipient: rfc822; {to}
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <{to}>: Recipient address rejected: User unknown

--B
Content-Type: text/rfc822-headers

From: rep@acme.example
To: {to}
Subject: Hello
Message-ID: <orig{n}@acme.example>

--B--
"""
_SENT = "From: rep@acme.example\nTo: {to}\nSubject: Hello\nMessage-ID: <orig{n}@acme.example>\n\nHi\n"
_AUTO_REPLY = ("From: olivia.grant@example.com\nTo: rep@acme.example\nSubject: Out of office\n"
               "Auto-Submitted: auto-replied\nMessage-ID: <ooo@example.com>\n\nI am away until Monday.\n")


def _write_demo_mail(folder: Path) -> None:
    """Stand-in for examples/mail should a checkout lack it (it ships in the repo): two hard
    bounces answering mail the mailbox sent, and an auto-reply."""
    for sub in ("", ".Sent"):
        for part in ("new", "cur", "tmp"):
            (folder / sub / part).mkdir(parents=True, exist_ok=True)
    for n, to in enumerate(("marco.bellini@example.org", "tom.harris@oldcorp.example.net"), start=1):
        (folder / "new" / f"bounce{n}.eml").write_text(_BOUNCE.format(n=n, to=to))
        (folder / ".Sent" / "cur" / f"sent{n}.eml").write_text(_SENT.format(n=n, to=to))
    (folder / "new" / "ooo.eml").write_text(_AUTO_REPLY)


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    """A fresh copy of the demo, without generated files; returns the config path."""
    target = tmp_path / "examples"
    shutil.copytree(EXAMPLES, target, ignore=shutil.ignore_patterns("*.sqlite3*", "*.lock", "*.prom"))
    if not (target / "mail").exists():
        _write_demo_mail(target / "mail")
    _delivered_lately(target / "mail")
    return target / "bounce-sync.toml"


def _delivered_lately(mail: Path) -> None:
    """The demo's Maildir names carry fixed delivery stamps (Nov 2026), which are its messages'
    dates (connectors/maildir/spool.received_at); the CLI reads the real clock. So the copy's
    stamps (and file times) keep their spacing but end eight days before the clock the CLI
    will read, as a user running the quick start finds them: `status`'s 30-day figures hold
    whatever today's date (and under faketime), and the bounce-rate alert's 7-day window
    holds none of them, so the first run exits 0 as the README says."""
    files = [p for p in mail.rglob("*") if p.is_file() and p.name.split(".", 1)[0].isdigit()
             and p.parent.name in ("new", "cur")]
    if not files:
        return
    shift = int(time.time()) - 8 * 86400 - max(int(p.name.split(".", 1)[0]) for p in files)
    for path in files:
        stamp, rest = path.name.split(".", 1)
        at = int(stamp) + shift
        moved = path.rename(path.with_name(f"{at}.{rest}"))
        os.utime(moved, (at, at))


def bs(config: Path, *args: str, fmt: str = "json") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BOUNCE_SYNC")}
    return subprocess.run([str(BIN), *args, "--config", str(config), "--log-format", fmt],
                          cwd=config.parent, env=env, capture_output=True, text=True, timeout=120)


def run(config: Path, *args: str) -> tuple[int, dict]:
    result = bs(config, "run", *args)
    assert result.returncode in (0, 1, 3), result.stderr
    for line in result.stderr.splitlines():  # JSON logs: every line parses
        json.loads(line)
    lines = result.stdout.splitlines()
    assert len(lines) == 1, result.stdout
    summary = json.loads(lines[0])
    assert summary["event"] == "summary"
    assert summary["exit_status"] == result.returncode  # the documented status is the exit status
    return result.returncode, summary


def contacts(config: Path, *args: str) -> list[dict]:
    result = bs(config, "contacts", "list", *args)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["contacts"]


def test_quick_start_flow_mark_edit_reenroll_then_quiet(demo):
    before = {c["email"]: c for c in contacts(demo)}

    status, first = run(demo)
    assert first["bounces_hard"] > 0
    assert first["contacts_marked"] > 0 and first["unenrolled"] > 0
    assert first["failed"] == 0 and first["waiting"] == 0
    bounced = contacts(demo, "--bounced")
    hard = [c for c in bounced if c["status"] == "bounced"]
    assert hard, bounced
    for contact in hard:
        assert contact["sequences"] == []  # unenrolled
        assert contact["reason"] and contact["bounced_address"] and contact["bounced_at"]
        assert before[contact["email"]]["sequences"]  # it was in a sequence before

    victim = hard[0]
    removed_from = {s["name"] for s in before[victim["email"]]["sequences"]}
    fixed = "fixed." + victim["email"].split("@")[0] + "@example.org"
    edit = bs(demo, "contacts", "edit", victim["email"], "--email", fixed)
    assert edit.returncode == 0, edit.stderr

    _, second = run(demo)
    assert second["reenrolled"] >= 1
    assert second["contacts_marked"] == 0 and second["unenrolled"] == 0
    now = {c["email"]: c for c in contacts(demo)}[fixed]
    assert now["status"] is None
    assert {s["name"] for s in now["sequences"]} == removed_from
    assert all(s["step"] == 1 for s in now["sequences"])  # from the first step

    third_status, third = run(demo)
    for key in ("messages_scanned", "contacts_marked", "unenrolled", "reenrolled", "cleared", "failed"):
        assert third[key] == 0, (key, third)
    assert third_status in (0, 3)  # 3 only while a sender alert is still within its window


def test_edit_to_a_known_bad_address_is_refused(demo):
    run(demo)
    # Hard bounces only: an address escalated by soft bounces (mailbox full) is not one
    # known to hard-bounce, so editing to it re-enrolls rather than refuses.
    hard = [c for c in contacts(demo, "--bounced") if c["status"] == "bounced" and c["hard"]]
    assert len(hard) >= 2, "the demo mail must hard-bounce at least two contacts"
    first, second = hard[0], hard[1]
    edit = bs(demo, "contacts", "edit", first["email"], "--email", second["bounced_address"])
    assert edit.returncode == 0, edit.stderr
    _, report = run(demo)
    assert report["refused"] == 1 and report["reenrolled"] == 0
    refused = {c["id"]: c for c in contacts(demo)}[first["id"]]
    assert refused["status"] == "refused" and refused["sequences"] == []


def test_dry_run_plans_and_changes_nothing(demo):
    assert bs(demo, "setup").returncode == 0
    before = contacts(demo)
    status, report = run(demo, "--dry-run")
    assert report["dry_run"] is True
    kinds = {a["kind"] for a in report["planned"]}
    assert "MarkBounced" in kinds and "Unenroll" in kinds
    assert contacts(demo) == before
    # and the real run afterwards still finds everything to do
    _, real = run(demo)
    assert real["contacts_marked"] == sum(1 for a in report["planned"] if a["kind"] == "MarkBounced")


def test_human_dry_run_prints_planned_actions(demo):
    assert bs(demo, "setup").returncode == 0
    result = bs(demo, "run", "--dry-run", fmt="human")
    assert result.returncode in (0, 1, 3), result.stderr
    assert "(dry run)" in result.stdout and "MarkBounced" in result.stdout
    assert contacts(demo, "--bounced") == []


def test_metrics_file_parses(demo, tmp_path):
    path = tmp_path / "metrics" / "bounce_sync.prom"
    status, report = run(demo, "--metrics-file", str(path))
    parsed = parse_prometheus(path.read_text())
    assert parsed["bounce_sync_run_contacts_marked"][""] == report["contacts_marked"]
    assert parsed["bounce_sync_run_messages_scanned"][""] == report["messages_scanned"]
    assert parsed["bounce_sync_last_run_exit_status"][""] == status


def test_status_after_a_run(demo):
    run(demo)
    result = bs(demo, "status")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert "sales" in data["mailboxes"]
    assert sum(data["bounces_by_reason_30d"].values()) > 0
    human = bs(demo, "status", fmt="human")
    assert "sales" in human.stdout and "CRM actions:" in human.stdout
    # Plain words: no Python values, no bare dashes, reasons in words with the code in brackets.
    assert "False" not in human.stdout and "True" not in human.stdout and "None" not in human.stdout
    assert not re.search(r": -$", human.stdout, re.M)
    assert "not paused" in human.stdout
    assert "Mailbox does not exist [userunknown]" in human.stdout


def test_check_passes_on_the_demo(demo):
    assert bs(demo, "setup").returncode == 0
    result = bs(demo, "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert json.loads(result.stdout)["ok"] is True


def test_a_second_run_while_one_holds_the_lock_exits_1(demo):
    from sync import config as config_mod
    from sync.store import open_store

    cfg = config_mod.load(demo)
    store = open_store(cfg.state_url_text(), base_dir=cfg.base_dir)
    try:
        with store.run_lock():
            result = bs(demo, "run", fmt="human")
    finally:
        store.close()
    assert result.returncode == 1, result.stdout + result.stderr
    assert "another run is in progress" in result.stderr
    assert "Traceback" not in result.stderr
    assert contacts(demo, "--bounced") == []  # it did nothing


def test_readme_walk_through(demo, tmp_path):
    """README "Walk-through on the demo", command by command, with what the README says each
    one shows (the quick start's run first)."""
    priya, marco = "priya.raman@example.com", "marco.bellini@example.org"
    assert run(demo)[0] == 0
    bounced = contacts(demo, "--bounced")
    assert all(c["sequences"] == [] for c in bounced if c["status"] == "bounced")
    assert {c["status"] for c in bounced} == {"bounced", "soft_bounced"}  # --bounced lists both

    why = json.loads(bs(demo, "explain", priya).stdout)
    [bounce] = why["bounces"]
    assert bounce["reason"] == "userunknown" and bounce["trust"]["trusted"] is True

    assert bs(demo, "contacts", "edit", marco, "--email", "marco@bellini.example").returncode == 0
    _, fixed = run(demo)
    assert (fixed["cleared"], fixed["reenrolled"]) == (1, 1)

    undo = bs(demo, "undo", priya, "--by", "alice", fmt="human")
    assert undo.returncode == 0, undo.stderr
    # The local CRM re-enrolls at the saved step (HubSpot and Salesforce only at step one).
    assert "back in Webinar follow-up at step 2" in undo.stdout
    now = {c["email"]: c for c in contacts(demo)}
    assert now[priya]["status"] is None
    assert [(s["name"], s["step"]) for s in now[priya]["sequences"]] == [("Webinar follow-up", 2)]
    assert [(s["name"], s["step"]) for s in now["marco@bellini.example"]["sequences"]] == [("Q4 Outbound", 1)]
    later = json.loads(bs(demo, "explain", priya).stdout)["later"]
    assert any(e["kind"] == "undo" and "alice" in e["why"] for e in later)

    status, quiet = run(demo)
    assert status == 0 and quiet["messages_scanned"] == 0 and quiet["contacts_marked"] == 0
    assert bs(demo, "status").returncode == 0
    html, sheet = tmp_path / "report.html", tmp_path / "suppression.csv"
    report = bs(demo, "report", "--days", "3650", "--html", str(html), "--csv", str(sheet))
    assert report.returncode == 0 and html.exists() and sheet.exists(), report.stderr
    assert priya not in sheet.read_text()  # undone: no longer known to bounce

    shutil.copy(demo.parent / "later" / "sending-limit-notice.eml", demo.parent / "mail" / "new")
    status, alert = run(demo)
    assert status == 3 and alert["bounces_sender"] == 1 and alert["contacts_marked"] == 0
    words = bs(demo, "report", "--days", "3650", fmt="human").stdout
    assert "1 message was refused because of the sending mailbox itself" in words
