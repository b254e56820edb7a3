"""Our relay not resolving, through the worker (sync/planner/relay.py): a Maildir with its sent
folder, the real classifier, the real local CRM and the real state store (SQLite and
PostgreSQL). A send whose smarthost name does not resolve marks no prospect; the bounces stay
in the history for a person; the relay alert is raised once and, while open, holds a lone
later bounce naming the host; once acknowledged, a lone bounce is hard again."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from sync.apply_unverified import apply_unverified
from sync.policy import Policy
from sync.undo import undo
from sync.worker import Mailbox, run_once
from tests.classifier.review_notices14_layouts import sendmail
from tests.sync.helpers import Clock, contacts, local_crm

SENDGRID = "smtp.sendgrid.net"
PROSPECTS = ("k.lindqvist@nordhavn-tech.se", "d.fischer@ostwind-bau.de", "e.rossi@pietra-serena.it")
LATER = ("m.keller@harborline-freight.com", "j.ortiz@alder-ridge.com")
CSV = "email,owner,sequences\n" + "".join(f"{a},rep@acme.example,Outbound:2\n" for a in PROSPECTS + LATER)
UNKNOWN = f"Host unknown (Name server: {SENDGRID}: host not found)"


def _notice(name: str, addresses: tuple[str, ...]) -> bytes:
    """Sendmail's one notice for a message to `addresses`, its SMART_HOST not resolving: every
    recipient "550 5.1.2 <a>... Host unknown (Name server: smtp.sendgrid.net: host not found)"
    (review 14's savemail.c layout; review dns63's SM_DNS source)."""
    return sendmail(name, [(f"<{a}>", UNKNOWN, None) for a in addresses],
                    [(a, None, "5.1.2", f"550 5.1.2 {UNKNOWN}") for a in addresses], to=", ".join(addresses),
                    transcript="\n".join(f"550 5.1.2 <{a}>... {UNKNOWN}" for a in addresses), host="mail.example.com")


def _sent(spool: Path, name: str, addresses: tuple[str, ...]) -> None:
    """The original in the mailbox's sent folder: the evidence the bounces answer our mail."""
    (spool / f".Sent/cur/{name}.sent:2,S").write_bytes(
        (f"From: seller@example.com\r\nTo: {', '.join(addresses)}\r\n"
         f"Message-ID: <review14-{name}@example.com>\r\n\r\nHello\r\n").encode())


@pytest.fixture
def crm(tmp_path: Path, clock: Clock):
    c = local_crm(tmp_path, CSV, clock=clock.crm_time)
    yield c
    c.close()


def _mailbox(tmp_path: Path, crm, store, clock):
    """The seller's Maildir (with its Sent folder) and a run of the worker over it."""
    from connectors.maildir import MaildirSource

    spool = tmp_path / "mail"
    for sub in ("new", "cur", "tmp", ".Sent/new", ".Sent/cur", ".Sent/tmp"):
        (spool / sub).mkdir(parents=True, exist_ok=True)
    source = MaildirSource({"address": "seller@example.com", "path": "mail", "sent_folder": "Sent",
                            "settle_seconds": 0}, base_dir=tmp_path)

    def run():
        clock.advance(minutes=5)
        return run_once(mailboxes=[Mailbox(name="rep", source=source)], crm=crm, store=store,
                        policy=Policy(), clock=clock, worker_id="w1")
    return spool, run


