"""Issue 9 through the real CLI: a forged DSN naming 1,000 contacts and quoting one real
Message-ID changes none of them; `status` counts it, `explain` says why it was not trusted,
and `apply-unverified` lets a person apply one, recording who. A genuine bounce, matched to
the mailbox's sent folder, still acts (the positive control)."""

from __future__ import annotations

import json
import os
import subprocess
from email.message import EmailMessage
from pathlib import Path

from tests.cli import BIN, LOCAL_CRM_TOML, MAILDIR_MAILBOX_TOML, STATE_TOML
from tests.sync.trust_mail import dsn_many

CROWD = [f"lead{n}@crowd.example" for n in range(1000)]
CONFIG = STATE_TOML + MAILDIR_MAILBOX_TOML + 'sent_folder = "Sent"\n' + LOCAL_CRM_TOML


def cli(cwd: Path, *args: str) -> tuple[int, dict]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BOUNCE_SYNC")}
    done = subprocess.run([str(BIN), *args, "-c", str(cwd / "bounce-sync.toml"), "--log-format", "json"],
                          cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    lines = [json.loads(x) for x in done.stdout.splitlines() if x.startswith("{")]
    return done.returncode, (lines[-1] if lines else {"stderr": done.stderr})


def sent(n: int, to: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "Rep <rep@acme.example>", to, "Hello"
    msg["Message-ID"] = f"<real-{n}@acme.example>"
    msg.set_content("Hi")
    return msg.as_bytes()


def test_a_forged_dsn_for_1000_contacts_changes_none_and_a_person_can_apply_one(tmp_path):
    (tmp_path / "bounce-sync.toml").write_text(CONFIG)
    rows = ["email,owner,sequences", "pat@real.example,rep@acme.example,Outbound:2",
            "ana@example.com,rep@acme.example,Outbound:2",
            *(f"{a},rep@acme.example,Outbound:1" for a in CROWD)]
    (tmp_path / "contacts.csv").write_text("\n".join(rows) + "\n")
    for box in ("mail", "mail/Sent"):
        for sub in ("cur", "new", "tmp"):
            (tmp_path / box / sub).mkdir(parents=True)
    (tmp_path / "mail/Sent/cur/1:2,S").write_bytes(sent(1, "pat@real.example"))
    (tmp_path / "mail/Sent/cur/2:2,S").write_bytes(sent(2, "ana@example.com"))
    (tmp_path / "mail/new/forged").write_bytes(
        dsn_many(CROWD, original_id="real-1@acme.example", original_to="pat@real.example"))
    (tmp_path / "mail/new/genuine").write_bytes(
        dsn_many(["ana@example.com"], original_id="real-2@acme.example", own_id="dsn-2@mx.example.net"))

    status, summary = cli(tmp_path, "run")
    assert status == 0, summary
    assert summary["unverified"] == 1000 and summary["contacts_marked"] == 1

    _, listed = cli(tmp_path, "contacts", "list")
    touched = {c["email"] for c in listed["contacts"] if c["status"] or not c["sequences"]}
    assert touched == {"ana@example.com"}  # the genuine control only

    _, why = cli(tmp_path, "explain", "lead7@crowd.example", "--no-crm")
    [bounce] = why["bounces"]
    assert bounce["trust"]["trusted"] is False
    assert "was not sent to lead7@crowd.example" in bounce["trust"]["why"]

    status, applied = cli(tmp_path, "apply-unverified", "lead7@crowd.example", "--by", "maria")
    assert status == 0 and applied["marked"] == 1, applied
    _, listed = cli(tmp_path, "contacts", "list")
    lead7 = next(c for c in listed["contacts"] if c["email"] == "lead7@crowd.example")
    assert lead7["status"] == "bounced" and lead7["sequences"] == []
    _, why = cli(tmp_path, "explain", "lead7@crowd.example", "--no-crm")
    assert any("applied by maria" in (e.get("why") or "") for e in why["later"]), why["later"]
