"""Issue 9 through the real CLI: a forged DSN naming 1,000 contacts and quoting one real
Message-ID changes none of them; `status` counts it, `explain` says why it was not trusted,
and `apply-unverified` lets a person apply one, recording who. A genuine bounce, matched to
the mailbox's sent folder, still acts (the positive control). Forged replies never clear a
hard bounce, on each CRM (fake HubSpot, fake Salesforce, local CRM); a genuine one does."""

from __future__ import annotations

import json
import os
import subprocess
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

import pytest

from tests.cli import BIN, LOCAL_CRM_TOML, MAILDIR_MAILBOX_TOML, STATE_TOML
from tests.e2e.harness import CRMS, E2E
from tests.e2e.mailer import MAILBOX, Sent
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


# --------------------------------------------------------------------------- forged replies

SEQ = {"Q4 Outbound": 3}


def answer(e2e: E2E, sender: str, replying_to: Sent | None = None, *, own: str = "",
           planted: str = "") -> str:
    """Mail From `sender` into the fake Gmail, answering `replying_to` (its In-Reply-To and
    References; None: it names nothing). `own` is the Authentication-Results Gmail puts on
    top of mail it receives (after Google's own documentation of the header, RFC 8601);
    `planted` is one the writer put among the message's own headers."""
    at = datetime.now(timezone.utc)
    msg = EmailMessage()
    if planted:
        msg["Authentication-Results"] = planted
    msg["From"], msg["To"] = sender, MAILBOX
    msg["Subject"] = "Re: " + (replying_to.subject if replying_to else "Hello")
    msg["Date"] = format_datetime(at)
    msg["Message-ID"] = make_msgid(domain="mail.example.com")
    if replying_to is not None:
        msg["In-Reply-To"] = msg["References"] = replying_to.message_id
    msg.set_content("Hi Sam, Tuesday works for me.\n")
    top = f"Authentication-Results: {own}\r\n".encode() if own else b""
    return e2e.gmail.add_message(MAILBOX, top + bytes(msg), labels=("INBOX", "UNREAD"),
                                 thread_id=replying_to.gmail_id if replying_to else None,
                                 internal_date=int(at.timestamp() * 1000))


@pytest.mark.timeout(180)
@pytest.mark.parametrize("crm", CRMS)
def test_forged_replies_never_clear_a_hard_bounce_and_a_genuine_one_does(crm, tmp_path):
    # Gmail's default query: ordinary mail reaches the worker as headers only (From, the
    # auto-reply headers, In-Reply-To, References, Authentication-Results), never a body.
    with E2E(tmp_path / crm, crm, mailbox_settings={"search_lag_seconds": 0}) as e2e:
        ana = e2e.add_contact("ana@prospects.example", SEQ)
        bo = e2e.add_contact("bo@partner.example", SEQ)
        cy = e2e.add_contact("cy@prospects.example", SEQ)
        days_ago = datetime.now(timezone.utc) - timedelta(days=3)
        to_both = e2e.mail.send(f"{ana.email}, {bo.email}", at=days_ago)  # Ana and Bo got it
        to_bo = e2e.mail.send(bo.email, at=days_ago)
        to_cy = e2e.mail.send(cy.email, at=days_ago)  # Cy got this one
        e2e.mail.bounce(ana.email, "hard", days_ago=1)
        e2e.mail.bounce(cy.email, "hard", days_ago=1)
        first = e2e.run()
        assert (first["contacts_marked"], first["unenrolled"]) == (2, 2), first.summary

        answer(e2e, ana.email)  # a From header alone
        answer(e2e, ana.email, to_bo)  # a real Message-ID, sent to Bo
        answer(e2e, cy.email, to_bo)  # the same, in Cy's name
        # Bo, a co-recipient, knows to_both's id; Gmail finds no DMARC pass for Ana's domain,
        # so he plants one below Gmail's header.
        answer(e2e, ana.email, to_both, own="mx.google.com; dmarc=none header.from=prospects.example",
               planted="mx.google.com; dmarc=pass header.from=prospects.example")
        second = e2e.run()
        assert (second["cleared"], second["flagged"], second["reenrolled"]) == (0, 2, 0), second.summary
        for who in (ana, cy):
            e2e.assert_contact(who, status="bounced", sequences={}, note_contains="not cleared")
            why = e2e.invoke("explain", who.email, "--no-crm")
            assert json.loads(why.stdout.splitlines()[-1])["known_bad"] is not None, why.stdout
        e2e.assert_contact(bo, untouched=True)

        # Positive controls: Cy answers the mail she alone got; Ana answers the group mail
        # and Gmail authenticated her domain.
        answer(e2e, cy.email, to_cy)
        answer(e2e, ana.email, to_both, own="mx.google.com; dkim=pass header.i=@prospects.example; "
                                            "dmarc=pass (p=NONE) header.from=prospects.example")
        third = e2e.run()
        assert (third["cleared"], third["flagged"], third["reenrolled"]) == (2, 0, 0), third.summary
        for who in (ana, cy):
            state = e2e.assert_contact(who, status=None, sequences={})  # a reply ends sequences
            assert "replied" in (state.note or ""), state
            why = e2e.invoke("explain", who.email, "--no-crm")
            assert json.loads(why.stdout.splitlines()[-1])["known_bad"] is None, why.stdout
