"""The real `bounce-sync` executable on a Maildir (.eml folder) and the local CRM: backfill,
watch, reclassify, retry, alerts and mailbox resume. Each test drives the commands the way
cron or a person would and reads their JSON output."""

from __future__ import annotations

import json
import os
import pty
import sqlite3
import subprocess
import threading
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from sync.planner import Plan
from sync.store import LedgerEntry, open_store
from tests.cli import BIN, bounce_sync
from tests.sync.helpers import dsn

pytestmark = pytest.mark.timeout(120)

MARCO, PRIYA, LENA = "marco.bellini@example.org", "priya.raman@example.com", "lena.schulz@example.net"
BLOCKED = ("550 5.7.26 This mail is unauthenticated, which poses a security risk to the sender "
           "and Gmail users, and has been blocked. The sender must authenticate with at least "
           "one of SPF or DKIM")


def deliver(cfg: Path, name: str, raw: bytes, *, age_days: float = 0) -> Path:
    path = cfg.parent / "mail" / f"{name}.eml"
    path.write_bytes(raw)
    if age_days:
        stamp = time.time() - age_days * 86400
        os.utime(path, (stamp, stamp))
    return path


def cli(cfg: Path, *args: str) -> tuple[int, dict]:
    """Run a command with JSON output; (exit status, the last JSON object on stdout)."""
    result = bounce_sync(cfg.parent, *args, "--config", str(cfg), "--log-format", "json")
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines, (result.returncode, result.stdout, result.stderr)
    return result.returncode, json.loads(lines[-1])


def contacts(cfg: Path) -> dict[str, dict]:
    return {c["email"]: c for c in cli(cfg, "contacts", "list")[1]["contacts"]}


# --------------------------------------------------------------------------- backfill


def test_backfill_since_reads_old_mail_from_that_date_on(local_config):
    cfg = local_config
    assert cli(cfg, "run")[0] == 0  # the mailbox is read (empty): its cursor is saved
    deliver(cfg, "old", dsn(MARCO), age_days=40)
    deliver(cfg, "recent", dsn(PRIYA, msgid="o2@acme.example"), age_days=10)
    since = (datetime.now(timezone.utc) - timedelta(days=20)).date().isoformat()
    status, summary = cli(cfg, "backfill", "--since", since)
    assert status == 0, summary
    assert (summary["mode"], summary["bounces_hard"], summary["contacts_marked"]) == ("backfill", 1, 1)
    people = contacts(cfg)
    assert people[PRIYA]["status"] == "bounced" and people[MARCO]["status"] is None
    # Again: what the ledger holds is skipped.
    again = cli(cfg, "backfill", "--since", since)[1]
    assert (again["messages_scanned"], again["contacts_marked"]) == (0, 0)


def test_backfill_rejects_a_bad_date_with_status_2(local_config):
    result = bounce_sync(local_config.parent, "backfill", "--since", "last tuesday", "-c", str(local_config))
    assert result.returncode == 2 and "YYYY-MM-DD" in (result.stderr + result.stdout)


def test_backfill_shows_a_progress_bar_on_a_terminal(local_config):
    cfg = local_config
    for n in range(3):
        deliver(cfg, f"b{n}", dsn(f"nobody{n}@example.org", msgid=f"o{n}@acme.example"), age_days=2)
    leader, follower = pty.openpty()
    chunks: list[bytes] = []

    def read() -> None:
        while True:
            try:
                data = os.read(leader, 4096)
            except OSError:  # the terminal closed with the process
                return
            if not data:
                return
            chunks.append(data)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    env = {k: v for k, v in os.environ.items() if not k.startswith("BOUNCE_SYNC")}
    proc = subprocess.run([str(BIN), "backfill", "--since", "2000-01-01", "-c", str(cfg)],
                          cwd=cfg.parent, env=env, stdout=subprocess.PIPE, stderr=follower,
                          text=True, timeout=120)
    os.close(follower)
    reader.join(timeout=10)
    os.close(leader)
    terminal = b"".join(chunks).decode("utf-8", "replace")
    assert proc.returncode == 0, terminal
    assert "backfill: 3 messages read" in terminal, terminal  # rich's bar, counted per message
    # Log lines are drawn above the bar: the bar's line is cleared first, never written over.
    for text in ("setup: import_csv", "mailbox sales page: 3 messages"):
        at = terminal.index(text)
        assert terminal[:at].endswith("\r\x1b[2K"), terminal
    assert "bounce-sync backfill" in proc.stdout  # stdout is not a terminal here: the human summary lines