def test_a_send_through_a_smarthost_that_does_not_resolve(crm, store, clock, tmp_path):
    spool, run = _mailbox(tmp_path, crm, store, clock)

    _sent(spool, "send1", PROSPECTS)
    (spool / "new/1.dsn").write_bytes(_notice("send1", PROSPECTS))
    report = run()
    assert (report.bounces_hard, report.unverified, report.contacts_marked, report.unenrolled) == (3, 3, 0, 0)
    [alert] = report.alerts
    assert alert.reason == f"relay:{SENDGRID}" and report.exit_status() == 3
    assert f"3 recipients in 3 domains failed on host {SENDGRID}" in alert.message
    people = contacts(crm)
    assert all(people[a]["status"] is None and people[a]["sequences"] for a in PROSPECTS)
    assert [(b["outcome"], b["reason"]) for b in store.address_bounces(PROSPECTS[0])] == [("unverified", "hostunknown")]
    assert [a.reason for a in store.open_alerts("rep")] == [f"relay:{SENDGRID}"]

    # A later run: the send's straggler alone, while the alert is open: held, not raised again.
    _sent(spool, "send2", LATER[:1])
    (spool / "new/2.dsn").write_bytes(_notice("send2", LATER[:1]))
    later = run()
    assert (later.unverified, later.contacts_marked, later.alerts) == (1, 0, [])
    assert contacts(crm)[LATER[0]]["status"] is None

    # Acknowledged (the relay fixed): a lone bounce naming the host is read as the classifier reads it.
    store.ack_alerts(now=clock(), mailboxes=["rep"])
    _sent(spool, "send3", LATER[1:])
    (spool / "new/3.dsn").write_bytes(_notice("send3", LATER[1:]))
    assert run().contacts_marked == 1
    assert contacts(crm)[LATER[1]]["status"] == "bounced"

    # A person may still apply a held bounce.
    applied = apply_unverified(crm=crm, store=store, policy=Policy(), clock=clock, address=PROSPECTS[0],
                               by="lead@acme.example", log=logging.getLogger("test"))
    assert applied.report.contacts_marked == 1
    assert contacts(crm)[PROSPECTS[0]]["status"] == "bounced"
    assert contacts(crm)[PROSPECTS[1]]["status"] is None



def test_the_alert_names_what_was_marked_before_it(crm, store, clock, tmp_path):
    """sync/relay_stragglers.py: the send's first bounce came alone (an earlier run) and marked
    its contact, as one notice reads (review dns63); the later batch shows the relay failing,
    and its alert names that address and how to take the mark back. A bounce naming the
    prospect's own host (its domain's MX gone) is no straggler: not named. `undo` then takes
    the straggler's mark back and re-enrolls it."""
    spool, run = _mailbox(tmp_path, crm, store, clock)
    _sent(spool, "send0", LATER[:1])
    (spool / "new/0.dsn").write_bytes(_notice("send0", LATER[:1]))
    own = "Host unknown (Name server: mx.alder-ridge.com: host not found)"
    _sent(spool, "own", LATER[1:])
    (spool / "new/own.dsn").write_bytes(sendmail(
        "own", [(f"<{LATER[1]}>", own, None)], [(LATER[1], None, "5.1.2", f"550 5.1.2 {own}")], to=LATER[1],
        transcript=f"550 5.1.2 <{LATER[1]}>... {own}", host="mail.example.com"))
    first = run()
    assert (first.contacts_marked, first.alerts) == (2, [])
    assert {a: contacts(crm)[a]["status"] for a in LATER} == {LATER[0]: "bounced", LATER[1]: "bounced"}

    _sent(spool, "send1", PROSPECTS)
    (spool / "new/1.dsn").write_bytes(_notice("send1", PROSPECTS))
    [alert] = run().alerts
    assert alert.message.endswith(f"marked before this alert by a bounce naming {SENDGRID}: {LATER[0]}: if it "
                                  "is your relay, take each back with `bounce-sync undo ADDRESS`")
    assert [a.message for a in store.open_alerts("rep")] == [alert.message]

    taken = undo(crm=crm, store=store, policy=Policy(), clock=clock, address=LATER[0], by="lead@acme.example",
                 log=logging.getLogger("test"))
    assert len(taken.contacts) == 1
    assert contacts(crm)[LATER[0]]["status"] != "bounced" and contacts(crm)[LATER[0]]["sequences"]
    assert contacts(crm)[LATER[1]]["status"] == "bounced"