# --------------------------------------------------------------------------- watch


def test_watch_alone_reenrolls_a_fixed_address_and_reads_no_mail(local_config):
    cfg = local_config
    deliver(cfg, "m1", dsn(MARCO))
    assert cli(cfg, "run")[1]["contacts_marked"] == 1
    assert contacts(cfg)[MARCO]["sequences"] == []
    assert bounce_sync(cfg.parent, "contacts", "edit", MARCO, "--email", "marco@bellini.example",
                       "-c", str(cfg)).returncode == 0
    deliver(cfg, "m2", dsn(PRIYA, msgid="o2@acme.example"))  # watch must not read it
    status, summary = cli(cfg, "watch")
    assert status == 0, summary
    assert (summary["mode"], summary["messages_scanned"], summary["reenrolled"], summary["cleared"]) == (
        "watch", 0, 1, 1)
    people = contacts(cfg)
    assert people["marco@bellini.example"]["status"] is None
    assert people["marco@bellini.example"]["sequences"] == [{"name": "Q4 Outbound", "step": 1}]
    assert people[PRIYA]["status"] is None
    assert cli(cfg, "watch")[1]["reenrolled"] == 0  # handled once


def test_watch_dry_run_plans_and_changes_nothing(local_config):
    cfg = local_config
    deliver(cfg, "m1", dsn(MARCO))
    cli(cfg, "run")
    bounce_sync(cfg.parent, "contacts", "edit", MARCO, "--email", "marco@bellini.example", "-c", str(cfg))
    status, summary = cli(cfg, "watch", "--dry-run")
    assert status == 0 and {p["kind"] for p in summary["planned"]} == {"ClearBounce", "Reenroll"}
    assert contacts(cfg)["marco@bellini.example"]["status"] == "bounced"


# --------------------------------------------------------------------------- reclassify


def test_reclassify_acts_on_a_message_recorded_unclassifiable(local_config):
    cfg = local_config
    assert cli(cfg, "run")[0] == 0  # creates the store and the CRM
    # A message an older classifier could not read (recorded with its bytes, as the worker
    # records a classifier failure); today's classifier reads it.
    store = open_store("sqlite:///state.sqlite3", base_dir=cfg.parent)
    try:
        store.record_page(crm="local", plan=Plan(), now=datetime.now(timezone.utc), entries=[LedgerEntry(
            mailbox="sales", message_id="old-1.eml", status="unclassifiable", classification=None,
            error="ValueError: older classifier", raw=dsn(LENA), received_at=datetime.now(timezone.utc))])
    finally:
        store.close()
    assert cli(cfg, "status")[1]["unclassifiable"] == 1
    dry = cli(cfg, "reclassify", "--dry-run")[1]
    assert {p["kind"] for p in dry["planned"]} == {"MarkBounced", "Unenroll"}
    assert contacts(cfg)[LENA]["status"] is None
    status, summary = cli(cfg, "reclassify")
    assert status == 0, summary
    assert (summary["mode"], summary["unclassifiable"], summary["contacts_marked"], summary["unenrolled"]) == (
        "reclassify", 0, 1, 1)
    assert any("1 now classified" in n for n in summary["notes"])
    assert contacts(cfg)[LENA]["status"] == "bounced"
    assert cli(cfg, "status")[1]["unclassifiable"] == 0
    assert cli(cfg, "reclassify")[1]["contacts_marked"] == 0  # nothing left to try


# --------------------------------------------------------------------------- retry


def test_retry_applies_failed_outbox_items_after_the_crm_is_fixed(local_config):
    cfg = local_config
    cli(cfg, "run")
    crm = sqlite3.connect(cfg.parent / "crm.sqlite3")
    # The CRM refuses every contact update (as a validation rule would): the actions fail.
    crm.execute("CREATE TRIGGER refuse BEFORE UPDATE ON contacts BEGIN "
                "SELECT RAISE(ABORT, 'validation rule: contact locked'); END")
    crm.commit()
    deliver(cfg, "m1", dsn(MARCO))
    status, summary = cli(cfg, "run")
    assert status == 1 and summary["failed"] >= 1, summary
    outbox = cli(cfg, "status")[1]["outbox"]
    assert outbox["failed"] >= 1 and contacts(cfg)[MARCO]["status"] is None
    cli(cfg, "run")  # a later run does not retry failed items by itself
    assert cli(cfg, "status")[1]["outbox"]["failed"] == outbox["failed"]
    crm.execute("DROP TRIGGER refuse")
    crm.commit()
    crm.close()
    status, summary = cli(cfg, "retry")
    assert status == 0, summary
    assert (summary["mode"], summary["contacts_marked"], summary["unenrolled"], summary["failed"]) == (
        "retry", 1, 1, 0)
    assert any("queued again" in n for n in summary["notes"])
    assert cli(cfg, "status")[1]["outbox"]["failed"] == 0
    marco = contacts(cfg)[MARCO]
    assert (marco["status"], marco["sequences"]) == ("bounced", [])


# --------------------------------------------------------------------------- alerts, resume


def test_a_sender_alert_exits_3_once_stays_open_and_is_acknowledged(local_config):
    cfg = local_config
    deliver(cfg, "s1", dsn(PRIYA, status="5.7.26", diag=BLOCKED))
    assert cli(cfg, "run")[0] == 3
    status, summary = cli(cfg, "run")  # nothing new: no second page
    assert status == 0 and summary["alerts"] == []
    [open_alert] = cli(cfg, "status")[1]["mailboxes"]["sales"]["open_alerts"]
    assert open_alert["kind"] == "sender"
    assert [a["mailbox"] for a in cli(cfg, "alerts", "list")[1]["open"]] == ["sales"]
    assert cli(cfg, "alerts", "ack", "--mailbox", "other")[1]["acknowledged"] == 0
    assert cli(cfg, "alerts", "ack", "--mailbox", "sales")[1]["acknowledged"] == 1
    assert cli(cfg, "alerts", "list")[1]["open"] == []
    assert cli(cfg, "status")[1]["mailboxes"]["sales"]["open_alerts"] == []
    assert contacts(cfg)[PRIYA]["status"] is None  # the recipient was never at fault


def test_mailbox_resume_after_a_pause_by_policy(local_config):
    cfg = local_config
    cfg.write_text(cfg.read_text().replace("[policy]\n", "[policy]\npause_mailbox_on_sender_alert = true\n"))
    deliver(cfg, "s1", dsn(PRIYA, status="5.7.26", diag=BLOCKED))
    assert cli(cfg, "run")[0] == 3
    assert cli(cfg, "status")[1]["mailboxes"]["sales"]["paused"] is True
    deliver(cfg, "m1", dsn(MARCO, msgid="o2@acme.example"))
    paused_run = cli(cfg, "run")[1]
    assert paused_run["messages_scanned"] == 0 and any("paused" in n for n in paused_run["notes"])
    status, out = cli(cfg, "mailbox", "resume", "sales")
    assert status == 0 and out["was_paused"]
    assert cli(cfg, "status")[1]["mailboxes"]["sales"]["paused"] is False
    assert cli(cfg, "run")[1]["contacts_marked"] == 1
    assert cli(cfg, "mailbox", "resume", "sales")[1]["was_paused"] is None  # idempotent
    unknown = bounce_sync(cfg.parent, "mailbox", "resume", "nope", "-c", str(cfg), "--log-format", "human")
    assert unknown.returncode == 2 and "no mailbox named 'nope'" in unknown.stderr
